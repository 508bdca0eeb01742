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

import java.math.BigDecimal;
import java.time.Instant;

/** One version of an evaluation's score: the monitor's, or a lead's decision on an appeal. Never changes. */
@Entity
@Table(name = "evaluation_score")
public class EvaluationScore {

    public enum Kind { SUBMITTED, UPHELD, ADJUSTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "evaluation_id", nullable = false)
    private long evaluationId;

    @Column(nullable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String answers;

    @Column(nullable = false)
    private BigDecimal score;

    private String grade;

    @Column(nullable = false)
    private boolean fatal;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "item_results", nullable = false)
    private String itemResults;

    @Column(name = "scored_by", nullable = false)
    private String scoredBy;

    private String reason;

    @Column(name = "scored_at", nullable = false)
    private Instant scoredAt;

    protected EvaluationScore() {
    }

    public EvaluationScore(long evaluationId, int version, Kind kind, String answersJson,
                           ScorecardDefinition.Score result, String itemResultsJson, String scoredBy, String reason,
                           Instant at) {
        this.evaluationId = evaluationId;
        this.version = version;
        this.kind = kind;
        this.answers = answersJson;
        this.score = result.score();
        this.grade = result.grade();
        this.fatal = result.fatal();
        this.itemResults = itemResultsJson;
        this.scoredBy = scoredBy;
        this.reason = reason;
        this.scoredAt = at;
    }

    public Long id() { return id; }
    public long evaluationId() { return evaluationId; }
    public int version() { return version; }
    public Kind kind() { return kind; }
    public String answersJson() { return answers; }
    public BigDecimal score() { return score; }
    public String grade() { return grade; }
    public boolean fatal() { return fatal; }
    public String itemResultsJson() { return itemResults; }
    public String scoredBy() { return scoredBy; }
    public String reason() { return reason; }
    public Instant scoredAt() { return scoredAt; }
}
