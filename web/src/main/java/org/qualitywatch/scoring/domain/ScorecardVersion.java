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
import org.qualitywatch.shared.domain.DomainException;

import java.time.Instant;

/**
 * One version of a scorecard. A DRAFT may be rewritten; once PUBLISHED its definition never changes,
 * so every evaluation scored with it can be recomputed and explained years later.
 */
@Entity
@Table(name = "scorecard_version")
public class ScorecardVersion {

    public enum Status { DRAFT, PUBLISHED, RETIRED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "scorecard_id", nullable = false)
    private long scorecardId;

    @Column(nullable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String definition;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_by")
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected ScorecardVersion() {
    }

    public static ScorecardVersion draft(long scorecardId, int version, String definitionJson, String by, Instant at) {
        ScorecardVersion v = new ScorecardVersion();
        v.scorecardId = scorecardId;
        v.version = version;
        v.status = Status.DRAFT;
        v.definition = definitionJson;
        v.createdBy = by;
        v.createdAt = at;
        return v;
    }

    public void redraft(String definitionJson) {
        if (status != Status.DRAFT) {
            throw DomainException.conflict("Version " + version + " is " + status
                    + " and can no longer change; edit a new draft instead.");
        }
        definition = definitionJson;
    }

    public void publish(String by, Instant at) {
        if (status != Status.DRAFT) {
            throw DomainException.conflict("Only a draft can be published; version " + version + " is " + status + ".");
        }
        status = Status.PUBLISHED;
        publishedBy = by;
        publishedAt = at;
    }

    public void retire() {
        if (status == Status.PUBLISHED) {
            status = Status.RETIRED;
        }
    }

    public Long id() { return id; }
    public long scorecardId() { return scorecardId; }
    public int version() { return version; }
    public Status status() { return status; }
    public String definitionJson() { return definition; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public String publishedBy() { return publishedBy; }
    public Instant publishedAt() { return publishedAt; }
}
