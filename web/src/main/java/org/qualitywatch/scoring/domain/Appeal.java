package org.qualitywatch.scoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.qualitywatch.shared.domain.DomainException;

import java.time.Instant;
import java.util.Objects;

/**
 * An agent's appeal (申诉) against a released score, filed within the appeal window and decided by a
 * QA lead who is not the monitor who scored the call.
 */
@Entity
@Table(name = "appeal")
public class Appeal {

    public enum Status { OPEN, UPHELD, ADJUSTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "evaluation_id", nullable = false, unique = true)
    private long evaluationId;

    @Column(nullable = false)
    private String reason;

    @Column(name = "filed_by", nullable = false)
    private String filedBy;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    @Column(name = "window_ends_at", nullable = false)
    private Instant windowEndsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    private String reviewer;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason")
    private String decisionReason;

    protected Appeal() {
    }

    /**
     * @param windowEndsAt the end of the appeal window, counted from the release of the score
     * @throws DomainException when the window has closed or no reason is given
     */
    public static Appeal file(long evaluationId, String reason, String filedBy, Instant at, Instant windowEndsAt) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("Say why you appeal (申诉理由), e.g. which item you think was scored wrongly.");
        }
        if (!at.isBefore(windowEndsAt)) {
            throw DomainException.conflict("The appeal window closed at " + windowEndsAt
                    + "; appeals are accepted within the window after the score was released.");
        }
        Appeal a = new Appeal();
        a.evaluationId = evaluationId;
        a.reason = reason.strip();
        a.filedBy = filedBy;
        a.filedAt = at;
        a.windowEndsAt = windowEndsAt;
        a.status = Status.OPEN;
        return a;
    }

    /**
     * Decides the appeal.
     *
     * @throws DomainException forbidden when the reviewer is the monitor who scored the call
     */
    public void decide(boolean adjusted, String reviewer, String monitorOfEvaluation, String reason, Instant at) {
        if (Objects.equals(reviewer, monitorOfEvaluation)) {
            throw DomainException.forbidden("You scored this call, so another QA lead must review the appeal.");
        }
        if (status != Status.OPEN) {
            throw DomainException.conflict("This appeal was already decided (" + status + ") by " + this.reviewer + ".");
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("Give the reason for the decision; the agent sees it.");
        }
        this.status = adjusted ? Status.ADJUSTED : Status.UPHELD;
        this.reviewer = reviewer;
        this.decidedAt = at;
        this.decisionReason = reason.strip();
    }

    public Long id() { return id; }
    public long evaluationId() { return evaluationId; }
    public String reason() { return reason; }
    public String filedBy() { return filedBy; }
    public Instant filedAt() { return filedAt; }
    public Instant windowEndsAt() { return windowEndsAt; }
    public Status status() { return status; }
    public String reviewer() { return reviewer; }
    public Instant decidedAt() { return decidedAt; }
    public String decisionReason() { return decisionReason; }
}
