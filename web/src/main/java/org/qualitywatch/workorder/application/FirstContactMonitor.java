package org.qualitywatch.workorder.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qualitywatch.platform.config.Settings;
import org.qualitywatch.shared.domain.time.WorkingCalendar;
import org.qualitywatch.platform.persistence.SqlValues;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * First-contact responsibility (首问负责制): finds the orders where it broke down, and measures
 * first-contact resolution. The rules' numbers are settings:
 * {@code QW_FIRST_CONTACT_MAX_TRANSFERS} (2), {@code QW_FIRST_CONTACT_REPORT_BACK_WORKING_DAYS} (3).
 */
@ApplicationScoped
public class FirstContactMonitor {

    public enum Kind {
        /** nobody was recorded as the first receiver */
        NO_FIRST_RECEIVER,
        /** handed between departments more often than allowed (推诿) */
        BOUNCED,
        /** the department has not reported back in time and nobody chased it */
        NOT_REPORTED_BACK_UNCHASED,
        /** closed without the first receiver confirming the customer was told */
        CLOSED_WITHOUT_INFORMING
    }

    public record Violation(Kind kind, long orderId, String number, String firstReceiverAgentId,
                            String firstReceiverName, String department, Instant acceptedAt, String detail) {
    }

    public record Count(String key, String label, long count) {
    }

    public record Report(List<Violation> violations, List<Count> byPerson, List<Count> byDepartment,
                         Map<Kind, Long> byKind) {
    }

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    private final int maxTransfers = Settings.system().getInt("qw.first-contact.max-transfers", 2);
    private final int reportBackWorkingDays = Settings.system().getInt("qw.first-contact.report-back-working-days", 3);
    private final WorkingCalendar calendar = WorkingCalendar.china2026();

    @Transactional
    @SuppressWarnings("unchecked")
    public Report violations(Instant from, Instant to, Instant now) {
        List<Violation> found = new ArrayList<>();
        String base = "select w.id, w.number, w.first_receiver_agent_id, w.first_receiver_name, w.department, "
                + "w.accepted_at, %s from qw.work_order w where w.accepted_at >= ?1 and w.accepted_at < ?2 and %s";
        collect(found, Kind.NO_FIRST_RECEIVER, String.format(base, "null",
                "w.first_receiver_agent_id is null and w.first_receiver_name is null"), from, to,
                r -> "no first receiver was recorded at acceptance");
        collect(found, Kind.BOUNCED, String.format(base,
                "(select count(*) from qw.work_order_event e where e.work_order_id = w.id and e.kind = 'TRANSFERRED')",
                "(select count(*) from qw.work_order_event e where e.work_order_id = w.id and e.kind = 'TRANSFERRED') > "
                        + maxTransfers), from, to,
                r -> "handed on " + r + " times between departments (allowed: " + maxTransfers + ")");
        collect(found, Kind.CLOSED_WITHOUT_INFORMING, String.format(base, "w.status",
                "w.dispatched_at is not null and w.status in ('RESOLVED', 'CALLED_BACK', 'ARCHIVED') "
                        + "and w.customer_informed_at is null"), from, to,
                r -> "closed (" + r + ") but the first receiver never confirmed the customer was told");
        // overdue report-back needs working days: candidates from SQL, the calendar decides
        List<Object[]> open = em.createNativeQuery(String.format(base, "w.dispatched_at",
                        "w.status in ('DISPATCHED', 'CONTACTED') and w.dispatched_at is not null and not exists "
                                + "(select 1 from qw.work_order_event e where e.work_order_id = w.id and e.kind = 'CHASED' "
                                + "and e.at >= w.dispatched_at)"))
                .setParameter(1, Timestamp.from(from)).setParameter(2, Timestamp.from(to)).getResultList();
        for (Object[] r : open) {
            Instant dispatched = SqlValues.instant(r[6]);
            Instant due = calendar.plusWorkingDays(dispatched, reportBackWorkingDays);
            if (now.isAfter(due)) {
                found.add(violation(Kind.NOT_REPORTED_BACK_UNCHASED, r, "dispatched " + dispatched + ", report-back was due "
                        + due + " (" + reportBackWorkingDays + " working days) and nobody chased the department"));
            }
        }
        found.sort(Comparator.comparing(Violation::acceptedAt).reversed());
        return new Report(found, count(found, true), count(found, false), byKind(found));
    }

    private void collect(List<Violation> found, Kind kind, String sql, Instant from, Instant to,
                         java.util.function.Function<Object, String> detail) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, Timestamp.from(from))
                .setParameter(2, Timestamp.from(to)).getResultList();
        for (Object[] r : rows) {
            found.add(violation(kind, r, detail.apply(r[6])));
        }
    }

    private static Violation violation(Kind kind, Object[] r, String detail) {
        return new Violation(kind, ((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], SqlValues.instant(r[5]), detail);
    }

    private static List<Count> count(List<Violation> violations, boolean byPerson) {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Violation v : violations) {
            String key = byPerson ? String.valueOf(v.firstReceiverAgentId()) : String.valueOf(v.department());
            counts.computeIfAbsent(key, k -> new long[1])[0]++;
            labels.putIfAbsent(key, byPerson ? v.firstReceiverName() : v.department());
        }
        return counts.entrySet().stream().map(e -> new Count(e.getKey(), labels.get(e.getKey()), e.getValue()[0]))
                .sorted(Comparator.comparingLong(Count::count).reversed()).toList();
    }

    private static Map<Kind, Long> byKind(List<Violation> violations) {
        Map<Kind, Long> counts = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            counts.put(k, violations.stream().filter(v -> v.kind() == k).count());
        }
        return counts;
    }

    public record Rate(String key, String label, long requests, long repeated, double rate) {
    }

    public record ResolutionRates(int windowHours, String matchedOn, Rate overall, List<Rate> byAgent,
                                  List<Rate> byTeam, List<Rate> byMonth) {
    }

    /**
     * First-contact resolution: the share of requests with no repeat contact from the same customer
     * (phone number or customer id) within the window after them.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public ResolutionRates resolutionRates(Instant from, Instant to, int windowHours, boolean byCustomerId) {
        String key = byCustomerId ? "customer_id" : "customer_phone";
        // the team comes from the agent roster; agents not on it are counted under "未编组"
        String sql = "select w.first_receiver_agent_id, max(w.first_receiver_name), "
                + "to_char(w.accepted_at at time zone 'Asia/Shanghai', 'YYYY-MM'), count(*), "
                + "count(*) filter (where exists (select 1 from qw.work_order r where r." + key + " = w." + key
                + " and r.id <> w.id and r.accepted_at > w.accepted_at and r.accepted_at <= w.accepted_at + make_interval(hours => ?3))), "
                + "coalesce(max(a.team), '未编组') "
                + "from qw.work_order w left join qw.agent a on a.agent_id = w.first_receiver_agent_id where w.accepted_at >= ?1 and w.accepted_at < ?2 and w." + key + " is not null "
                + "group by 1, 3";
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, Timestamp.from(from))
                .setParameter(2, Timestamp.from(to)).setParameter(3, windowHours).getResultList();
        Map<String, long[]> agents = new TreeMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, long[]> months = new TreeMap<>();
        Map<String, long[]> teams = new TreeMap<>();
        long total = 0;
        long repeated = 0;
        for (Object[] r : rows) {
            String agent = String.valueOf(r[0]);
            long n = ((Number) r[3]).longValue();
            long rep = ((Number) r[4]).longValue();
            add(agents, agent, n, rep);
            names.putIfAbsent(agent, (String) r[1]);
            add(months, (String) r[2], n, rep);
            add(teams, (String) r[5], n, rep);
            total += n;
            repeated += rep;
        }
        List<Rate> byAgent = agents.entrySet().stream().map(e -> rate(e.getKey(), names.get(e.getKey()), e.getValue()))
                .toList();
        List<Rate> byTeam = teams.entrySet().stream().map(e -> rate(e.getKey(), e.getKey(), e.getValue())).toList();
        List<Rate> byMonth = months.entrySet().stream().map(e -> rate(e.getKey(), e.getKey(), e.getValue())).toList();
        return new ResolutionRates(windowHours, byCustomerId ? "customerId" : "phone",
                rate("all", "all", new long[]{total, repeated}), byAgent, byTeam, byMonth);
    }

    private static void add(Map<String, long[]> map, String key, long n, long rep) {
        long[] c = map.computeIfAbsent(key, k -> new long[2]);
        c[0] += n;
        c[1] += rep;
    }

    private static Rate rate(String key, String label, long[] c) {
        return new Rate(key, label, c[0], c[1], c[0] == 0 ? 0 : Math.round((1 - (double) c[1] / c[0]) * 10000) / 10000.0);
    }
}
