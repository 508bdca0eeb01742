package org.qualitywatch.complaint.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.qualitywatch.shared.domain.DomainException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One complaint case from one source, identified by (source, external reference). What the source says
 * may be updated by a later message of the source (kept as history); what handlers do is a lifecycle of
 * {@link ComplaintAction}s, each an event.
 */
@Entity
@Table(name = "complaint")
public class Complaint {

    public enum Urgency { NORMAL, URGENT, EMERGENCY }

    public enum Satisfaction { SATISFIED, BASICALLY_SATISFIED, DISSATISFIED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String source;

    @Column(name = "external_ref", nullable = false)
    private String externalRef;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "complainant_name")
    private String complainantName;

    @Column(name = "complainant_phone")
    private String complainantPhone;

    @Column(name = "customer_id")
    private String customerId;

    @Column(name = "business_line")
    private String businessLine;

    private String category1;
    private String category2;
    private String category3;
    private String district;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Urgency urgency = Urgency.NORMAL;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ComplaintStatus status;

    @Column(nullable = false)
    private boolean escalated;

    @Column(name = "responsible_department")
    private String responsibleDepartment;

    @Column(name = "responsible_person")
    private String responsiblePerson;

    @Column(name = "responsibility_note")
    private String responsibilityNote;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "replied_at")
    private Instant repliedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "reopened_at")
    private Instant reopenedAt;

    @Column(name = "reply_text")
    private String replyText;

    @Column(name = "reply_signed_by")
    private String replySignedBy;

    @Enumerated(EnumType.STRING)
    private Satisfaction satisfaction;

    @Column(name = "refund_amount")
    private BigDecimal refundAmount;

    @Column(name = "acknowledge_due")
    private Instant acknowledgeDue;

    @Column(name = "respond_due")
    private Instant respondDue;

    @Column(name = "resolve_due")
    private Instant resolveDue;

    @Column(name = "reply_due")
    private Instant replyDue;

    @Column(name = "external_due")
    private Instant externalDue;

    @Column(name = "next_due_at")
    private Instant nextDueAt;

    @Column(name = "next_due_stage")
    private String nextDueStage;

    @Column(name = "warning_level", nullable = false)
    private short warningLevel;

    @Column(name = "repeat_of")
    private Long repeatOf;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "work_orders", nullable = false)
    private String[] workOrders = new String[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "call_ids", nullable = false)
    private String[] callIds = new String[0];

    @Column(name = "content_hash")
    private String contentHash;

    @Column(nullable = false)
    private long version = 1;

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("at, id")
    private List<ComplaintEvent> events = new ArrayList<>();

    protected Complaint() {
    }

    /** What a source says about a case; also an import row. */
    public record Facts(String source, String externalRef, Instant receivedAt, String complainantName,
                        String complainantPhone, String customerId, String businessLine, String category1,
                        String category2, String category3, String district, String description, Urgency urgency,
                        Instant externalDue, List<String> workOrders, List<String> callIds) {
        public Facts {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(externalRef, "externalRef");
            Objects.requireNonNull(receivedAt, "receivedAt");
            urgency = urgency == null ? Urgency.NORMAL : urgency;
        }
    }

    public static Complaint receive(Facts facts, ComplaintSource source, String actor) {
        Complaint c = new Complaint();
        c.source = source.code();
        c.externalRef = facts.externalRef();
        c.status = ComplaintStatus.RECEIVED;
        c.escalated = source.external();
        c.apply(facts);
        c.record(facts.receivedAt(), ComplaintEvent.Kind.RECEIVED, actor, source.name(), null);
        return c;
    }

    /** A later message of the source about the same case: the facts are replaced and the change recorded. */
    public void updateFromSource(Facts facts, String actor, Instant at, String changes) {
        apply(facts);
        record(at, ComplaintEvent.Kind.UPDATED_BY_SOURCE, actor, changes, null);
    }

    private void apply(Facts f) {
        receivedAt = f.receivedAt();
        complainantName = f.complainantName();
        complainantPhone = f.complainantPhone();
        customerId = f.customerId();
        businessLine = f.businessLine();
        category1 = f.category1();
        category2 = f.category2();
        category3 = f.category3();
        district = f.district();
        description = f.description();
        urgency = f.urgency();
        externalDue = f.externalDue();
        workOrders = f.workOrders() == null ? new String[0] : f.workOrders().toArray(String[]::new);
        callIds = f.callIds() == null ? new String[0] : f.callIds().toArray(String[]::new);
        version++;
    }

    /** The handler's input to an action; only what the action needs is read. */
    public record Step(ComplaintAction action, String note, String department, String person, String replyText,
                       String signedBy, Satisfaction satisfaction, BigDecimal refund) {
    }

    /**
     * Performs an action.
     *
     * @throws DomainException conflict when not allowed now (naming what is), invalid when input is missing
     */
    public void perform(Step step, String actor, Instant at) {
        ComplaintAction action = step.action();
        if (!action.allowedFrom(status)) {
            throw DomainException.conflict("Complaint " + externalRef + " is " + status + ", so you cannot "
                    + action.description() + " now. Allowed now: " + allowedActions() + ".");
        }
        switch (action) {
            case ACKNOWLEDGE -> {
                acknowledgedAt = at;
                status = ComplaintStatus.ACKNOWLEDGED;
                record(at, ComplaintEvent.Kind.ACKNOWLEDGED, actor, step.note(), null);
            }
            case ASSIGN -> {
                require(step.department(), "department", "Name the responsible department (责任部门).");
                String before = responsibleDepartment;
                responsibleDepartment = step.department().strip();
                responsiblePerson = blankToNull(step.person());
                responsibilityNote = blankToNull(step.note());
                if (acknowledgedAt == null) {
                    acknowledgedAt = at;
                }
                status = ComplaintStatus.IN_PROGRESS;
                record(at, ComplaintEvent.Kind.ASSIGNED, actor, (before == null ? "" : before + " → ")
                        + responsibleDepartment + (responsiblePerson == null ? "" : " / " + responsiblePerson)
                        + (step.note() == null ? "" : "：" + step.note()), null);
            }
            case LOG -> {
                require(step.note(), "note", "Write what was done.");
                record(at, ComplaintEvent.Kind.LOGGED, actor, step.note(), null);
            }
            case RESPOND -> {
                respondedAt = at;
                record(at, ComplaintEvent.Kind.RESPONDED, actor, step.note(), null);
            }
            case RESOLVE -> {
                require(step.note(), "note", "Say how the matter was resolved.");
                if (step.refund() != null && step.refund().signum() < 0) {
                    throw DomainException.invalid("A refund is 0 or more (投诉退费), not " + step.refund() + ".");
                }
                resolvedAt = at;
                if (respondedAt == null) {
                    respondedAt = at;
                }
                refundAmount = step.refund();
                satisfaction = step.satisfaction() == null ? satisfaction : step.satisfaction();
                status = ComplaintStatus.RESOLVED;
                record(at, ComplaintEvent.Kind.RESOLVED, actor, step.note().strip()
                        + (step.refund() == null ? "" : "（退费 " + step.refund() + " 元）"), null);
            }
            case REPLY -> {
                require(step.replyText(), "replyText", "Write the reply to the source.");
                require(step.signedBy(), "signedBy", "Say who signed the reply (签发人).");
                replyText = step.replyText().strip();
                replySignedBy = step.signedBy().strip();
                repliedAt = at;
                status = ComplaintStatus.REPLIED;
                record(at, ComplaintEvent.Kind.REPLIED, actor, replyText, null);
            }
            case CLOSE -> {
                satisfaction = step.satisfaction() == null ? satisfaction : step.satisfaction();
                closedAt = at;
                status = ComplaintStatus.CLOSED;
                String note = blankToNull(step.note());
                String rating = satisfaction == null ? null : "（" + satisfaction + "）";
                record(at, ComplaintEvent.Kind.CLOSED, actor, note == null ? rating
                        : note + (rating == null ? "" : rating), null);
            }
            case REOPEN -> {
                require(step.note(), "note", "Give the reason to reopen.");
                reopenedAt = at;
                resolvedAt = null;
                repliedAt = null;
                closedAt = null;
                status = ComplaintStatus.IN_PROGRESS;
                record(at, ComplaintEvent.Kind.REOPENED, actor, step.note(), null);
            }
        }
        version++;
    }

    private static void require(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw new DomainException(DomainException.Kind.INVALID, message,
                    List.of(new DomainException.FieldError(field, "required")));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public List<ComplaintAction> allowedActions() {
        return Arrays.stream(ComplaintAction.values()).filter(a -> a.allowedFrom(status)).toList();
    }

    public void linkRepeat(Complaint earlier, Instant at) {
        repeatOf = earlier.id();
        record(at, ComplaintEvent.Kind.REPEAT_LINKED, "system", "重复投诉：与 " + earlier.source() + " "
                + earlier.externalRef() + " 相同投诉人和分类", null);
    }

    /** Keeps the due times on the row for lists, and the next running clock; resets the warning when the stage moves. */
    public void schedule(List<ComplaintDeadlines.Due> dues) {
        acknowledgeDue = due(dues, ComplaintDeadlines.Stage.ACKNOWLEDGE);
        respondDue = due(dues, ComplaintDeadlines.Stage.RESPOND);
        resolveDue = due(dues, ComplaintDeadlines.Stage.RESOLVE);
        replyDue = due(dues, ComplaintDeadlines.Stage.REPLY);
        Optional<ComplaintDeadlines.Due> next = status == ComplaintStatus.CLOSED ? Optional.empty()
                : ComplaintDeadlines.next(dues);
        Instant nextAt = next.map(ComplaintDeadlines.Due::dueAt).orElse(null);
        String stage = next.map(d -> d.stage().name()).orElse(null);
        if (!Objects.equals(stage, nextDueStage) || !Objects.equals(nextAt, nextDueAt)) {
            nextDueAt = nextAt;
            nextDueStage = stage;
            warningLevel = 0;
            version++;
        }
    }

    private static Instant due(List<ComplaintDeadlines.Due> dues, ComplaintDeadlines.Stage stage) {
        return dues.stream().filter(d -> d.stage() == stage).map(ComplaintDeadlines.Due::dueAt).findFirst().orElse(null);
    }

    /**
     * Raises the warning level of the running stage (1 near, 2 passed) and records it; a level is raised once.
     *
     * @return whether the level went up
     */
    public boolean warn(int level, Instant at) {
        if (level <= warningLevel) {
            return false;
        }
        warningLevel = (short) level;
        record(at, level >= 2 ? ComplaintEvent.Kind.DEADLINE_PASSED : ComplaintEvent.Kind.DEADLINE_NEAR, "system",
                nextDueStage + " 时限 " + nextDueAt, null);
        version++;
        return true;
    }

    public void recordSupervision(String number, String actor, Instant at) {
        record(at, ComplaintEvent.Kind.SUPERVISION_ISSUED, actor, "督办单 " + number, null);
        version++;
    }

    private void record(Instant at, ComplaintEvent.Kind kind, String actor, String note, String data) {
        events.add(new ComplaintEvent(this, at, kind, actor, note, data));
    }

    public boolean matchesContent(String hash) {
        return Objects.equals(contentHash, hash);
    }

    public void rememberContent(String hash) {
        contentHash = hash;
    }

    public Long id() { return id; }
    public String source() { return source; }
    public String externalRef() { return externalRef; }
    public Instant receivedAt() { return receivedAt; }
    public String complainantName() { return complainantName; }
    public String complainantPhone() { return complainantPhone; }
    public String customerId() { return customerId; }
    public String businessLine() { return businessLine; }
    public List<String> category() {
        List<String> path = new ArrayList<>();
        for (String c : new String[]{category1, category2, category3}) {
            if (c != null) path.add(c);
        }
        return path;
    }
    public String category1() { return category1; }
    public String district() { return district; }
    public String description() { return description; }
    public Urgency urgency() { return urgency; }
    public ComplaintStatus status() { return status; }
    public boolean escalated() { return escalated; }
    public String responsibleDepartment() { return responsibleDepartment; }
    public String responsiblePerson() { return responsiblePerson; }
    public String responsibilityNote() { return responsibilityNote; }
    public Instant acknowledgedAt() { return acknowledgedAt; }
    public Instant respondedAt() { return respondedAt; }
    public Instant resolvedAt() { return resolvedAt; }
    public Instant repliedAt() { return repliedAt; }
    public Instant closedAt() { return closedAt; }
    public Instant reopenedAt() { return reopenedAt; }
    public String replyText() { return replyText; }
    public String replySignedBy() { return replySignedBy; }
    public Satisfaction satisfaction() { return satisfaction; }
    public BigDecimal refundAmount() { return refundAmount; }
    public Instant acknowledgeDue() { return acknowledgeDue; }
    public Instant respondDue() { return respondDue; }
    public Instant resolveDue() { return resolveDue; }
    public Instant replyDue() { return replyDue; }
    public Instant externalDue() { return externalDue; }
    public Instant nextDueAt() { return nextDueAt; }
    public String nextDueStage() { return nextDueStage; }
    public int warningLevel() { return warningLevel; }
    public Long repeatOf() { return repeatOf; }
    public List<String> workOrders() { return workOrders == null ? List.of() : Arrays.asList(workOrders); }
    public List<String> callIds() { return callIds == null ? List.of() : Arrays.asList(callIds); }
    public long version() { return version; }
    public List<ComplaintEvent> events() { return List.copyOf(events); }
}
