package org.qualitywatch.scoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A remark pinned to a moment of the call (and optionally to a scorecard item); click to hear it. */
@Entity
@Table(name = "evaluation_comment")
public class EvaluationComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "evaluation_id", nullable = false)
    private long evaluationId;

    @Column(name = "at_seconds")
    private Double atSeconds;

    @Column(name = "item_code")
    private String itemCode;

    @Column(nullable = false)
    private String text;

    @Column(nullable = false)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected EvaluationComment() {
    }

    public EvaluationComment(long evaluationId, Double atSeconds, String itemCode, String text, String author,
                             Instant at) {
        this.evaluationId = evaluationId;
        this.atSeconds = atSeconds;
        this.itemCode = itemCode;
        this.text = text;
        this.author = author;
        this.createdAt = at;
    }

    public Long id() { return id; }
    public long evaluationId() { return evaluationId; }
    public Double atSeconds() { return atSeconds; }
    public String itemCode() { return itemCode; }
    public String text() { return text; }
    public String author() { return author; }
    public Instant createdAt() { return createdAt; }
}
