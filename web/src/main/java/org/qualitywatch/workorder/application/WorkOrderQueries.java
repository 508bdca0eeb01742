package org.qualitywatch.workorder.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.qualitywatch.platform.persistence.SqlValues;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The work-order list with facet counts, read from PostgreSQL. Paging is by (accepted time, id)
 * cursor, so deep pages cost what the first does.
 */
@ApplicationScoped
public class WorkOrderQueries {

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    public record Filter(String text, List<String> statuses, List<String> types, List<String> businessLines,
                         List<String> categories, List<String> districts, List<String> departments, Instant from,
                         Instant to, String callId, Boolean overdue, int size, String after) {
    }

    public record Row(long id, String number, String source, String channel, String type, String businessLine,
                      List<String> category, String district, String customerPhone, String summary, String status,
                      Instant acceptedAt, String firstReceiverAgentId, String firstReceiverName, String department,
                      List<String> callIds, Instant dueAt, String dueStage) {
    }

    public record FacetCount(String key, long count) {
    }

    public record Page(long total, List<Row> items, Map<String, List<FacetCount>> facets, String nextCursor) {
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Page list(Filter f) {
        List<Object> params = new ArrayList<>();
        String where = where(f, params);
        String paging = "";
        WorkOrderCursor cursor = WorkOrderCursor.decode(f.after());
        if (cursor != null) {
            params.add(Timestamp.from(cursor.acceptedAt()));
            int t = params.size();
            params.add(cursor.id());
            paging = (where.isEmpty() ? " where " : " and ") + "(accepted_at, id) < (?" + t + ", ?" + (t + 1) + ")";
        }
        Query q = em.createNativeQuery(SELECT_ROWS + where + paging
                + " order by accepted_at desc, id desc limit " + Math.min(Math.max(f.size(), 1), 200));
        bind(q, params);
        List<Row> rows = ((List<Object[]>) q.getResultList()).stream().map(WorkOrderQueries::row).toList();
        List<Object> countParams = new ArrayList<>();
        String countWhere = where(f, countParams);
        // one scan for the total and every facet (grouping sets) instead of a query per facet
        Query counts = em.createNativeQuery("select grouping(status, type, category1, district, department, overdue), "
                + "status, type, category1, district, department, overdue, count(*) from (select status, type, category1, "
                + "district, department, coalesce(due_at < now(), false) as overdue from qw.work_order" + countWhere
                + ") w group by grouping sets ((status), (type), (category1), (district), (department), (overdue), ())");
        bind(counts, countParams);
        long total = 0;
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        List<String> order = List.of("status", "type", "category", "district", "department", "overdue");
        order.forEach(facet -> facets.put(facet, new ArrayList<>()));
        for (Object[] r : (List<Object[]>) counts.getResultList()) {
            int grouping = ((Number) r[0]).intValue();
            long n = ((Number) r[7]).longValue();
            if (grouping == 63) {
                total = n;
                continue;
            }
            // grouping() sets a bit for every column not grouped; the one clear bit names the facet
            for (int i = 0; i < 6; i++) {
                if ((grouping & (1 << (5 - i))) == 0 && r[i + 1] != null) {
                    facets.get(order.get(i)).add(new FacetCount(String.valueOf(r[i + 1]), n));
                }
            }
        }
        facets.replaceAll((facet, list) -> list.stream()
                .sorted(java.util.Comparator.comparingLong(FacetCount::count).reversed()).limit(50).toList());
        String next = null;
        if (rows.size() == f.size() && !rows.isEmpty()) {
            Row last = rows.get(rows.size() - 1);
            next = new WorkOrderCursor(last.acceptedAt(), last.id()).encode();
        }
        return new Page(total, rows, facets, next);
    }

    /**
     * The list rows of these orders in the given order (a search's hit order); ids that no longer
     * exist are left out. Masking and permissions stay where the PostgreSQL list applies them.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Row> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Query q = em.createNativeQuery(SELECT_ROWS + " where id = any(cast(?1 as bigint[]))");
        q.setParameter(1, ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}")));
        Map<Long, Row> byId = new java.util.HashMap<>();
        for (Object[] r : (List<Object[]>) q.getResultList()) {
            Row row = row(r);
            byId.put(row.id(), row);
        }
        return ids.stream().distinct().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static final String SELECT_ROWS = "select id, number, source, channel, type, business_line, category1, "
            + "category2, category3, district, customer_phone, left(description, 80), status, accepted_at, "
            + "first_receiver_agent_id, first_receiver_name, department, call_ids, due_at, due_stage from qw.work_order";

    private static Row row(Object[] r) {
        List<String> category = new ArrayList<>();
        for (int c = 6; c <= 8; c++) {
            if (r[c] != null) category.add((String) r[c]);
        }
        return new Row(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], category, (String) r[9], (String) r[10], (String) r[11], (String) r[12],
                SqlValues.instant(r[13]), (String) r[14], (String) r[15], (String) r[16], callIds(r[17]),
                SqlValues.instant(r[18]), (String) r[19]);
    }

    private static String where(Filter f, List<Object> params) {
        List<String> clauses = new ArrayList<>();
        in(clauses, params, "status", f.statuses());
        in(clauses, params, "type", f.types());
        in(clauses, params, "business_line", f.businessLines());
        in(clauses, params, "category1", f.categories());
        in(clauses, params, "district", f.districts());
        in(clauses, params, "department", f.departments());
        if (f.from() != null) {
            params.add(Timestamp.from(f.from()));
            clauses.add("accepted_at >= ?" + params.size());
        }
        if (f.to() != null) {
            params.add(Timestamp.from(f.to()));
            clauses.add("accepted_at < ?" + params.size());
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            clauses.add("due_at < now()");
        } else if (Boolean.FALSE.equals(f.overdue())) {
            clauses.add("(due_at is null or due_at >= now())");
        }
        if (f.callId() != null && !f.callId().isBlank()) {
            params.add(f.callId());
            clauses.add("?" + params.size() + " = any(call_ids)");
        }
        if (f.text() != null && !f.text().isBlank()) {
            params.add("%" + f.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            int p = params.size();
            clauses.add("(number ilike ?" + p + " or description ilike ?" + p + " or first_receiver_name ilike ?" + p + ")");
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    private static void in(List<String> clauses, List<Object> params, String column, List<String> values) {
        if (values != null && !values.isEmpty()) {
            List<String> marks = new ArrayList<>();
            for (String v : values) {
                params.add(v);
                marks.add("?" + params.size());
            }
            clauses.add(column + " in (" + String.join(", ", marks) + ")");
        }
    }

    private static void bind(Query q, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
    }

    private static List<String> callIds(Object value) {
        if (value instanceof String[] array) return List.of(array);
        if (value instanceof Object[] array) {
            List<String> ids = new ArrayList<>();
            for (Object o : array) ids.add(String.valueOf(o));
            return ids;
        }
        if (value instanceof java.sql.Array array) {
            try {
                return List.of((String[]) array.getArray());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return List.of();
    }

}
