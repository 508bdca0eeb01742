package org.qualitywatch.complaint.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.qualitywatch.platform.persistence.SqlValues;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The complaint list with filters (drill-down target of the dashboard), read from PostgreSQL. */
@ApplicationScoped
public class ComplaintQueries {

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    /**
     * @param department for DEPT_HANDLER users their own department (replaces any requested one)
     */
    public record Filter(String text, List<String> sources, List<String> statuses, List<String> businessLines,
                         List<String> categories, List<String> subcategories, List<String> districts,
                         List<String> departments, Instant from, Instant to, Boolean overdue, Boolean escalated,
                         Boolean repeat, Boolean refund, int size, int offset) {
    }

    public record Row(long id, String source, String externalRef, Instant receivedAt, String complainantName,
                      String complainantPhone, String businessLine, List<String> category, String district,
                      String summary, String urgency, String status, boolean escalated, String department,
                      Instant nextDueAt, String nextDueStage, int warningLevel, Long repeatOf, BigDecimal refund) {
    }

    public record Page(long total, List<Row> items) {
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Page list(Filter f) {
        List<Object> params = new ArrayList<>();
        StringBuilder w = new StringBuilder(" where true");
        any(w, params, "source", f.sources());
        any(w, params, "status", f.statuses());
        any(w, params, "business_line", f.businessLines());
        any(w, params, "category1", f.categories());
        any(w, params, "category2", f.subcategories());
        any(w, params, "district", f.districts());
        any(w, params, "responsible_department", f.departments());
        if (f.from() != null) {
            params.add(Timestamp.from(f.from()));
            w.append(" and received_at >= ?").append(params.size());
        }
        if (f.to() != null) {
            params.add(Timestamp.from(f.to()));
            w.append(" and received_at < ?").append(params.size());
        }
        if (f.text() != null && !f.text().isBlank()) {
            params.add("%" + f.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            int p = params.size();
            w.append(" and (external_ref ilike ?").append(p).append(" or description ilike ?").append(p)
                    .append(" or complainant_phone ilike ?").append(p).append(")");
        }
        if (f.overdue() != null) {
            w.append(f.overdue() ? " and " : " and not ").append("(coalesce(next_due_at < now(), false) "
                    + "or coalesce(resolved_at > resolve_due, false) or coalesce(replied_at > reply_due, false))");
        }
        if (f.escalated() != null) {
            w.append(" and escalated = ").append(f.escalated());
        }
        if (f.refund() != null) {
            w.append(f.refund() ? " and refund_amount > 0" : " and coalesce(refund_amount, 0) = 0");
        }
        if (f.repeat() != null) {
            w.append(f.repeat() ? " and repeat_of is not null" : " and repeat_of is null");
        }
        Query q = em.createNativeQuery("select id, source, external_ref, received_at, complainant_name, complainant_phone, "
                + "business_line, category1, category2, category3, district, left(description, 80), urgency, status, "
                + "escalated, responsible_department, next_due_at, next_due_stage, warning_level, repeat_of, refund_amount, "
                + "count(*) over () from qw.complaint" + w + " order by received_at desc, id desc limit "
                + Math.min(Math.max(f.size(), 1), 500) + " offset " + Math.max(f.offset(), 0));
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        List<Object[]> rows = q.getResultList();
        long total = rows.isEmpty() ? countOnly(w.toString(), params) : ((Number) rows.get(0)[21]).longValue();
        return new Page(total, rows.stream().map(r -> {
            List<String> category = new ArrayList<>();
            for (int c = 7; c <= 9; c++) {
                if (r[c] != null) category.add((String) r[c]);
            }
            return new Row(((Number) r[0]).longValue(), (String) r[1], (String) r[2], SqlValues.instant(r[3]),
                    (String) r[4], (String) r[5], (String) r[6], category, (String) r[10], (String) r[11],
                    (String) r[12], (String) r[13], Boolean.TRUE.equals(r[14]), (String) r[15],
                    SqlValues.instant(r[16]), (String) r[17], ((Number) r[18]).intValue(),
                    r[19] == null ? null : ((Number) r[19]).longValue(), (BigDecimal) r[20]);
        }).toList());
    }

    private long countOnly(String where, List<Object> params) {
        Query q = em.createNativeQuery("select count(*) from qw.complaint" + where);
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    private static void any(StringBuilder w, List<Object> params, String column, List<String> values) {
        if (values != null && !values.isEmpty()) {
            params.add(values.toArray(String[]::new));
            w.append(" and ").append(column).append(" = any(?").append(params.size()).append(")");
        }
    }
}
