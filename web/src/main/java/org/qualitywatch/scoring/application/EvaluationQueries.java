package org.qualitywatch.scoring.application;

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

/** Lists of evaluations: a monitor's tasks, an agent's released scores, everything for leads; and open appeals. */
@ApplicationScoped
public class EvaluationQueries {

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    /**
     * @param monitor     only this monitor's evaluations (null: any)
     * @param agentId     only this agent's (null: any)
     * @param releasedOnly only evaluations with a released score (what agents may see)
     */
    public record Filter(String monitor, String agentId, boolean releasedOnly, List<String> statuses, String team,
                         Instant from, Instant to, int size) {
    }

    public record Row(long id, long recordingId, String callId, String agentId, String agentName, String team,
                      String businessLine, Instant callStartedAt, Double callSeconds, String monitor, String status,
                      String origin, BigDecimal score, String grade, boolean fatal, Instant assignedAt, Instant dueAt,
                      Instant submittedAt, String selectionRule, String appealStatus) {
    }

    public record Page(long total, List<Row> items) {
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Page list(Filter f) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where e.status <> 'CANCELLED'");
        if (f.monitor() != null) {
            params.add(f.monitor());
            where.append(" and e.monitor = ?").append(params.size());
        }
        if (f.agentId() != null) {
            params.add(f.agentId());
            where.append(" and e.agent_id = ?").append(params.size());
        }
        if (f.releasedOnly()) {
            where.append(" and e.status in ('RELEASED', 'ACKNOWLEDGED', 'APPEALED', 'FINAL')");
        }
        if (f.statuses() != null && !f.statuses().isEmpty()) {
            params.add(f.statuses().toArray(String[]::new));
            where.append(" and e.status = any(?").append(params.size()).append(")");
        }
        if (f.team() != null) {
            params.add(f.team());
            where.append(" and e.team = ?").append(params.size());
        }
        if (f.from() != null) {
            params.add(Timestamp.from(f.from()));
            where.append(" and coalesce(e.submitted_at, e.assigned_at) >= ?").append(params.size());
        }
        if (f.to() != null) {
            params.add(Timestamp.from(f.to()));
            where.append(" and coalesce(e.submitted_at, e.assigned_at) < ?").append(params.size());
        }
        Query q = em.createNativeQuery("select e.id, e.recording_id, e.call_id, e.agent_id, ag.name, e.team, "
                + "e.business_line, e.call_started_at, e.call_seconds, e.monitor, e.status, e.origin, e.score, e.grade, "
                + "e.fatal, e.assigned_at, e.due_at, e.submitted_at, e.selection_rule, a.status, count(*) over () "
                + "from qw.evaluation e left join qw.appeal a on a.evaluation_id = e.id "
                + "left join qw.agent ag on ag.agent_id = e.agent_id" + where
                + " order by case when e.status in ('ASSIGNED', 'IN_PROGRESS') then 0 else 1 end, "
                + "coalesce(e.submitted_at, e.due_at, e.assigned_at) desc, e.id desc limit "
                + Math.min(Math.max(f.size(), 1), 500));
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        List<Object[]> rows = q.getResultList();
        long total = rows.isEmpty() ? 0 : ((Number) rows.get(0)[20]).longValue();
        return new Page(total, rows.stream().map(r -> new Row(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6], SqlValues.instant(r[7]),
                r[8] == null ? null : ((Number) r[8]).doubleValue(), (String) r[9], (String) r[10], (String) r[11],
                (BigDecimal) r[12], (String) r[13], Boolean.TRUE.equals(r[14]), SqlValues.instant(r[15]),
                SqlValues.instant(r[16]), SqlValues.instant(r[17]), (String) r[18], (String) r[19])).toList());
    }

    public record AppealRow(long id, long evaluationId, String callId, long recordingId, String agentId,
                            String agentName, String monitor, BigDecimal score, String reason, String filedBy,
                            Instant filedAt, String status, String reviewer, Instant decidedAt, String decisionReason) {
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<AppealRow> appeals(String status) {
        List<Object[]> rows = em.createNativeQuery("select a.id, e.id, e.call_id, e.recording_id, e.agent_id, ag.name, "
                        + "e.monitor, e.score, a.reason, a.filed_by, a.filed_at, a.status, a.reviewer, a.decided_at, "
                        + "a.decision_reason from qw.appeal a join qw.evaluation e on e.id = a.evaluation_id "
                        + "left join qw.agent ag on ag.agent_id = e.agent_id where (?1 = '' or a.status = ?1) "
                        + "order by case when a.status = 'OPEN' then 0 else 1 end, a.filed_at desc limit 500")
                .setParameter(1, status == null ? "" : status).getResultList();
        return rows.stream().map(r -> new AppealRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], ((Number) r[3]).longValue(), (String) r[4], (String) r[5], (String) r[6],
                (BigDecimal) r[7], (String) r[8], (String) r[9], SqlValues.instant(r[10]), (String) r[11],
                (String) r[12], SqlValues.instant(r[13]), (String) r[14])).toList();
    }
}
