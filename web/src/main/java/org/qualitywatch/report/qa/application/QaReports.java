package org.qualitywatch.report.qa.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qualitywatch.calibration.application.CalibrationSessions;
import org.qualitywatch.calibration.application.Scorecards;
import org.qualitywatch.identity.application.UserDirectory;
import org.qualitywatch.platform.persistence.SqlValues;
import org.qualitywatch.scoring.domain.ScorecardDefinition;
import org.qualitywatch.shared.domain.DomainException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The QA report figures for a period [from, to) of submission times. An evaluation counts once it is
 * released to the agent (RELEASED, ACKNOWLEDGED, APPEALED, FINAL) with its current score: the latest
 * version in qw.evaluation_score (an appeal's adjustment replaces the monitor's score).
 */
@ApplicationScoped
public class QaReports {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** One released evaluation with its current score. */
    public record Scored(long id, String agentId, String agentName, String team, String monitor, Instant submittedAt,
                         double score, String grade, boolean fatal) {
    }

    public record GroupRow(String key, String label, long count, BigDecimal mean, BigDecimal min, BigDecimal max,
                           long fatalCount, Map<String, Long> gradeCounts) {
    }

    public record Bucket(String label, int from, int to, long count) {
    }

    public record TrendPoint(String period, long count, BigDecimal mean) {
    }

    public record FailedItem(String code, String name, long failed, long answered, Double rate) {
    }

    public record Appeals(long count, long upheld, long adjusted, long open, Double adjustedRate) {
    }

    public record MonitorRow(String monitor, String displayName, long evaluations, BigDecimal meanScore,
                             BigDecimal calibrationMeanAbsDeviation, long calibrationCalls) {
    }

    public record Report(Instant from, Instant to, long evaluations, BigDecimal mean, List<GroupRow> byAgent,
                         List<GroupRow> byTeam, List<GroupRow> byMonth, List<Bucket> distribution,
                         List<TrendPoint> trend, List<FailedItem> failedItems, Appeals appeals,
                         List<MonitorRow> monitors) {
    }

    /** The released evaluations of the period [?1, ?2) with their current score as s. */
    static final String CURRENT_FROM = "from qw.evaluation e join lateral (select x.score, x.grade, x.fatal, x.item_results from "
            + "qw.evaluation_score x where x.evaluation_id = e.id order by x.version desc limit 1) s on true "
            + "left join qw.agent a on a.agent_id = e.agent_id "
            + "where e.status in ('RELEASED', 'ACKNOWLEDGED', 'APPEALED', 'FINAL') "
            + "and e.submitted_at >= ?1 and e.submitted_at < ?2";

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    @Inject
    Scorecards scorecards;

    @Inject
    CalibrationSessions calibration;

    @Inject
    UserDirectory users;

    @Transactional
    public Report report(Instant from, Instant to, String trendInterval) {
        List<Scored> scored = scored(from, to);
        return new Report(from, to, scored.size(), mean(scored), group(scored, "agent"), group(scored, "team"),
                group(scored, "month"), distribution(scored), trend(scored, trendInterval), failedItems(from, to, 20),
                appeals(from, to), monitors(scored, from, to));
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<Scored> scored(Instant from, Instant to) {
        check(from, to);
        List<Object[]> rows = em.createNativeQuery("select e.id, e.agent_id, coalesce(a.name, e.agent_id), "
                        + "coalesce(e.team, a.team), e.monitor, e.submitted_at, s.score, s.grade, s.fatal "
                        + CURRENT_FROM + " order by e.submitted_at")
                .setParameter(1, Timestamp.from(from)).setParameter(2, Timestamp.from(to)).getResultList();
        return rows.stream().map(r -> new Scored(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], SqlValues.instant(r[5]), ((Number) r[6]).doubleValue(), (String) r[7],
                Boolean.TRUE.equals(r[8]))).toList();
    }

    /** Rows by agent, team or month (Asia/Shanghai), most evaluations first (months in order). */
    public static List<GroupRow> group(List<Scored> scored, String by) {
        Function<Scored, String[]> key = switch (by) {
            case "agent" -> s -> new String[]{s.agentId() == null ? "-" : s.agentId(),
                    s.agentName() == null ? "(未知坐席)" : s.agentName()};
            case "team" -> s -> new String[]{s.team() == null ? "-" : s.team(), s.team() == null ? "(未分班组)" : s.team()};
            case "month" -> s -> {
                String m = s.submittedAt().atZone(ZONE).toLocalDate().toString().substring(0, 7);
                return new String[]{m, m};
            };
            default -> throw DomainException.invalid("groupBy must be agent, team or month, not '" + by + "'.");
        };
        Map<String, List<Scored>> groups = new LinkedHashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (Scored s : scored) {
            String[] k = key.apply(s);
            groups.computeIfAbsent(k[0], x -> new ArrayList<>()).add(s);
            labels.put(k[0], k[1]);
        }
        List<GroupRow> rows = new ArrayList<>();
        groups.forEach((k, list) -> {
            Map<String, Long> grades = new TreeMap<>();
            list.forEach(s -> grades.merge(s.grade() == null ? "-" : s.grade(), 1L, Long::sum));
            rows.add(new GroupRow(k, labels.get(k), list.size(), mean(list),
                    round(list.stream().mapToDouble(Scored::score).min().orElse(0)),
                    round(list.stream().mapToDouble(Scored::score).max().orElse(0)),
                    list.stream().filter(Scored::fatal).count(), grades));
        });
        rows.sort("month".equals(by) ? Comparator.comparing(GroupRow::key)
                : Comparator.comparingLong(GroupRow::count).reversed().thenComparing(GroupRow::key));
        return rows;
    }

    /** Buckets of 10 points: [0, 10), [10, 20), … [90, 100] (100 goes to the last). */
    public static List<Bucket> distribution(List<Scored> scored) {
        long[] counts = new long[10];
        scored.forEach(s -> counts[Math.min(9, Math.max(0, (int) Math.floor(s.score() / 10)))]++);
        List<Bucket> buckets = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            buckets.add(new Bucket(i * 10 + "-" + (i == 9 ? 100 : i * 10 + 9), i * 10, i == 9 ? 100 : i * 10 + 10,
                    counts[i]));
        }
        return buckets;
    }

    /** Mean per week (starting Monday, labelled by that date) or per month. */
    public static List<TrendPoint> trend(List<Scored> scored, String interval) {
        boolean month = "month".equals(interval);
        if (!month && interval != null && !interval.isBlank() && !"week".equals(interval)) {
            throw DomainException.invalid("interval must be week or month, not '" + interval + "'.");
        }
        Map<String, List<Scored>> groups = new TreeMap<>();
        for (Scored s : scored) {
            ZonedDateTime t = s.submittedAt().atZone(ZONE);
            String key = month ? t.toLocalDate().toString().substring(0, 7)
                    : t.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
        }
        List<TrendPoint> points = new ArrayList<>();
        groups.forEach((k, list) -> points.add(new TrendPoint(k, list.size(), mean(list))));
        return points;
    }

    /** Items by how often they failed among the evaluations that answered them (N/A is not answered). */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<FailedItem> failedItems(Instant from, Instant to, int limit) {
        check(from, to);
        // item_results may be an array of results or an object keyed by item code: accept both
        List<Object[]> rows = em.createNativeQuery("with cur as (select s.item_results, e.scorecard_version_id "
                        + CURRENT_FROM + ") select cur.scorecard_version_id, "
                        + "it->>'code', count(*) filter (where not coalesce((it->>'na')::boolean, false)), "
                        + "count(*) filter (where coalesce((it->>'failed')::boolean, false)) from cur "
                        + "cross join lateral jsonb_array_elements(case jsonb_typeof(cur.item_results) "
                        + "when 'array' then cur.item_results else coalesce((select jsonb_agg(v) from "
                        + "jsonb_each(cur.item_results) t(k, v)), '[]'::jsonb) end) it group by 1, 2")
                .setParameter(1, Timestamp.from(from)).setParameter(2, Timestamp.from(to)).getResultList();
        Map<String, long[]> byCode = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Object[] r : rows) {
            String code = (String) r[1];
            long[] acc = byCode.computeIfAbsent(code, k -> new long[2]);
            acc[0] += ((Number) r[2]).longValue();
            acc[1] += ((Number) r[3]).longValue();
            if (!names.containsKey(code)) {
                names.put(code, itemName(((Number) r[0]).longValue(), code));
            }
        }
        return byCode.entrySet().stream()
                .map(e -> new FailedItem(e.getKey(), names.get(e.getKey()), e.getValue()[1], e.getValue()[0],
                        e.getValue()[0] == 0 ? null : rate(e.getValue()[1], e.getValue()[0])))
                .filter(f -> f.failed() > 0)
                .sorted(Comparator.comparingLong(FailedItem::failed).reversed()
                        .thenComparing(f -> f.rate() == null ? 0 : -f.rate()).thenComparing(FailedItem::code))
                .limit(limit).toList();
    }

    private String itemName(long versionId, String code) {
        try {
            ScorecardDefinition d = scorecards.definition(versionId);
            return d.item(code).name();
        } catch (RuntimeException e) {
            return code; // an item since removed from the version, or an unreadable definition: show the code
        }
    }

    /** Appeals filed in the period, by outcome. */
    @Transactional
    public Appeals appeals(Instant from, Instant to) {
        check(from, to);
        Object[] r = (Object[]) em.createNativeQuery("select count(*), count(*) filter (where status = 'UPHELD'), "
                        + "count(*) filter (where status = 'ADJUSTED'), count(*) filter (where status = 'OPEN') "
                        + "from qw.appeal where filed_at >= ?1 and filed_at < ?2")
                .setParameter(1, Timestamp.from(from)).setParameter(2, Timestamp.from(to)).getSingleResult();
        long upheld = ((Number) r[1]).longValue();
        long adjusted = ((Number) r[2]).longValue();
        return new Appeals(((Number) r[0]).longValue(), upheld, adjusted, ((Number) r[3]).longValue(),
                upheld + adjusted == 0 ? null : rate(adjusted, upheld + adjusted));
    }

    /** Per monitor: evaluations released, mean score given, and calibration deviation of sessions closed then. */
    public List<MonitorRow> monitors(List<Scored> scored, Instant from, Instant to) {
        Map<String, List<Scored>> byMonitor = new TreeMap<>();
        scored.forEach(s -> byMonitor.computeIfAbsent(s.monitor(), k -> new ArrayList<>()).add(s));
        Map<String, double[]> deviations = calibration.deviationsByMonitor(from, to);
        deviations.keySet().forEach(m -> byMonitor.computeIfAbsent(m, k -> new ArrayList<>()));
        Map<String, String> names = new HashMap<>();
        users.all().forEach(a -> names.put(a.username(), a.displayName()));
        List<MonitorRow> rows = new ArrayList<>();
        byMonitor.forEach((m, list) -> {
            double[] d = deviations.get(m);
            rows.add(new MonitorRow(m, names.getOrDefault(m, m), list.size(), list.isEmpty() ? null : mean(list),
                    d == null ? null : BigDecimal.valueOf(d[0]).setScale(2, RoundingMode.HALF_UP),
                    d == null ? 0 : (long) d[1]));
        });
        return rows;
    }

    private static void check(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw DomainException.invalid("The period is empty: 'from' must be before 'to'.");
        }
    }

    static BigDecimal mean(List<Scored> list) {
        return list.isEmpty() ? null : round(list.stream().mapToDouble(Scored::score).average().orElseThrow());
    }

    static BigDecimal round(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }

    static Double rate(long part, long whole) {
        return BigDecimal.valueOf((double) part / whole).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }
}
