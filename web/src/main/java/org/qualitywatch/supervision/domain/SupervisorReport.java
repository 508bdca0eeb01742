package org.qualitywatch.supervision.domain;

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

import java.time.Instant;
import java.util.List;

/**
 * A supervisor's report of one visit, call or observation, and its way back: staff triage it (a finding
 * becomes a supervision order to the responsible department; or it is merged with an existing case; or
 * closed with a reason), the answer goes to the supervisor, who rates it; "not satisfied" sends it back.
 */
@Entity
@Table(name = "supervisor_report")
public class SupervisorReport {

    public enum Status { DRAFT, SUBMITTED, IN_HANDLING, ANSWERED, CLOSED, DISPUTED }

    public enum Triage { FINDING, MERGED, CLOSED }

    public enum Rating { SATISFIED, DISSATISFIED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "supervisor_id", nullable = false)
    private long supervisorId;

    @Column(name = "template_id", nullable = false)
    private long templateId;

    @Enumerated(EnumType.STRING)
    @Column(name = "visit_type", nullable = false)
    private VisitType visitType;

    private String place;

    @Column(name = "visited_at")
    private Instant visitedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String answers = "{}";

    @Column(name = "overall_rating")
    private Short overallRating;

    private String narrative;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    private Triage triage;

    @Column(name = "triaged_by")
    private String triagedBy;

    @Column(name = "triaged_at")
    private Instant triagedAt;

    @Column(name = "internal_note")
    private String internalNote;

    @Column(name = "merged_complaint_id")
    private Long mergedComplaintId;

    @Column(name = "supervision_order_id")
    private Long supervisionOrderId;

    @Column(name = "answer_text")
    private String answerText;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Enumerated(EnumType.STRING)
    private Rating rating;

    @Column(name = "rating_comment")
    private String ratingComment;

    @Column(name = "rated_at")
    private Instant ratedAt;

    @Column(nullable = false)
    private long version = 1;

    protected SupervisorReport() {
    }

    public static SupervisorReport draft(long supervisorId, ReportTemplate template, Instant at) {
        SupervisorReport r = new SupervisorReport();
        r.supervisorId = supervisorId;
        r.templateId = template.id();
        r.visitType = template.visitType();
        r.status = Status.DRAFT;
        r.createdAt = at;
        return r;
    }

    /** What the supervisor fills in. */
    public record Content(String place, Instant visitedAt, String answersJson, Integer overallRating, String narrative) {
    }

    public void edit(Content c) {
        if (status != Status.DRAFT) {
            throw DomainException.conflict("This report was submitted and can no longer be changed.");
        }
        if (c.overallRating() != null && (c.overallRating() < 1 || c.overallRating() > 5)) {
            throw DomainException.invalid("The overall rating is from 1 to 5.");
        }
        if (c.narrative() != null && c.narrative().length() > 10_000) {
            throw DomainException.invalid("The narrative is at most 10,000 characters.");
        }
        place = c.place() == null ? null : c.place().strip();
        visitedAt = c.visitedAt();
        answers = c.answersJson() == null ? "{}" : c.answersJson();
        overallRating = c.overallRating() == null ? null : c.overallRating().shortValue();
        narrative = c.narrative();
        version++;
    }

    /**
     * @param problems what the template says is missing or wrong in the answers
     */
    public void submit(List<String> problems, Instant at) {
        if (status != Status.DRAFT) {
            throw DomainException.conflict("This report was submitted already.");
        }
        java.util.List<String> all = new java.util.ArrayList<>(problems);
        if (place == null || place.isBlank()) all.add("place: say where you went or which number you called");
        if (visitedAt == null) all.add("visitedAt: give the date and time of the visit");
        else if (visitedAt.isAfter(at.plusSeconds(300))) all.add("visitedAt: the visit cannot be in the future");
        if (overallRating == null) all.add("overallRating: rate the visit from 1 to 5");
        if (!all.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "The report is not complete: "
                    + String.join("; ", all) + ".", all.stream().map(p -> new DomainException.FieldError(
                    p.substring(0, p.indexOf(':')), p.substring(p.indexOf(':') + 1).strip())).toList());
        }
        status = Status.SUBMITTED;
        submittedAt = at;
        version++;
    }

    private void requireTriageable() {
        if (status != Status.SUBMITTED && status != Status.DISPUTED) {
            throw DomainException.conflict("Report " + id + " is " + status + "; it is triaged when submitted or "
                    + "sent back by the supervisor.");
        }
    }

    public void acceptAsFinding(long supervisionOrderId, String note, String by, Instant at) {
        requireTriageable();
        triage = Triage.FINDING;
        this.supervisionOrderId = supervisionOrderId;
        mark(note, by, at);
        status = Status.IN_HANDLING;
    }

    public void merge(long complaintId, String note, String by, Instant at) {
        requireTriageable();
        triage = Triage.MERGED;
        mergedComplaintId = complaintId;
        mark(note, by, at);
        status = Status.IN_HANDLING;
    }

    /** Closing with a reason answers the supervisor with that reason. */
    public void close(String reason, String by, Instant at) {
        requireTriageable();
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("Give the reason for closing; the supervisor reads it as the answer.");
        }
        triage = Triage.CLOSED;
        mark(null, by, at);
        answer(reason, at);
    }

    private void mark(String note, String by, Instant at) {
        triagedBy = by;
        triagedAt = at;
        if (note != null && !note.isBlank()) {
            internalNote = note.strip();
        }
        version++;
    }

    /** The department's (or staff's) answer reaches the supervisor. */
    public void answer(String text, Instant at) {
        if (status != Status.IN_HANDLING && status != Status.DISPUTED && !(status == Status.SUBMITTED
                && triage == Triage.CLOSED)) {
            throw DomainException.conflict("Report " + id + " is " + status + " and is not waiting for an answer.");
        }
        if (text == null || text.isBlank()) {
            throw DomainException.invalid("Write the answer for the supervisor.");
        }
        answerText = text.strip();
        answeredAt = at;
        rating = null;
        ratingComment = null;
        ratedAt = null;
        status = Status.ANSWERED;
        version++;
    }

    public void rate(Rating value, String comment, Instant at) {
        if (status != Status.ANSWERED) {
            throw DomainException.conflict("Only an answered report is rated.");
        }
        if (value == Rating.DISSATISFIED && (comment == null || comment.isBlank())) {
            throw DomainException.invalid("Say what is not satisfactory, so staff can follow it up.");
        }
        rating = value;
        ratingComment = comment == null ? null : comment.strip();
        ratedAt = at;
        status = value == Rating.SATISFIED ? Status.CLOSED : Status.DISPUTED;
        version++;
    }

    public Long id() { return id; }
    public long supervisorId() { return supervisorId; }
    public long templateId() { return templateId; }
    public VisitType visitType() { return visitType; }
    public String place() { return place; }
    public Instant visitedAt() { return visitedAt; }
    public String answersJson() { return answers; }
    public Integer overallRating() { return overallRating == null ? null : overallRating.intValue(); }
    public String narrative() { return narrative; }
    public Status status() { return status; }
    public Instant createdAt() { return createdAt; }
    public Instant submittedAt() { return submittedAt; }
    public Triage triage() { return triage; }
    public String triagedBy() { return triagedBy; }
    public Instant triagedAt() { return triagedAt; }
    public String internalNote() { return internalNote; }
    public Long mergedComplaintId() { return mergedComplaintId; }
    public Long supervisionOrderId() { return supervisionOrderId; }
    public String answerText() { return answerText; }
    public Instant answeredAt() { return answeredAt; }
    public Rating rating() { return rating; }
    public String ratingComment() { return ratingComment; }
    public Instant ratedAt() { return ratedAt; }
}
