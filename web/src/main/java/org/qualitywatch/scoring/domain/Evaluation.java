package org.qualitywatch.scoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.qualitywatch.shared.domain.DomainException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One call scored by one monitor against one published scorecard version. The monitor drafts and
 * submits; submitting releases the score to the agent, who acknowledges or appeals; a lead other
 * than the monitor decides the appeal. The current score is repeated here for lists; every version
 * of it is an {@link EvaluationScore}.
 */
@Entity
@Table(name = "evaluation")
public class Evaluation {

    public enum Origin { SAMPLED, MANUAL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recording_id", nullable = false)
    private long recordingId;

    @Column(name = "call_id", nullable = false)
    private String callId;

    @Column(name = "agent_id")
    private String agentId;

    private String team;

    @Column(name = "business_line")
    private String businessLine;

    @Column(name = "call_started_at")
    private Instant callStartedAt;

    @Column(name = "call_seconds")
    private Double callSeconds;

    @Column(name = "scorecard_version_id", nullable = false)
    private long scorecardVersionId;

    @Column(nullable = false)
    private String monitor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EvaluationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Origin origin;

    @Column(name = "plan_id")
    private Long planId;

    @Column(name = "run_id")
    private Long runId;

    @Column(name = "selection_rule")
    private String selectionRule;

    private String stratum;
    private String seed;
    private Double draw;
    private String explanation;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @JdbcTypeCode(SqlTypes.JSON)
    private String draft;

    @Column(name = "draft_saved_at")
    private Instant draftSavedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    private BigDecimal score;
    private String grade;

    @Column(nullable = false)
    private boolean fatal;

    @Column(name = "score_version", nullable = false)
    private int scoreVersion;

    @Column(nullable = false)
    private long version = 1;

    protected Evaluation() {
    }

    /** The facts of the call being evaluated. */
    public record Call(long recordingId, String callId, String agentId, String team, String businessLine,
                       Instant startedAt, Double seconds) {
    }

    public static Evaluation assignManually(Call call, long scorecardVersionId, String monitor, Instant at,
                                            Instant dueAt) {
        Evaluation e = new Evaluation();
        e.recordingId = call.recordingId();
        e.callId = call.callId();
        e.agentId = call.agentId();
        e.team = call.team();
        e.businessLine = call.businessLine();
        e.callStartedAt = call.startedAt();
        e.callSeconds = call.seconds();
        e.scorecardVersionId = scorecardVersionId;
        e.monitor = monitor;
        e.status = EvaluationStatus.ASSIGNED;
        e.origin = Origin.MANUAL;
        e.assignedAt = at;
        e.dueAt = dueAt;
        return e;
    }

    private void requireMonitor(String user, String doing) {
        if (!Objects.equals(monitor, user)) {
            throw DomainException.forbidden("Only " + monitor + ", the monitor of this evaluation, may " + doing + ".");
        }
    }

    public void saveDraft(String answersJson, String user, Instant at) {
        requireMonitor(user, "edit its scores");
        if (status != EvaluationStatus.ASSIGNED && status != EvaluationStatus.IN_PROGRESS) {
            throw DomainException.conflict("This evaluation is " + status + "; its score can no longer be edited "
                    + "(an agent's appeal lets a lead adjust it).");
        }
        draft = answersJson;
        draftSavedAt = at;
        status = EvaluationStatus.IN_PROGRESS;
        version++;
    }

    /** Submits the monitor's score: the agent sees it from now on. */
    public void submit(EvaluationScore first, String user, Instant at) {
        saveDraft(first.answersJson(), user, at);
        submittedAt = at;
        status = EvaluationStatus.RELEASED;
        take(first);
    }

    public void acknowledge(String agentIdOfUser, Instant at) {
        requireAgent(agentIdOfUser, "acknowledge it");
        if (status != EvaluationStatus.RELEASED) {
            throw DomainException.conflict("Only a released evaluation can be acknowledged; this one is " + status + ".");
        }
        acknowledgedAt = at;
        status = EvaluationStatus.ACKNOWLEDGED;
        version++;
    }

    public void markAppealed(String agentIdOfUser) {
        requireAgent(agentIdOfUser, "appeal it");
        if (status != EvaluationStatus.RELEASED && status != EvaluationStatus.ACKNOWLEDGED) {
            throw DomainException.conflict("This evaluation is " + status + "; an appeal is possible once it is "
                    + "released and only once.");
        }
        status = EvaluationStatus.APPEALED;
        version++;
    }

    /** The lead's decision on the appeal: the new (or confirmed) score becomes final. */
    public void decide(EvaluationScore decided) {
        if (status != EvaluationStatus.APPEALED) {
            throw DomainException.conflict("This evaluation has no open appeal.");
        }
        status = EvaluationStatus.FINAL;
        take(decided);
    }

    private void take(EvaluationScore s) {
        score = s.score();
        grade = s.grade();
        fatal = s.fatal();
        scoreVersion = s.version();
        version++;
    }

    private void requireAgent(String agentIdOfUser, String doing) {
        if (agentIdOfUser == null || !agentIdOfUser.equals(agentId)) {
            throw DomainException.forbidden("Only the agent who took the call may " + doing + ".");
        }
    }

    public Long id() { return id; }
    public long recordingId() { return recordingId; }
    public String callId() { return callId; }
    public String agentId() { return agentId; }
    public String team() { return team; }
    public String businessLine() { return businessLine; }
    public Instant callStartedAt() { return callStartedAt; }
    public Double callSeconds() { return callSeconds; }
    public long scorecardVersionId() { return scorecardVersionId; }
    public String monitor() { return monitor; }
    public EvaluationStatus status() { return status; }
    public Origin origin() { return origin; }
    public Long planId() { return planId; }
    public Long runId() { return runId; }
    public String selectionRule() { return selectionRule; }
    public String stratum() { return stratum; }
    public String seed() { return seed; }
    public Double draw() { return draw; }
    public String explanation() { return explanation; }
    public Instant assignedAt() { return assignedAt; }
    public Instant dueAt() { return dueAt; }
    public String draftJson() { return draft; }
    public Instant draftSavedAt() { return draftSavedAt; }
    public Instant submittedAt() { return submittedAt; }
    public Instant acknowledgedAt() { return acknowledgedAt; }
    public BigDecimal score() { return score; }
    public String grade() { return grade; }
    public boolean fatal() { return fatal; }
    public int scoreVersion() { return scoreVersion; }
    public long version() { return version; }
}
