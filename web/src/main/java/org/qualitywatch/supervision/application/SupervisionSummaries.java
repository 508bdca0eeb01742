package org.qualitywatch.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The monthly summary for the supervisors' meeting: reports by visit type, per supervisor, findings by
 * department, answer time (submitted → answered, hours) and satisfaction with the answers.
 */
@ApplicationScoped
public class SupervisionSummaries {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    public record Count(String key, String label, long count) {
    }

    public record PerSupervisor(long supervisorId, String name, String affiliation, long reports, long answered,
                                long satisfied, long dissatisfied, Double averageAnswerHours) {
    }

    public record Summary(String month, long reports, long findings, long answered, Double averageAnswerHours,
                          Double satisfactionRate, List<Count> byVisitType, List<Count> findingsByDepartment,
                          List<PerSupervisor> bySupervisor) {
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Summary month(YearMonth month) {
        Timestamp from = Timestamp.from(month.atDay(1).atStartOfDay(ZONE).toInstant());
        Timestamp to = Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant());
        String window = " r.submitted_at >= ?1 and r.submitted_at < ?2";
        List<Count> byType = ((List<Object[]>) em.createNativeQuery("select r.visit_type, count(*) from qw.supervisor_report r "
                        + "where" + window + " group by 1 order by 2 desc").setParameter(1, from).setParameter(2, to)
                .getResultList()).stream().map(r -> new Count((String) r[0], (String) r[0], ((Number) r[1]).longValue()))
                .toList();
        List<Count> byDepartment = ((List<Object[]>) em.createNativeQuery("select o.lead_department, count(*) "
                        + "from qw.supervisor_report r join qw.supervision_order o on o.id = r.supervision_order_id where"
                        + window + " group by 1 order by 2 desc").setParameter(1, from).setParameter(2, to).getResultList())
                .stream().map(r -> new Count((String) r[0], (String) r[0], ((Number) r[1]).longValue())).toList();
        List<PerSupervisor> perSupervisor = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select s.id, s.name, s.affiliation, count(r.id), "
                        + "count(r.answered_at), count(*) filter (where r.rating = 'SATISFIED'), "
                        + "count(*) filter (where r.rating = 'DISSATISFIED'), "
                        + "avg(extract(epoch from r.answered_at - r.submitted_at) / 3600) "
                        + "from qw.supervisor s join qw.supervisor_report r on r.supervisor_id = s.id where" + window
                        + " group by s.id, s.name, s.affiliation order by count(r.id) desc, s.name")
                .setParameter(1, from).setParameter(2, to).getResultList()) {
            perSupervisor.add(new PerSupervisor(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), ((Number) r[5]).longValue(),
                    ((Number) r[6]).longValue(), r[7] == null ? null : round(((Number) r[7]).doubleValue())));
        }
        Object[] totals = (Object[]) em.createNativeQuery("select count(*), count(*) filter (where r.triage = 'FINDING'), "
                        + "count(r.answered_at), avg(extract(epoch from r.answered_at - r.submitted_at) / 3600), "
                        + "count(*) filter (where r.rating = 'SATISFIED'), count(r.rating) from qw.supervisor_report r where"
                        + window).setParameter(1, from).setParameter(2, to).getSingleResult();
        long rated = ((Number) totals[5]).longValue();
        return new Summary(month.toString(), ((Number) totals[0]).longValue(), ((Number) totals[1]).longValue(),
                ((Number) totals[2]).longValue(), totals[3] == null ? null : round(((Number) totals[3]).doubleValue()),
                rated == 0 ? null : round(((Number) totals[4]).doubleValue() / rated), byType, byDepartment, perSupervisor);
    }

    private static double round(double v) {
        return BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    public static YearMonth parseMonth(String value) {
        return value == null || value.isBlank() ? YearMonth.now(ZONE) : YearMonth.parse(value);
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
