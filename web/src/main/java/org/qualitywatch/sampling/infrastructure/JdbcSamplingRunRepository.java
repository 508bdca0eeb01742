package org.qualitywatch.sampling.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.qualitywatch.platform.Platform;
import org.qualitywatch.sampling.domain.CandidateCall;
import org.qualitywatch.sampling.domain.SamplingRunRepository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JdbcSamplingRunRepository implements SamplingRunRepository {

    private static final String RUN = "select id, plan_id, period_start, period_end, seed, population::text as population, "
            + "fulfilment::text as fulfilment, selected, created_by, created_at from qw.sampling_run";

    @Inject
    Platform platform;

    @Override
    public Optional<StoredRun> find(long id) {
        return runs(RUN + " where id = ?", id).stream().findFirst();
    }

    @Override
    public Optional<StoredRun> find(long planId, LocalDate periodStart) {
        return runs(RUN + " where plan_id = ? and period_start = ?", planId, periodStart).stream().findFirst();
    }

    @Override
    public List<StoredRun> list(Long planId) {
        return planId == null ? runs(RUN + " order by period_start desc, id desc limit 200")
                : runs(RUN + " where plan_id = ? order by period_start desc limit 200", planId);
    }

    @Override
    public List<StoredTask> tasks(long runId) {
        return Jdbc.list(platform.dataSource(), "reading the tasks of a sampling run", "select id, recording_id, call_id, "
                + "agent_id, team, business_line, call_started_at, call_seconds, monitor, status, selection_rule, stratum, "
                + "seed, draw, explanation, due_at from qw.evaluation where run_id = ? order by call_started_at, call_id",
                rs -> new StoredTask(rs.getLong("id"), rs.getLong("recording_id"), rs.getString("call_id"),
                        rs.getString("agent_id"), rs.getString("team"), rs.getString("business_line"),
                        Jdbc.instant(rs, "call_started_at"), Jdbc.nullableDouble(rs, "call_seconds"),
                        rs.getString("monitor"), rs.getString("status"), rs.getString("selection_rule"),
                        rs.getString("stratum"), rs.getString("seed"), Jdbc.nullableDouble(rs, "draw"),
                        rs.getString("explanation"), Jdbc.instant(rs, "due_at")), runId);
    }

    @Override
    public Optional<Long> create(long planId, LocalDate periodStart, LocalDate periodEnd, String seed,
                                 String population, String fulfilment, int selected, String createdBy) {
        try (Connection c = platform.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("insert into qw.sampling_run (plan_id, period_start, period_end, "
                     + "seed, population, fulfilment, selected, created_by) values (?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?) "
                     + "on conflict (plan_id, period_start) do nothing returning id")) {
            Jdbc.bind(s, planId, periodStart, periodEnd, seed, population, fulfilment, selected, createdBy);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw Jdbc.failed("saving the sampling run", e);
        }
    }

    @Override
    public void addTasks(long runId, long planId, String seed, long scorecardVersionId, Instant dueAt,
                         List<Task> tasks) {
        try (Connection c = platform.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("insert into qw.evaluation (recording_id, call_id, agent_id, team, "
                     + "business_line, call_started_at, call_seconds, scorecard_version_id, monitor, status, origin, "
                     + "plan_id, run_id, selection_rule, stratum, seed, draw, explanation, due_at) values "
                     + "(?, ?, ?, ?, ?, ?, ?, ?, ?, 'ASSIGNED', 'SAMPLED', ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int batched = 0;
            for (Task t : tasks) {
                CandidateCall call = t.call();
                Jdbc.bind(s, call.recordingId(), call.callId(), call.agentId(), call.team(), call.businessLine(),
                        call.startedAt(), call.seconds(), scorecardVersionId, t.monitor(), planId, runId,
                        t.rule().name(), t.stratum(), seed, t.draw(), t.explanation(), dueAt);
                s.addBatch();
                if (++batched % 1000 == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw Jdbc.failed("creating the evaluation tasks", e);
        }
    }

    @Override
    public Set<Long> evaluatedRecordings(Instant from, Instant to, Long exceptRunId) {
        return new HashSet<>(Jdbc.list(platform.dataSource(), "reading evaluated calls", "select recording_id "
                + "from qw.evaluation where status <> 'CANCELLED' and call_started_at >= ? and call_started_at < ? "
                + "and run_id is distinct from ?::bigint", rs -> rs.getLong(1), from, to, exceptRunId));
    }

    @Override
    public Map<String, Integer> openTasksPerMonitor() {
        Map<String, Integer> open = new HashMap<>();
        Jdbc.list(platform.dataSource(), "counting open evaluations", "select monitor, count(*) from qw.evaluation "
                + "where status in ('ASSIGNED', 'IN_PROGRESS') group by monitor",
                rs -> open.put(rs.getString(1), rs.getInt(2)));
        return open;
    }

    @Override
    public Optional<Long> publishedScorecardVersion() {
        try (Connection c = platform.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("select id from qw.scorecard_version where status = 'PUBLISHED' "
                     + "order by published_at desc nulls last, id desc limit 1");
             ResultSet rs = s.executeQuery()) {
            return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
        } catch (SQLException e) {
            throw Jdbc.failed("reading the published scorecard", e);
        }
    }

    private List<StoredRun> runs(String sql, Object... params) {
        return Jdbc.list(platform.dataSource(), "reading sampling runs", sql, rs -> new StoredRun(rs.getLong("id"),
                rs.getLong("plan_id"), rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class), rs.getString("seed"), rs.getString("population"),
                rs.getString("fulfilment"), rs.getInt("selected"), rs.getString("created_by"),
                Jdbc.instant(rs, "created_at")), params);
    }
}
