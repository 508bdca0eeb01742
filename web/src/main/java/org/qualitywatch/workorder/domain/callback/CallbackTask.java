package org.qualitywatch.workorder.domain.callback;

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

import java.time.Duration;
import java.time.Instant;

/**
 * A customer to call back about a resolved work order, with why the order was drawn and what the
 * call found. Not reaching the customer schedules another try; after the last try the task ends as
 * unreachable.
 */
@Entity
@Table(name = "callback_task")
public class CallbackTask {

    public enum Status { PENDING, RETRY, DONE, UNREACHABLE }

    /** The field-service checklist of a repair visit. */
    public record Checklist(Boolean badge, Boolean shoeCovers, Boolean contactedWithin20Min, Boolean onTime,
                            Boolean attitude, Boolean fixed) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "work_order_id", nullable = false, unique = true)
    private long workOrderId;

    @Column(name = "rule_name", nullable = false)
    private String ruleName;

    @Column(nullable = false)
    private double ratio;

    @Column(nullable = false)
    private double draw;

    @Column(nullable = false)
    private String seed;

    @Column(nullable = false)
    private String explanation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "assigned_to")
    private String assignedTo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    private Boolean reached;

    private Integer satisfaction;

    @JdbcTypeCode(SqlTypes.JSON)
    private String checklist;

    private String comment;

    @Column(name = "recording_call_id")
    private String recordingCallId;

    @Column(nullable = false)
    private boolean reopened;

    protected CallbackTask() {
    }

    public static CallbackTask drawn(long workOrderId, Selection selection, String seed, Instant now) {
        CallbackTask task = new CallbackTask();
        task.workOrderId = workOrderId;
        task.ruleName = selection.ruleName();
        task.ratio = selection.ratio();
        task.draw = selection.draw();
        task.seed = seed;
        task.explanation = selection.explanation();
        task.status = Status.PENDING;
        task.createdAt = now;
        task.nextAttemptAt = now;
        return task;
    }

    /** The customer did not answer: try again at {@code retryAt}, or give up after {@code maxAttempts}. */
    public void notReached(Instant now, Instant retryAt, int maxAttempts, Duration defaultRetry) {
        requireOpen();
        attempts++;
        reached = false;
        if (attempts >= maxAttempts) {
            status = Status.UNREACHABLE;
            completedAt = now;
            nextAttemptAt = null;
        } else {
            status = Status.RETRY;
            nextAttemptAt = retryAt != null ? retryAt : now.plus(defaultRetry);
        }
    }

    /**
     * The customer answered.
     *
     * @return true when the answer means the order must be reopened: dissatisfied (1 or 2) or not fixed
     */
    public boolean reached(int satisfaction, String checklistJson, boolean notFixed, String comment,
                           String recordingCallId, Instant now) {
        requireOpen();
        if (satisfaction < 1 || satisfaction > 5) {
            throw new DomainException(DomainException.Kind.INVALID, "Satisfaction is 1 (very dissatisfied) to 5 "
                    + "(very satisfied).", java.util.List.of(new DomainException.FieldError("satisfaction", "1 to 5")));
        }
        attempts++;
        reached = true;
        this.satisfaction = satisfaction;
        this.checklist = checklistJson;
        this.comment = comment;
        this.recordingCallId = recordingCallId;
        status = Status.DONE;
        completedAt = now;
        nextAttemptAt = null;
        reopened = satisfaction <= 2 || notFixed;
        return reopened;
    }

    private void requireOpen() {
        if (status == Status.DONE || status == Status.UNREACHABLE) {
            throw DomainException.conflict("This callback is already " + status + "; its result cannot change.");
        }
    }

    public Long id() { return id; }
    public long workOrderId() { return workOrderId; }
    public String ruleName() { return ruleName; }
    public double ratio() { return ratio; }
    public double draw() { return draw; }
    public String explanation() { return explanation; }
    public Status status() { return status; }
    public int attempts() { return attempts; }
    public Instant nextAttemptAt() { return nextAttemptAt; }
    public Instant createdAt() { return createdAt; }
    public Instant completedAt() { return completedAt; }
    public Boolean reached() { return reached; }
    public Integer satisfaction() { return satisfaction; }
    public String checklistJson() { return checklist; }
    public String comment() { return comment; }
    public String recordingCallId() { return recordingCallId; }
    public boolean reopened() { return reopened; }
}
