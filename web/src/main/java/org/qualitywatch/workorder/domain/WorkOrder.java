package org.qualitywatch.workorder.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.qualitywatch.shared.domain.DomainException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One customer request from acceptance to archive. The first receiver is fixed at acceptance and
 * stays accountable whatever department handles the order (首问负责制); every stage and hand-off
 * is kept as an event.
 */
@Entity
@Table(name = "work_order")
// every insert and update queues the search document: one choke point, no caller can forget it
@EntityListeners(org.qualitywatch.workorder.infrastructure.WorkOrderIndexing.class)
public class WorkOrder {

    public enum Channel { PHONE, WEB, WALK_IN, EXTERNAL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String source;

    @Column(nullable = false)
    private String number;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Column(name = "customer_id")
    private String customerId;

    @Column(name = "customer_phone")
    private String customerPhone;

    @Column(name = "business_line")
    private String businessLine;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WorkOrderType type;

    private String category1;
    private String category2;
    private String category3;
    private String district;
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WorkOrderStatus status;

    @Column(name = "accepted_at", nullable = false)
    private Instant acceptedAt;

    @Column(name = "first_receiver_agent_id")
    private String firstReceiverAgentId;

    @Column(name = "first_receiver_name")
    private String firstReceiverName;

    private String department;

    @Column(name = "dispatched_at")
    private Instant dispatchedAt;

    @Column(name = "contacted_at")
    private Instant contactedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "called_back_at")
    private Instant calledBackAt;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "customer_informed_at")
    private Instant customerInformedAt;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "call_ids", nullable = false)
    private String[] callIds = new String[0];

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "due_stage")
    private String dueStage;

    @Column(name = "content_hash")
    private String contentHash;

    @Column(nullable = false)
    private long version = 1;

    /** Acceptance time as the database has it, so a move to another month can be indexed. */
    @Transient
    private Instant storedAcceptedAt;

    @OneToMany(mappedBy = "workOrder", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("at, id")
    private List<WorkOrderEvent> events = new ArrayList<>();

    protected WorkOrder() {
    }

    /** What the call center says about an order; also the shape of an import row. */
    public record Facts(String source, String number, Channel channel, String customerId, String customerPhone,
                        String businessLine, WorkOrderType type, String category1, String category2, String category3,
                        String district, String description, Instant acceptedAt, String firstReceiverAgentId,
                        String firstReceiverName, List<String> callIds) {
    }

    public static WorkOrder accept(Facts facts, String actor) {
        WorkOrder order = new WorkOrder();
        order.source = facts.source();
        order.number = facts.number();
        order.status = WorkOrderStatus.ACCEPTED;
        order.apply(facts);
        order.record(facts.acceptedAt(), WorkOrderEvent.Kind.ACCEPTED, actor, null, null, null, null);
        return order;
    }

    /** Facts that may be corrected by a later export of the same order. */
    public void apply(Facts facts) {
        channel = facts.channel();
        customerId = facts.customerId();
        customerPhone = facts.customerPhone();
        businessLine = facts.businessLine();
        type = facts.type();
        category1 = facts.category1();
        category2 = facts.category2();
        category3 = facts.category3();
        district = facts.district();
        description = facts.description();
        acceptedAt = facts.acceptedAt();
        firstReceiverAgentId = facts.firstReceiverAgentId();
        firstReceiverName = facts.firstReceiverName();
        callIds = facts.callIds() == null ? new String[0] : facts.callIds().toArray(String[]::new);
        version++;
    }

    /**
     * Performs an action of the lifecycle.
     *
     * @throws DomainException (conflict) when the action is not allowed in the current status, with
     *                         what is allowed instead
     */
    public void perform(WorkOrderAction action, String actor, String toDepartment, String reason, String note,
                        Instant at) {
        if (!action.allowedFrom(status)) {
            throw DomainException.conflict("Work order " + number + " is " + status + ", so you cannot "
                    + action.description() + " now. Allowed now: " + allowedActions() + ".");
        }
        if (action.needsDepartment() && (toDepartment == null || toDepartment.isBlank())) {
            throw new DomainException(DomainException.Kind.INVALID, "Name the department to " + action.description()
                    + " to.", List.of(new DomainException.FieldError("department", "required for " + action)));
        }
        if ((action == WorkOrderAction.TRANSFER || action == WorkOrderAction.REOPEN) && (reason == null || reason.isBlank())) {
            throw new DomainException(DomainException.Kind.INVALID, "Give the reason to " + action.description() + ".",
                    List.of(new DomainException.FieldError("reason", "required for " + action)));
        }
        if (action == WorkOrderAction.TRANSFER && Objects.equals(toDepartment, department)) {
            throw DomainException.conflict("Work order " + number + " is already with " + department + ".");
        }
        String from = department;
        switch (action) {
            case PRE_PROCESS -> {
                // answered on the call: the request is resolved now, which stops its clocks
                resolvedAt = at;
                record(at, WorkOrderEvent.Kind.PRE_PROCESSED, actor, null, null, reason, note);
            }
            case DISPATCH -> {
                department = toDepartment;
                dispatchedAt = at;
                record(at, WorkOrderEvent.Kind.DISPATCHED, actor, null, toDepartment, reason, note);
            }
            case TRANSFER -> {
                department = toDepartment;
                dispatchedAt = at;
                contactedAt = null;
                record(at, WorkOrderEvent.Kind.TRANSFERRED, actor, from, toDepartment, reason, note);
            }
            case CONTACT -> {
                contactedAt = at;
                record(at, WorkOrderEvent.Kind.CONTACTED, actor, null, null, reason, note);
            }
            case RESOLVE -> {
                resolvedAt = at;
                record(at, WorkOrderEvent.Kind.RESOLVED, actor, null, null, reason, note);
            }
            case CALL_BACK -> {
                calledBackAt = at;
                record(at, WorkOrderEvent.Kind.CALLED_BACK, actor, null, null, reason, note);
            }
            case ARCHIVE -> {
                archivedAt = at;
                record(at, WorkOrderEvent.Kind.ARCHIVED, actor, null, null, reason, note);
            }
            case REOPEN -> {
                department = toDepartment;
                dispatchedAt = at;
                contactedAt = null;
                resolvedAt = null;
                calledBackAt = null;
                archivedAt = null;
                customerInformedAt = null;
                record(at, WorkOrderEvent.Kind.REOPENED, actor, from, toDepartment, reason, note);
            }
            case CHASE -> record(at, WorkOrderEvent.Kind.CHASED, actor, null, department, reason, note);
            case INFORM_CUSTOMER -> {
                customerInformedAt = at;
                record(at, WorkOrderEvent.Kind.CUSTOMER_INFORMED, actor, null, null, reason, note);
            }
        }
        status = action.leadsTo(status);
        version++;
    }

    /** How far the call-center system says the order got (a row of its export). */
    public record SourceProgress(WorkOrderStatus status, String department, Instant dispatchedAt, Instant resolvedAt) {
    }

    /**
     * Brings the order up to what the source system reports, recording each stage it passed as an
     * event by {@code actor}. The source never moves an order backwards here: a reopening is an
     * action of its own.
     *
     * @return true when anything changed
     */
    public boolean catchUp(SourceProgress progress, String actor, Instant now) {
        boolean changed = false;
        WorkOrderStatus target = progress.status();
        if (target == WorkOrderStatus.PRE_PROCESSED && status == WorkOrderStatus.ACCEPTED) {
            perform(WorkOrderAction.PRE_PROCESS, actor, null, null, "resolved on the call (call-center export)", acceptedAt);
            return true;
        }
        boolean beyondDispatch = target.ordinal() >= WorkOrderStatus.DISPATCHED.ordinal()
                && target != WorkOrderStatus.PRE_PROCESSED;
        if (beyondDispatch && status == WorkOrderStatus.ACCEPTED && progress.department() != null) {
            perform(WorkOrderAction.DISPATCH, actor, progress.department(), null, null,
                    progress.dispatchedAt() != null ? progress.dispatchedAt() : acceptedAt);
            changed = true;
        } else if (beyondDispatch && progress.department() != null && department != null
                && !progress.department().equals(department) && WorkOrderAction.TRANSFER.allowedFrom(status)) {
            perform(WorkOrderAction.TRANSFER, actor, progress.department(), "changed in the call-center system", null,
                    progress.dispatchedAt() != null ? progress.dispatchedAt() : now);
            changed = true;
        }
        boolean returned = target == WorkOrderStatus.RESOLVED || target == WorkOrderStatus.CALLED_BACK
                || target == WorkOrderStatus.ARCHIVED;
        if (returned && (status == WorkOrderStatus.DISPATCHED || status == WorkOrderStatus.CONTACTED)) {
            // the export knows the return receipt but not the contact: the receipt stands for both
            Instant at = progress.resolvedAt() != null ? progress.resolvedAt() : now;
            resolvedAt = at;
            record(at, WorkOrderEvent.Kind.RESOLVED, actor, null, null, null, "return receipt (call-center export)");
            status = WorkOrderStatus.RESOLVED;
            version++;
            changed = true;
        }
        if (target == WorkOrderStatus.ARCHIVED && WorkOrderAction.ARCHIVE.allowedFrom(status)) {
            perform(WorkOrderAction.ARCHIVE, actor, null, null, null,
                    progress.resolvedAt() != null ? progress.resolvedAt() : now);
            changed = true;
        }
        return changed;
    }

    public List<WorkOrderAction> allowedActions() {
        return Arrays.stream(WorkOrderAction.values()).filter(a -> a.allowedFrom(status)).toList();
    }

    private void record(Instant at, WorkOrderEvent.Kind kind, String actor, String from, String to, String reason,
                        String note) {
        events.add(new WorkOrderEvent(this, at, kind, actor, from, to, reason, note));
    }

    /** Keeps the next running stage clock on the order (none once every clock has stopped). */
    public void scheduleNext(java.util.Optional<StageDeadlines.StageDeadline> next) {
        Instant due = next.map(StageDeadlines.StageDeadline::dueAt).orElse(null);
        String stage = next.map(d -> d.stage().name()).orElse(null);
        if (!Objects.equals(due, dueAt) || !Objects.equals(stage, dueStage)) {
            dueAt = due;
            dueStage = stage;
            // the search index keeps the highest version: a new due time must be a new version
            version++;
        }
    }

    /** A new version with unchanged content, so a rebuilt search document replaces what is indexed. */
    public void touchForReindex() {
        version++;
    }

    @PostLoad
    @PostPersist
    @PostUpdate
    void rememberStoredAcceptance() {
        storedAcceptedAt = acceptedAt;
    }

    /** Acceptance time as last read from or written to the database (null before the first write). */
    public Instant storedAcceptedAt() {
        return storedAcceptedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public String dueStage() {
        return dueStage;
    }

    public boolean matchesContent(String hash) {
        return Objects.equals(contentHash, hash);
    }

    public void rememberContent(String hash) {
        contentHash = hash;
    }

    public Long id() { return id; }
    public String source() { return source; }
    public String number() { return number; }
    public Channel channel() { return channel; }
    public String customerId() { return customerId; }
    public String customerPhone() { return customerPhone; }
    public String businessLine() { return businessLine; }
    public WorkOrderType type() { return type; }
    public List<String> category() {
        List<String> path = new ArrayList<>();
        for (String c : new String[]{category1, category2, category3}) {
            if (c != null) path.add(c);
        }
        return path;
    }
    public String district() { return district; }
    public String description() { return description; }
    public WorkOrderStatus status() { return status; }
    public Instant acceptedAt() { return acceptedAt; }
    public String firstReceiverAgentId() { return firstReceiverAgentId; }
    public String firstReceiverName() { return firstReceiverName; }
    public String department() { return department; }
    public Instant dispatchedAt() { return dispatchedAt; }
    public Instant contactedAt() { return contactedAt; }
    public Instant resolvedAt() { return resolvedAt; }
    public Instant calledBackAt() { return calledBackAt; }
    public Instant archivedAt() { return archivedAt; }
    public Instant customerInformedAt() { return customerInformedAt; }
    public List<String> callIds() { return callIds == null ? List.of() : Arrays.asList(callIds); }
    public long version() { return version; }
    public List<WorkOrderEvent> events() { return List.copyOf(events); }
}
