package org.qualitywatch.attachment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A file attached to something (a complaint, a supervision order, a supervisor's report). */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_type", nullable = false)
    private String ownerType;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "storage_key", nullable = false)
    private String storageKey;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Attachment() {
    }

    public Attachment(String ownerType, long ownerId, String fileName, ContentType type, long size, String sha256,
                      String storageKey, String by, Instant at) {
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        this.fileName = fileName;
        this.contentType = type.name();
        this.sizeBytes = size;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    public Long id() { return id; }
    public String ownerType() { return ownerType; }
    public long ownerId() { return ownerId; }
    public String fileName() { return fileName; }
    public ContentType type() { return ContentType.valueOf(contentType); }
    public long sizeBytes() { return sizeBytes; }
    public String sha256() { return sha256; }
    public String storageKey() { return storageKey; }
    public String uploadedBy() { return uploadedBy; }
    public Instant uploadedAt() { return uploadedAt; }
}
