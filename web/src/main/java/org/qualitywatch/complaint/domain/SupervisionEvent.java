package org.qualitywatch.complaint.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One step of a supervision order: issued, replied (with the text), accepted, sent back, overdue. */
@Entity
@Table(name = "supervision_event")
public class SupervisionEvent {

    public enum Kind { ISSUED, REPLIED, ACCEPTED, RETURNED, DEADLINE_NEAR, DEADLINE_PASSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "supervision_order_id", nullable = false)
    private long supervisionOrderId;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String actor;

    private String text;

    protected SupervisionEvent() {
    }

    public SupervisionEvent(long orderId, Instant at, Kind kind, String actor, String text) {
        this.supervisionOrderId = orderId;
        this.at = at;
        this.kind = kind.name();
        this.actor = actor;
        this.text = text;
    }

    public Long id() { return id; }
    public long supervisionOrderId() { return supervisionOrderId; }
    public Instant at() { return at; }
    public String kind() { return kind; }
    public String actor() { return actor; }
    public String text() { return text; }
}
