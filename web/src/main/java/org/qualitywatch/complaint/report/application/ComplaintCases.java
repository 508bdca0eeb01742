package org.qualitywatch.complaint.report.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.qualitywatch.platform.search.SearchOutbox;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The cases behind a figure, read from qw.complaint with the dashboard's filters (PostgreSQL, so current).
 * Used by the drill-down list and the case-list export; phone numbers are always masked here.
 */
@ApplicationScoped
public class ComplaintCases {

    public static final int MAX_EXPORT = 100_000;

    /** SQL of "overdue": open past the next deadline, or a stage finished after its due time. */
    public static final String OVERDUE_SQL = "(coalesce(next_due_at < now() and status <> 'CLOSED', false) "
            + "or coalesce(resolved_at > resolve_due, false) or coalesce(replied_at > reply_due, false))";

    @Resource(lookup = SearchOutbox.DATASOURCE)
    DataSource dataSource;

    public record Case(long id, String source, String externalRef, Instant receivedAt, String complainantName,
                       String complainantPhone, String businessLine, String category1, String category2,
                       String category3, String district, String department, String status, boolean escalated,
                       boolean overdue, boolean repeat, BigDecimal refundAmount, Instant nextDueAt,
                       String nextDueStage, Instant closedAt, String satisfaction) {
    }

    public record Page(long total, List<Case> rows) {
    }

    public record Where(String sql, List<Object> params) {
    }

    public Page page(ComplaintFilter filter, int offset, int limit) {
        Where w = where(filter);
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement s = c.prepareStatement("select count(*) from qw.complaint where " + w.sql())) {
                bind(c, s, w.params());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            return new Page(total, rows(c, w, offset, limit));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not list complaints: " + e.getMessage(), e);
        }
    }

    /** Newest first, at most {@value #MAX_EXPORT} rows. */
    public List<Case> all(ComplaintFilter filter) {
        try (Connection c = dataSource.getConnection()) {
            return rows(c, where(filter), 0, MAX_EXPORT);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read complaints to export: " + e.getMessage(), e);
        }
    }

    private static List<Case> rows(Connection c, Where w, int offset, int limit) throws SQLException {
        String sql = "select id, source, external_ref, received_at, complainant_name, complainant_phone, business_line, "
                + "category1, category2, category3, district, responsible_department, status, escalated, "
                + OVERDUE_SQL + ", repeat_of is not null, refund_amount, next_due_at, next_due_stage, closed_at, "
                + "satisfaction from qw.complaint where " + w.sql() + " order by received_at desc, id desc "
                + "offset " + Math.max(offset, 0) + " limit " + Math.max(1, Math.min(limit, MAX_EXPORT));
        List<Case> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(c, s, w.params());
            s.setFetchSize(1000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Case(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs, 4), rs.getString(5),
                            maskPhone(rs.getString(6)), rs.getString(7), rs.getString(8), rs.getString(9),
                            rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getBoolean(14),
                            rs.getBoolean(15), rs.getBoolean(16), rs.getBigDecimal(17), instant(rs, 18),
                            rs.getString(19), instant(rs, 20), rs.getString(21)));
                }
            }
        }
        return rows;
    }

    /** The where clause of the filters; pure, so it is unit-tested. */
    public static Where where(ComplaintFilter f) {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        clauses.add("received_at >= ? and received_at < ?");
        params.add(Timestamp.from(f.from()));
        params.add(Timestamp.from(f.to()));
        any(clauses, params, "source", f.sources());
        any(clauses, params, "status", f.statuses());
        any(clauses, params, "business_line", f.businessLines());
        any(clauses, params, "district", f.districts());
        any(clauses, params, "responsible_department", f.departments());
        any(clauses, params, "category1", f.categories1());
        any(clauses, params, "category2", f.categories2());
        if (f.overdue() != null) clauses.add((f.overdue() ? "" : "not ") + OVERDUE_SQL);
        if (f.escalated() != null) {
            clauses.add("escalated = ?");
            params.add(f.escalated());
        }
        if (f.repeat() != null) clauses.add("repeat_of is " + (f.repeat() ? "not null" : "null"));
        if (f.refund() != null) clauses.add((f.refund() ? "" : "not ") + "coalesce(refund_amount, 0) > 0");
        if (f.text() != null) {
            clauses.add("(external_ref ilike ? or description like ? or complainant_name like ? or complainant_phone = ? "
                    + "or customer_id = ?)");
            String like = "%" + f.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(like);
            params.add(like);
            params.add(like);
            params.add(f.text());
            params.add(f.text());
        }
        return new Where(String.join(" and ", clauses), params);
    }

    private static void any(List<String> clauses, List<Object> params, String column, List<String> values) {
        if (!values.isEmpty()) {
            clauses.add(column + " = any (?)");
            params.add(values.toArray(new String[0]));
        }
    }

    private static void bind(Connection c, PreparedStatement s, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object v = params.get(i);
            if (v instanceof String[] a) {
                s.setArray(i + 1, c.createArrayOf("text", a));
            } else {
                s.setObject(i + 1, v);
            }
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /** Keeps the first 3 and the last 4 digits: 13812345678 → 138****5678; short numbers become ****. */
    public static String maskPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String p = phone.trim();
        if (p.length() < 8) {
            return "****";
        }
        return p.substring(0, 3) + "*".repeat(p.length() - 7) + p.substring(p.length() - 4);
    }
}
