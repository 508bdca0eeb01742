package org.qualitywatch.sampling.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Sampling runs and the evaluation tasks they create. */
public interface SamplingRunRepository {

    /** A stored run; {@code population} and {@code fulfilment} are the JSON the run recorded. */
    record StoredRun(long id, long planId, LocalDate periodStart, LocalDate periodEnd, String seed,
                     String population, String fulfilment, int selected, String createdBy, Instant createdAt) {
    }

    /** One task to insert, with why its call was selected. */
    record Task(CandidateCall call, String monitor, SelectionRule rule, String stratum, double draw,
                String explanation) {
    }

    /** One task of a run as stored. */
    record StoredTask(long evaluationId, long recordingId, String callId, String agentId, String team,
                      String businessLine, Instant callStartedAt, Double callSeconds, String monitor, String status,
                      String rule, String stratum, String seed, Double draw, String explanation, Instant dueAt) {
    }

    Optional<StoredRun> find(long id);

    Optional<StoredRun> find(long planId, LocalDate periodStart);

    List<StoredRun> list(Long planId);

    List<StoredTask> tasks(long runId);

    /**
     * Creates the run unless the plan already has one for the period (another node or an earlier call);
     * empty in that case, so the caller returns the existing run and writes nothing.
     */
    Optional<Long> create(long planId, LocalDate periodStart, LocalDate periodEnd, String seed, String population,
                          String fulfilment, int selected, String createdBy);

    void addTasks(long runId, long planId, String seed, long scorecardVersionId, Instant dueAt, List<Task> tasks);

    /** Recordings with an evaluation that is not cancelled, other than those of the given run. */
    Set<Long> evaluatedRecordings(Instant from, Instant to, Long exceptRunId);

    Map<String, Integer> openTasksPerMonitor();

    /** The published scorecard version new tasks use (the most recently published). */
    Optional<Long> publishedScorecardVersion();
}
