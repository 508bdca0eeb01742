package org.qualitywatch.workorder.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** One step in a work order's history: a stage reached, a hand-off, a chase, a reopening. */
@Entity
@Table(name = "work_order_event")
public class WorkOrderEvent {

    public enum Kind {
        ACCEPTED, PRE_PROCESSED, DISPATCHED, TRANSFERRED, CONTACTED, RESOLVED, CALLED_BACK, ARCHIVED, REOPENED, CHASED,
        CUSTOMER_INFORMED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "work_order_id")
    private WorkOrder workOrder;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind kind;

    private String actor;

    @Column(name = "from_department")
    private String fromDepartment;

    @Column(name = "to_department")
    private String toDepartment;

    private String reason;

    private String note;

    protected WorkOrderEvent() {
    }

    WorkOrderEvent(WorkOrder workOrder, Instant at, Kind kind, String actor, String fromDepartment, String toDepartment,
                   String reason, String note) {
        this.workOrder = workOrder;
        this.at = at;
        this.kind = kind;
        this.actor = actor;
        this.fromDepartment = fromDepartment;
        this.toDepartment = toDepartment;
        this.reason = reason;
        this.note = note;
    }

    public Long id() { return id; }
    public Instant at() { return at; }
    public Kind kind() { return kind; }
    public String actor() { return actor; }
    public String fromDepartment() { return fromDepartment; }
    public String toDepartment() { return toDepartment; }
    public String reason() { return reason; }
    public String note() { return note; }
}
