package org.qualitywatch.supervision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A decision of a meeting and how it is followed up (often a supervision order). */
@Entity
@Table(name = "meeting_action")
public class MeetingAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String decision;

    @Column(name = "follow_up")
    private String followUp;

    @Column(name = "supervision_order_id")
    private Long supervisionOrderId;

    protected MeetingAction() {
    }

    public MeetingAction(String decision, String followUp, Long supervisionOrderId) {
        this.decision = decision;
        this.followUp = followUp;
        this.supervisionOrderId = supervisionOrderId;
    }

    public Long id() { return id; }
    public String decision() { return decision; }
    public String followUp() { return followUp; }
    public Long supervisionOrderId() { return supervisionOrderId; }
}
