package org.qualitywatch.complaint.report.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.qualitywatch.platform.search.SearchOutbox;
import org.qualitywatch.shared.domain.DomainException;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Complaint rate (投诉率): complaints per 10,000 subscribers (‱) per business line and month against an
 * editable target, from editable subscriber counts; and the regulator's appeal rate: appeals (source
 * REGULATOR) per million users per quarter. Read from PostgreSQL.
 */
@ApplicationScoped
public class ComplaintRates {

    public static final List<String> BUSINESS_LINES = List.of("DIGITAL_TV", "HD", "BROADBAND", "MOBILE", "FIXED_LINE");
    public static final String ALL = "*";

    @Resource(lookup = SearchOutbox.DATASOURCE)
    DataSource dataSource;

    public record MonthRate(String month, long complaints, Long subscribers, BigDecimal ratePerTenThousand,
                            BigDecimal target, boolean overTarget) {
    }

    public record LineRates(String businessLine, BigDecimal target, List<MonthRate> months, long complaints,
                            Long averageSubscribers, BigDecimal ratePerTenThousand, boolean overTarget) {
    }

    public record QuarterRate(String quarter, long appeals, Long subscribers, BigDecimal perMillion) {
    }

    public record Rates(int year, List<LineRates> lines, LineRates all, List<QuarterRate> quarters) {
    }

    public record SubscriberCount(String businessLine, String month, Long subscribers, String updatedBy,
                                  Instant updatedAt) {
    }

    public record Target(String businessLine, BigDecimal perTenThousand) {
    }

    public Rates rates(int year) {
        Instant from = YearMonth.of(year, 1).atDay(1).atStartOfDay(ComplaintFilter.ZONE).toInstant();
        Instant to = YearMonth.of(year + 1, 1).atDay(1).atStartOfDay(ComplaintFilter.ZONE).toInstant();
        Map<String, long[]> complaints = new HashMap<>(); // line -> per month (0..11)
        long[] allComplaints = new long[12];
        long[] appeals = new long[12];
        Map<String, Long[]> subscribers = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("select coalesce(business_line, ''), "
                    + "extract(month from received_at at time zone 'Asia/Shanghai')::int, count(*), "
                    + "count(*) filter (where source = 'REGULATOR') from qw.complaint "
                    + "where received_at >= ? and received_at < ? group by 1, 2")) {
                s.setTimestamp(1, Timestamp.from(from));
                s.setTimestamp(2, Timestamp.from(to));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        int m = rs.getInt(2) - 1;
                        if (!rs.getString(1).isEmpty()) {
                            complaints.computeIfAbsent(rs.getString(1), k -> new long[12])[m] += rs.getLong(3);
                        }
                        allComplaints[m] += rs.getLong(3);
                        appeals[m] += rs.getLong(4);
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("select business_line, extract(month from month)::int, "
                    + "subscribers from qw.subscriber_count where month >= ? and month < ?")) {
                s.setDate(1, Date.valueOf(YearMonth.of(year, 1).atDay(1)));
                s.setDate(2, Date.valueOf(YearMonth.of(year + 1, 1).atDay(1)));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        subscribers.computeIfAbsent(rs.getString(1), k -> new Long[12])[rs.getInt(2) - 1] = rs.getLong(3);
                    }
                }
            }
            Map<String, BigDecimal> targets = targetMap(c);
            return compute(year, complaints, allComplaints, appeals, subscribers, targets);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not compute complaint rates: " + e.getMessage(), e);
        }
    }

    /** The arithmetic, separate from the reads so it is unit-tested. */
    static Rates compute(int year, Map<String, long[]> complaints, long[] allComplaints, long[] appeals,
                         Map<String, Long[]> subscribers, Map<String, BigDecimal> targets) {
        Set<String> lines = new LinkedHashSet<>();
        BUSINESS_LINES.stream().filter(l -> complaints.containsKey(l) || subscribers.containsKey(l)).forEach(lines::add);
        complaints.keySet().stream().sorted().forEach(lines::add);
        subscribers.keySet().stream().sorted().forEach(lines::add);
        BigDecimal defaultTarget = targets.getOrDefault(ALL, BigDecimal.ONE);
        List<LineRates> out = new ArrayList<>();
        Long[] totalSubscribers = new Long[12];
        for (String line : lines) {
            long[] counts = complaints.getOrDefault(line, new long[12]);
            Long[] subs = subscribers.getOrDefault(line, new Long[12]);
            for (int m = 0; m < 12; m++) {
                if (subs[m] != null) {
                    totalSubscribers[m] = (totalSubscribers[m] == null ? 0 : totalSubscribers[m]) + subs[m];
                }
            }
            out.add(line(year, line, counts, subs, targets.getOrDefault(line, defaultTarget)));
        }
        LineRates all = line(year, ALL, allComplaints, totalSubscribers, defaultTarget);
        List<QuarterRate> quarters = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            long n = 0;
            long sum = 0;
            int months = 0;
            for (int m = q * 3; m < q * 3 + 3; m++) {
                n += appeals[m];
                if (totalSubscribers[m] != null) {
                    sum += totalSubscribers[m];
                    months++;
                }
            }
            Long average = months == 0 ? null : Math.round((double) sum / months);
            quarters.add(new QuarterRate(year + "-Q" + (q + 1), n, average, per(n, average, 1_000_000)));
        }
        return new Rates(year, out, all, quarters);
    }

    private static LineRates line(int year, String line, long[] counts, Long[] subs, BigDecimal target) {
        List<MonthRate> months = new ArrayList<>();
        long total = 0;
        long subscriberSum = 0;
        int withSubscribers = 0;
        for (int m = 0; m < 12; m++) {
            BigDecimal rate = per(counts[m], subs[m], 10_000);
            months.add(new MonthRate(YearMonth.of(year, m + 1).toString(), counts[m], subs[m], rate, target,
                    rate != null && rate.compareTo(target) > 0));
            total += counts[m];
            if (subs[m] != null) {
                subscriberSum += subs[m];
                withSubscribers++;
            }
        }
        Long average = withSubscribers == 0 ? null : Math.round((double) subscriberSum / withSubscribers);
        BigDecimal rate = per(total, average, 10_000);
        return new LineRates(line, target, months, total, average, rate, rate != null && rate.compareTo(target) > 0);
    }

    /** count ÷ base × scale, four decimals; null without a base. */
    public static BigDecimal per(long count, Long base, long scale) {
        if (base == null || base == 0) {
            return null;
        }
        return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(scale))
                .divide(BigDecimal.valueOf(base), 4, RoundingMode.HALF_UP);
    }

    public List<SubscriberCount> subscriberCounts(int year) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select business_line, month, subscribers, updated_by, updated_at "
                     + "from qw.subscriber_count where month >= ? and month < ? order by month, business_line")) {
            s.setDate(1, Date.valueOf(YearMonth.of(year, 1).atDay(1)));
            s.setDate(2, Date.valueOf(YearMonth.of(year + 1, 1).atDay(1)));
            List<SubscriberCount> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new SubscriberCount(rs.getString(1), YearMonth.from(rs.getDate(2).toLocalDate()).toString(),
                            rs.getLong(3), rs.getString(4), rs.getTimestamp(5).toInstant()));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read subscriber counts: " + e.getMessage(), e);
        }
    }

    /** Saves the given counts (a null or missing count removes the month's row); returns how many rows changed. */
    @Transactional
    public int saveSubscriberCounts(List<SubscriberCount> counts, String actor) {
        List<DomainException.FieldError> errors = new ArrayList<>();
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            SubscriberCount r = counts.get(i);
            if (r.businessLine() == null || !BUSINESS_LINES.contains(r.businessLine())) {
                errors.add(new DomainException.FieldError("[" + i + "].businessLine", "must be one of " + BUSINESS_LINES));
            }
            YearMonth month = null;
            try {
                month = YearMonth.parse(r.month() == null ? "" : r.month().trim().substring(0, Math.min(7, r.month().trim().length())));
            } catch (RuntimeException e) {
                errors.add(new DomainException.FieldError("[" + i + "].month", "must be a month such as 2026-01"));
            }
            months.add(month);
            if (r.subscribers() != null && r.subscribers() <= 0) {
                errors.add(new DomainException.FieldError("[" + i + "].subscribers", "must be a positive number (or empty to remove)"));
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "Some subscriber counts are invalid; nothing was saved.", errors);
        }
        int changed = 0;
        try (Connection c = dataSource.getConnection();
             PreparedStatement upsert = c.prepareStatement("insert into qw.subscriber_count (business_line, month, "
                     + "subscribers, updated_by, updated_at) values (?, ?, ?, ?, now()) on conflict (business_line, month) "
                     + "do update set subscribers = excluded.subscribers, updated_by = excluded.updated_by, updated_at = now() "
                     + "where qw.subscriber_count.subscribers <> excluded.subscribers");
             PreparedStatement delete = c.prepareStatement("delete from qw.subscriber_count where business_line = ? and month = ?")) {
            for (int i = 0; i < counts.size(); i++) {
                SubscriberCount r = counts.get(i);
                Date month = Date.valueOf(months.get(i).atDay(1));
                if (r.subscribers() == null) {
                    delete.setString(1, r.businessLine());
                    delete.setDate(2, month);
                    changed += delete.executeUpdate();
                } else {
                    upsert.setString(1, r.businessLine());
                    upsert.setDate(2, month);
                    upsert.setLong(3, r.subscribers());
                    upsert.setString(4, actor);
                    changed += upsert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not save subscriber counts: " + e.getMessage(), e);
        }
        return changed;
    }

    public List<Target> targets() {
        try (Connection c = dataSource.getConnection()) {
            List<Target> out = new ArrayList<>();
            targetMap(c).forEach((line, value) -> out.add(new Target(line, value)));
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read complaint-rate targets: " + e.getMessage(), e);
        }
    }

    /** Replaces the targets: '*' (all lines) is required, lines without a row use it. */
    @Transactional
    public List<Target> saveTargets(List<Target> targets, String actor) {
        List<DomainException.FieldError> errors = new ArrayList<>();
        boolean hasDefault = false;
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            if (ALL.equals(t.businessLine())) {
                hasDefault = true;
            } else if (t.businessLine() == null || !BUSINESS_LINES.contains(t.businessLine())) {
                errors.add(new DomainException.FieldError("[" + i + "].businessLine", "must be * or one of " + BUSINESS_LINES));
            }
            if (t.perTenThousand() == null || t.perTenThousand().signum() < 0) {
                errors.add(new DomainException.FieldError("[" + i + "].perTenThousand", "must be a number ≥ 0 (‱)"));
            }
        }
        if (!hasDefault) {
            errors.add(new DomainException.FieldError("businessLine", "the target for all lines (*) is required"));
        }
        if (!errors.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "The targets are invalid; nothing was saved.", errors);
        }
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement d = c.prepareStatement("delete from qw.complaint_rate_target")) {
                d.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("insert into qw.complaint_rate_target (business_line, "
                    + "per_ten_thousand, updated_by) values (?, ?, ?)")) {
                for (Target t : targets) {
                    s.setString(1, t.businessLine());
                    s.setBigDecimal(2, t.perTenThousand());
                    s.setString(3, actor);
                    s.addBatch();
                }
                s.executeBatch();
            }
            List<Target> out = new ArrayList<>();
            targetMap(c).forEach((line, value) -> out.add(new Target(line, value)));
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not save complaint-rate targets: " + e.getMessage(), e);
        }
    }

    private static Map<String, BigDecimal> targetMap(Connection c) throws SQLException {
        Map<String, BigDecimal> targets = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("select business_line, per_ten_thousand from qw.complaint_rate_target "
                + "order by business_line <> '*', business_line"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                targets.put(rs.getString(1), rs.getBigDecimal(2));
            }
        }
        return targets;
    }
}
