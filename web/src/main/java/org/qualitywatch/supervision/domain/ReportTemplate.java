package org.qualitywatch.supervision.domain;

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

/** A version of the report template of a visit type; published versions never change (reports keep theirs). */
@Entity
@Table(name = "report_template")
public class ReportTemplate {

    public enum Status { DRAFT, PUBLISHED, RETIRED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "visit_type", nullable = false)
    private VisitType visitType;

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

    @Column(name = "published_at")
    private Instant publishedAt;

    protected ReportTemplate() {
    }

    public static ReportTemplate published(VisitType type, int version, String definitionJson, String by, Instant at) {
        ReportTemplate t = new ReportTemplate();
        t.visitType = type;
        t.version = version;
        t.status = Status.PUBLISHED;
        t.definition = definitionJson;
        t.createdBy = by;
        t.createdAt = at;
        t.publishedAt = at;
        return t;
    }

    public void retire() {
        status = Status.RETIRED;
    }

    public Long id() { return id; }
    public VisitType visitType() { return visitType; }
    public int version() { return version; }
    public Status status() { return status; }
    public String definitionJson() { return definition; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant publishedAt() { return publishedAt; }
}
