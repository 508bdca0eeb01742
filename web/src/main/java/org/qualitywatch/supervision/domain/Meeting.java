package org.qualitywatch.supervision.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A supervisors' meeting (监督员座谈会) with its minutes and the decisions to follow up. */
@Entity
@Table(name = "supervisor_meeting")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false)
    private String title;

    private String attendees;

    @Column(nullable = false)
    private String minutes;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "meeting_id", nullable = false)
    @OrderBy("id")
    private List<MeetingAction> actions = new ArrayList<>();

    protected Meeting() {
    }

    public Meeting(LocalDate heldOn, String title, String attendees, String minutes, List<MeetingAction> actions,
                   String by, Instant at) {
        this.heldOn = heldOn;
        this.title = title;
        this.attendees = attendees;
        this.minutes = minutes;
        this.actions.addAll(actions);
        this.createdBy = by;
        this.createdAt = at;
    }

    public Long id() { return id; }
    public LocalDate heldOn() { return heldOn; }
    public String title() { return title; }
    public String attendees() { return attendees; }
    public String minutes() { return minutes; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public List<MeetingAction> actions() { return List.copyOf(actions); }
}
