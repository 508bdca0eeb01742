package org.qualitywatch.scoring.domain;

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

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A call kept for team playback sessions: an exemplary call (范例) or a lesson (反面案例), with notes. */
@Entity
@Table(name = "teaching_case")
public class TeachingCase {

    public enum Kind { EXEMPLARY, LESSON }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recording_id", nullable = false)
    private long recordingId;

    @Column(name = "call_id", nullable = false)
    private String callId;

    @Column(name = "evaluation_id")
    private Long evaluationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String title;

    private String notes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private String[] tags = new String[0];

    @Column(name = "marked_by", nullable = false)
    private String markedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TeachingCase() {
    }

    public TeachingCase(long recordingId, String callId, Long evaluationId, Kind kind, String title, String notes,
                        List<String> tags, String markedBy, Instant at) {
        this.recordingId = recordingId;
        this.callId = callId;
        this.evaluationId = evaluationId;
        this.kind = kind;
        this.title = title;
        this.notes = notes;
        this.tags = tags == null ? new String[0] : tags.toArray(String[]::new);
        this.markedBy = markedBy;
        this.createdAt = at;
    }

    public Long id() { return id; }
    public long recordingId() { return recordingId; }
    public String callId() { return callId; }
    public Long evaluationId() { return evaluationId; }
    public Kind kind() { return kind; }
    public String title() { return title; }
    public String notes() { return notes; }
    public List<String> tags() { return tags == null ? List.of() : Arrays.asList(tags); }
    public String markedBy() { return markedBy; }
    public Instant createdAt() { return createdAt; }
}
