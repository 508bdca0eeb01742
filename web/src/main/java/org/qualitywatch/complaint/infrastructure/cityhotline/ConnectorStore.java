package org.qualitywatch.complaint.infrastructure.cityhotline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qualitywatch.platform.persistence.SqlValues;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The connector's state in PostgreSQL (multi-node safe): the cursor per connector (advanced by compare-and-set)
 * and the outbox of messages to the platform, claimed with {@code FOR UPDATE SKIP LOCKED} and leased while they
 * are being sent, so one node sends a row at a time and a crashed node's rows are sent again after the lease,
 * with the same idempotency key.
 */
@ApplicationScoped
public class ConnectorStore {

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    public record Claimed(long id, String platformId, String kind, String payload, String idempotencyKey, int attempts) {
    }

    public record Status(String cursor, Instant lastPollAt, String lastError, long pending, long failed, long sent,
                         Instant oldestPendingAt) {
    }

    @Transactional
    public String cursor(String connector) {
        em.createNativeQuery("insert into qw.connector_state (name) values (?1) on conflict (name) do nothing")
                .setParameter(1, connector).executeUpdate();
        return (String) em.createNativeQuery("select cursor from qw.connector_state where name = ?1")
                .setParameter(1, connector).getSingleResult();
    }

    /** Moves the cursor from {@code from} to {@code to} unless another node moved it meanwhile. */
    @Transactional
    public boolean advance(String connector, String from, String to) {
        return em.createNativeQuery("update qw.connector_state set cursor = ?1, updated_at = now() "
                        + "where name = ?2 and cursor is not distinct from ?3")
                .setParameter(1, to).setParameter(2, connector).setParameter(3, from).executeUpdate() == 1;
    }

    @Transactional
    public void polled(String connector, String error) {
        em.createNativeQuery("update qw.connector_state set last_poll_at = now(), last_error = ?1, updated_at = now() "
                + "where name = ?2").setParameter(1, error).setParameter(2, connector).executeUpdate();
    }

    @Transactional
    public boolean pollDue(String connector, Duration interval) {
        cursor(connector);
        return ((Number) em.createNativeQuery("select count(*) from qw.connector_state where name = ?1 and "
                        + "(last_poll_at is null or last_poll_at <= now() - make_interval(secs => ?2))")
                .setParameter(1, connector).setParameter(2, (double) interval.toSeconds()).getSingleResult()).intValue() == 1;
    }

    /** Queues a message once per idempotency key; answers whether it was new. */
    @Transactional
    public boolean enqueue(String connector, Long complaintId, String platformId, String kind, String payload, String key) {
        return em.createNativeQuery("insert into qw.connector_outbox (connector, complaint_id, platform_id, kind, payload, "
                        + "idempotency_key) values (?1, ?2, ?3, ?4, cast(?5 as jsonb), ?6) on conflict (idempotency_key) do nothing")
                .setParameter(1, connector).setParameter(2, complaintId).setParameter(3, platformId).setParameter(4, kind)
                .setParameter(5, payload).setParameter(6, key).executeUpdate() == 1;
    }

    /**
     * Queues what handlers did to the source's complaints and the platform has not been sent: ACKNOWLEDGED (as the
     * order's acknowledgement, key {@code ack-<order>}: one per order, also when the connector already acknowledged
     * receipt), REPLIED and CLOSED (key {@code evt-<event id>}).
     */
    @Transactional
    public int collectEvents(String connector, String source) {
        return em.createNativeQuery("insert into qw.connector_outbox (connector, complaint_id, platform_id, kind, payload, "
                        + "idempotency_key) "
                        + "select ?1, c.id, c.external_ref, "
                        + "  case e.kind when 'ACKNOWLEDGED' then 'ACK' when 'REPLIED' then 'REPLY' else 'CLOSE' end, "
                        + "  jsonb_strip_nulls(jsonb_build_object('at', e.at, 'text', e.note, 'actor', e.actor, "
                        + "    'signedBy', case when e.kind = 'REPLIED' then c.reply_signed_by end, "
                        + "    'satisfaction', case when e.kind = 'CLOSED' then c.satisfaction end, "
                        + "    'complaintId', c.id, 'eventId', e.id)), "
                        + "  case e.kind when 'ACKNOWLEDGED' then 'ack-' || c.external_ref else 'evt-' || e.id end "
                        + "from qw.complaint_event e join qw.complaint c on c.id = e.complaint_id "
                        + "where c.source = ?2 and e.kind in ('ACKNOWLEDGED', 'REPLIED', 'CLOSED') order by e.id "
                        + "on conflict (idempotency_key) do nothing")
                .setParameter(1, connector).setParameter(2, source).executeUpdate();
    }

    /** "Retry now": every waiting message is due at once (a failed attempt then backs off again as usual). */
    @Transactional
    public int retryNow(String connector) {
        return em.createNativeQuery("update qw.connector_outbox set next_attempt_at = now() where connector = ?1 "
                + "and sent_at is null and failed_at is null and next_attempt_at > now()").setParameter(1, connector)
                .executeUpdate();
    }

    /**
     * Claims up to {@code limit} messages due now, never one whose earlier
     * message for the same order is still waiting, and leases them: counts the attempt and pushes the next
     * attempt past the lease.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Claimed> claim(String connector, int limit, Duration lease) {
        List<Claimed> claimed = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("update qw.connector_outbox o set attempts = o.attempts + 1, "
                        + "next_attempt_at = now() + make_interval(secs => ?3) where o.id in ("
                        + "  select c.id from qw.connector_outbox c where c.connector = ?1 and c.sent_at is null "
                        + "  and c.failed_at is null and c.next_attempt_at <= now() and not exists ("
                        + "    select 1 from qw.connector_outbox p where p.connector = c.connector "
                        + "    and p.platform_id = c.platform_id and p.id < c.id and p.sent_at is null and p.failed_at is null) "
                        + "  order by c.id limit ?2 for update skip locked) "
                        + "returning o.id, o.platform_id, o.kind, o.payload::text, o.idempotency_key, o.attempts")
                .setParameter(1, connector).setParameter(2, limit)
                .setParameter(3, (double) lease.toSeconds()).getResultList()) {
            claimed.add(new Claimed(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    (String) r[4], ((Number) r[5]).intValue()));
        }
        claimed.sort(java.util.Comparator.comparingLong(Claimed::id));
        return claimed;
    }

    @Transactional
    public void sent(long id) {
        em.createNativeQuery("update qw.connector_outbox set sent_at = now(), last_error = null where id = ?1")
                .setParameter(1, id).executeUpdate();
    }

    /** A failed attempt: retried after the back-off, or given up (permanent error, or the last attempt). */
    @Transactional
    public void attemptFailed(long id, String error, boolean giveUp, Duration retryIn) {
        em.createNativeQuery("update qw.connector_outbox set last_error = ?1, "
                        + "failed_at = case when ?2 then now() end, next_attempt_at = now() + make_interval(secs => ?3) "
                        + "where id = ?4")
                .setParameter(1, error).setParameter(2, giveUp).setParameter(3, (double) retryIn.toSeconds())
                .setParameter(4, id).executeUpdate();
    }

    @Transactional
    public Status status(String connector) {
        cursor(connector);
        Object[] state = (Object[]) em.createNativeQuery("select cursor, last_poll_at, last_error from qw.connector_state "
                + "where name = ?1").setParameter(1, connector).getSingleResult();
        Object[] counts = (Object[]) em.createNativeQuery("select "
                + "count(*) filter (where sent_at is null and failed_at is null), count(*) filter (where failed_at is not null), "
                + "count(*) filter (where sent_at is not null), min(created_at) filter (where sent_at is null and failed_at is null) "
                + "from qw.connector_outbox where connector = ?1").setParameter(1, connector).getSingleResult();
        return new Status((String) state[0], SqlValues.instant(state[1]), (String) state[2],
                ((Number) counts[0]).longValue(), ((Number) counts[1]).longValue(), ((Number) counts[2]).longValue(),
                SqlValues.instant(counts[3]));
    }
}
