package org.qualitywatch.complaint.infrastructure.cityhotline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qualitywatch.platform.persistence.SqlValues;
import org.qualitywatch.shared.domain.DomainException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of the simulated 12345 platform, in PostgreSQL so that every node of a cluster serves the same
 * platform: its orders (the cursor is the order's sequence number), what it received (one row per idempotency
 * key: a key sent twice is stored once and answered with the first result) and the "down" switch.
 */
@ApplicationScoped
public class CityHotlineSimulator {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    /** What the platform answers for a reply or closure: its message id and when it got it the first time. */
    public record Receipt(long messageId, String orderId, String kind, Instant receivedAt, boolean duplicate) {
    }

    public record OrderState(String id, long cursor, Instant createdAt, Map<String, Object> order, Instant acknowledgedAt,
                             int acks, int replies, int closes, Instant closedAt, List<Map<String, Object>> received) {
    }

    @Transactional
    public boolean down() {
        return (Boolean) em.createNativeQuery("select down from qw.hotline_sim_switch where name = 'platform'")
                .getSingleResult();
    }

    @Transactional
    public void setDown(boolean down) {
        em.createNativeQuery("update qw.hotline_sim_switch set down = ?1 where name = 'platform'")
                .setParameter(1, down).executeUpdate();
    }

    @Transactional
    public long count() {
        return ((Number) em.createNativeQuery("select count(*) from qw.hotline_sim_order").getSingleResult()).longValue();
    }

    /** A new platform order; missing id and received time are filled in (SIM-yyyyMMdd-n, now). */
    @Transactional
    public OrderState create(Map<String, Object> order) {
        ObjectNode payload = JSON.valueToTree(order == null ? Map.of() : order);
        long seq = ((Number) em.createNativeQuery("select nextval('qw.hotline_sim_order_seq_seq')").getSingleResult())
                .longValue();
        if (!payload.hasNonNull("id") || payload.get("id").asText().isBlank()) {
            payload.put("id", "SIM-" + java.time.LocalDate.now(ZONE).format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + seq);
        }
        if (!payload.hasNonNull("receivedAt")) {
            payload.put("receivedAt", LocalDateTime.now(ZONE).format(LOCAL));
        }
        String id = payload.get("id").asText();
        int inserted = em.createNativeQuery("insert into qw.hotline_sim_order (seq, platform_id, payload) "
                        + "values (?1, ?2, cast(?3 as jsonb)) on conflict (platform_id) do nothing")
                .setParameter(1, seq).setParameter(2, id).setParameter(3, payload.toString()).executeUpdate();
        if (inserted == 0) {
            throw DomainException.conflict("The platform already has order " + id + ".");
        }
        return state(id);
    }

    /** Demo: a few orders on an empty platform, for the connector to pull at its first poll. */
    @Transactional
    public int seedDemo() {
        if (count() > 0) {
            return 0;
        }
        LocalDateTime now = LocalDateTime.now(ZONE).withSecond(0).withNano(0);
        String[][] orders = {
                {"投诉", "有线电视", "铁西区", "市民反映小区有线电视晚间频繁马赛克，报修两次未解决。", "15个工作日", "一般", "13940000001"},
                {"求助", "有线宽带", "皇姑区", "市民称宽带每天晚上断线，要求尽快上门检修。", "5个工作日", "紧急", "13940000002"},
                {"咨询", "有线电视", "和平区", "市民咨询有线电视停机保号如何办理。", "2个工作日", "一般", "13940000003"},
        };
        for (int i = 0; i < orders.length; i++) {
            String[] o = orders[i];
            Map<String, Object> order = new LinkedHashMap<>();
            order.put("receivedAt", now.minusHours(3L - i).format(LOCAL));
            order.put("callerName", "市民");
            order.put("callerPhone", o[6]);
            order.put("requestType", o[0]);
            order.put("subject", o[1]);
            order.put("district", o[2]);
            order.put("content", o[3]);
            order.put("timeLimit", o[4]);
            order.put("urgency", o[5]);
            create(order);
        }
        return orders.length;
    }

    /** Orders after the cursor, oldest first; each carries its own cursor. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> ordersAfter(long cursor, int limit) {
        List<Map<String, Object>> orders = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select seq, created_at, payload::text from qw.hotline_sim_order "
                        + "where seq > ?1 order by seq limit ?2").setParameter(1, cursor).setParameter(2, limit)
                .getResultList()) {
            Map<String, Object> order = new LinkedHashMap<>(read((String) r[2]));
            order.put("cursor", String.valueOf(((Number) r[0]).longValue()));
            order.put("createdAt", SqlValues.instant(r[1]).toString());
            orders.add(order);
        }
        return orders;
    }

    /**
     * Stores an acknowledgement, reply or closure once per idempotency key; the same key again answers the
     * first receipt. An unknown order is a 404.
     */
    @Transactional
    public Receipt receive(String orderId, String kind, String key, Map<String, Object> body) {
        if (((Number) em.createNativeQuery("select count(*) from qw.hotline_sim_order where platform_id = ?1")
                .setParameter(1, orderId).getSingleResult()).intValue() == 0) {
            throw DomainException.notFound("The platform has no order " + orderId + ".");
        }
        int inserted = em.createNativeQuery("insert into qw.hotline_sim_message (platform_id, kind, idempotency_key, body) "
                        + "values (?1, ?2, ?3, cast(?4 as jsonb)) on conflict (idempotency_key) do nothing")
                .setParameter(1, orderId).setParameter(2, kind).setParameter(3, key)
                .setParameter(4, JSON.valueToTree(body == null ? Map.of() : body).toString()).executeUpdate();
        Object[] first = (Object[]) em.createNativeQuery("select id, platform_id, kind, received_at from qw.hotline_sim_message "
                + "where idempotency_key = ?1").setParameter(1, key).getSingleResult();
        if (!orderId.equals(first[1]) || !kind.equals(first[2])) {
            throw DomainException.conflict("Idempotency-Key " + key + " was already used for " + first[2] + " of order "
                    + first[1] + ".");
        }
        if (inserted == 1) {
            String column = switch (kind) {
                case "ACK" -> "acknowledged_at";
                case "CLOSE" -> "closed_at";
                default -> null;
            };
            if (column != null) {
                em.createNativeQuery("update qw.hotline_sim_order set " + column + " = coalesce(" + column + ", now()) "
                        + "where platform_id = ?1").setParameter(1, orderId).executeUpdate();
            }
        }
        return new Receipt(((Number) first[0]).longValue(), orderId, kind, SqlValues.instant(first[3]), inserted == 0);
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public OrderState state(String id) {
        List<Object[]> found = em.createNativeQuery("select seq, created_at, payload::text, acknowledged_at, closed_at "
                + "from qw.hotline_sim_order where platform_id = ?1").setParameter(1, id).getResultList();
        if (found.isEmpty()) {
            throw DomainException.notFound("The platform has no order " + id + ".");
        }
        Object[] o = found.get(0);
        List<Map<String, Object>> received = new ArrayList<>();
        int acks = 0;
        int replies = 0;
        int closes = 0;
        for (Object[] m : (List<Object[]>) em.createNativeQuery("select kind, idempotency_key, body::text, received_at "
                + "from qw.hotline_sim_message where platform_id = ?1 order by id").setParameter(1, id).getResultList()) {
            String kind = (String) m[0];
            switch (kind) {
                case "ACK" -> acks++;
                case "REPLY" -> replies++;
                default -> closes++;
            }
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("kind", kind);
            message.put("idempotencyKey", m[1]);
            message.put("body", read((String) m[2]));
            message.put("receivedAt", SqlValues.instant(m[3]).toString());
            received.add(message);
        }
        return new OrderState(id, ((Number) o[0]).longValue(), SqlValues.instant(o[1]), read((String) o[2]),
                SqlValues.instant(o[3]), acks, replies, closes, SqlValues.instant(o[4]), received);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String json) {
        try {
            return JSON.readValue(json, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
