package org.qualitywatch.complaint.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** One entry of a complaint's history: received, updated by its source, acknowledged, assigned, replied... */
@Entity
@Table(name = "complaint_event")
public class ComplaintEvent {

    public enum Kind { RECEIVED, UPDATED_BY_SOURCE, ACKNOWLEDGED, ASSIGNED, LOGGED, RESPONDED, RESOLVED, REPLIED,
        CLOSED, REOPENED, DEADLINE_NEAR, DEADLINE_PASSED, REPEAT_LINKED, SUPERVISION_ISSUED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String kind;

    private String actor;
    private String note;

    @JdbcTypeCode(SqlTypes.JSON)
    private String data;

    protected ComplaintEvent() {
    }

    ComplaintEvent(Complaint complaint, Instant at, Kind kind, String actor, String note, String data) {
        this.complaint = complaint;
        this.at = at;
        this.kind = kind.name();
        this.actor = actor;
        this.note = note;
        this.data = data;
    }

    public Long id() { return id; }
    public Instant at() { return at; }
    public String kind() { return kind; }
    public String actor() { return actor; }
    public String note() { return note; }
    public String data() { return data; }
}
