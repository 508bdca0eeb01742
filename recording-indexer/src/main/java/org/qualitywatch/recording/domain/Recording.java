package org.qualitywatch.recording.domain;

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

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One call's recording: what the recording system said about the call, where its audio is, how far
 * it got on its way to search, and the analysis results. {@code version} grows with every change
 * that alters the search document; Elasticsearch keeps the highest version it was sent.
 */
@Entity
@Table(name = "recording")
public class Recording {

    public enum IngestChannel { DROP_FOLDER, UPLOAD, BACKFILL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "source_system", nullable = false)
    private String sourceSystem;

    @Column(name = "call_id", nullable = false)
    private String callId;

    @Column(name = "audio_sha256")
    private String audioSha256;

    @Column(name = "audio_size")
    private Long audioSize;

    @Column(name = "original_name")
    private String originalName;

    @Column(name = "agent_id")
    private String agentId;

    private String team;

    @Enumerated(EnumType.STRING)
    private Direction direction;

    @Column(name = "caller_number")
    private String callerNumber;

    @Column(name = "callee_number")
    private String calleeNumber;

    private String skill;

    @Column(name = "business_line")
    private String businessLine;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "work_orders", nullable = false)
    private String[] workOrders = new String[0];

    private Integer satisfaction;

    @Column(name = "satisfaction_channel")
    private String satisfactionChannel;

    @JdbcTypeCode(SqlTypes.JSON)
    private String transcript;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecordingStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "quarantine_code")
    private QuarantineCode quarantineCode;

    @Column(name = "quarantine_reason")
    private String quarantineReason;

    @Column(name = "conflict_with")
    private Long conflictWith;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @JdbcTypeCode(SqlTypes.JSON)
    private String analysis;

    @Enumerated(EnumType.STRING)
    @Column(name = "ingest_channel", nullable = false)
    private IngestChannel ingestChannel;

    @Column(name = "ingest_reference")
    private String ingestReference;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "analysed_at")
    private Instant analysedAt;

    @Column(name = "indexed_at")
    private Instant indexedAt;

    @Column(nullable = false)
    private long version = 1;

    @Column(name = "indexed_version", nullable = false)
    private long indexedVersion;

    protected Recording() {
    }

    /** A recording whose audio is stored and whose metadata is sound: next comes analysis. */
    public static Recording received(CallMetadata metadata, String transcriptJson, StoredAudio audio,
                                     String originalName, IngestChannel channel, String reference, Instant now) {
        Recording r = new Recording();
        r.apply(metadata, transcriptJson);
        r.audioSha256 = audio.sha256();
        r.audioSize = audio.size();
        r.originalName = originalName;
        r.ingestChannel = channel;
        r.ingestReference = reference;
        r.receivedAt = now;
        r.status = RecordingStatus.RECEIVED;
        r.nextAttemptAt = now;
        return r;
    }

    /**
     * A recording set aside on arrival; the audio, when there is any, is kept. A call id that is
     * missing or unusable is replaced by a generated one so the row can be found and fixed.
     */
    public static Recording quarantinedOnArrival(CallMetadata metadata, String transcriptJson, StoredAudio audio,
                                                 String originalName, IngestChannel channel, String reference,
                                                 QuarantineCode code, String reason, Instant now) {
        Recording r = new Recording();
        r.apply(metadata, transcriptJson);
        if (r.callId == null || r.callId.isBlank() || r.callId.length() > 128) {
            r.callId = "unidentified-" + UUID.randomUUID();
        }
        if (audio != null) {
            r.audioSha256 = audio.sha256();
            r.audioSize = audio.size();
        }
        r.originalName = originalName;
        r.ingestChannel = channel;
        r.ingestReference = reference;
        r.receivedAt = now;
        r.status = RecordingStatus.QUARANTINED;
        r.quarantineCode = code;
        r.quarantineReason = reason;
        return r;
    }

    private void apply(CallMetadata m, String transcriptJson) {
        sourceSystem = m.sourceSystem();
        callId = m.callId();
        agentId = m.agentId();
        team = m.team();
        direction = m.direction();
        callerNumber = m.callerNumber();
        calleeNumber = m.calleeNumber();
        skill = m.skill();
        businessLine = m.businessLine();
        startedAt = m.startedAt();
        endedAt = m.endedAt();
        workOrders = m.workOrders().toArray(String[]::new);
        satisfaction = m.satisfaction();
        satisfactionChannel = m.satisfactionChannel();
        transcript = m.transcript().isEmpty() ? null : transcriptJson;
    }

    /**
     * The audio arrived again with usable metadata (or the file a manifest missed arrived): the
     * quarantined recording takes the new metadata and goes on to analysis.
     */
    public void redeliver(CallMetadata metadata, String transcriptJson, StoredAudio audio, String originalName,
                          IngestChannel channel, String reference, Instant now) {
        apply(metadata, transcriptJson);
        if (audio != null) {
            audioSha256 = audio.sha256();
            audioSize = audio.size();
            this.originalName = originalName;
        }
        ingestChannel = channel;
        ingestReference = reference;
        status = RecordingStatus.RECEIVED;
        quarantineCode = null;
        quarantineReason = null;
        nextAttemptAt = now;
        attempts = 0;
        version++;
    }

    /** Quarantined for its metadata only: the audio is fine, better metadata releases it. */
    public boolean awaitsMetadata() {
        return status == RecordingStatus.QUARANTINED && quarantineCode == QuarantineCode.INVALID_METADATA;
    }

    /** This call id already has a recording with other audio: keep this one aside, pointing at it. */
    public void markConflictWith(long existingId, String existingSha) {
        conflictWith = existingId;
        status = RecordingStatus.QUARANTINED;
        quarantineCode = QuarantineCode.CALL_ID_CONFLICT;
        quarantineReason = "call " + callId + " of " + sourceSystem + " already has recording " + existingId
                + " with different audio (SHA-256 " + existingSha.substring(0, 12) + "…); compare both and keep the right one";
        version++;
    }

    /** Takes the recording for analysis until {@code lease} ends; if the node dies it is taken again. */
    public void claimForAnalysis(Instant now, Duration lease) {
        attempts++;
        nextAttemptAt = now.plus(lease);
    }

    public void analysed(String analysisJson, Instant now) {
        analysis = analysisJson;
        analysedAt = now;
        status = RecordingStatus.ANALYSED;
        nextAttemptAt = null;
        lastError = null;
        version++;
    }

    /** Analysis found the audio unusable; what could be analysed is kept. */
    public void quarantine(QuarantineCode code, String reason, String analysisJson, Instant now) {
        status = RecordingStatus.QUARANTINED;
        quarantineCode = code;
        quarantineReason = reason;
        if (analysisJson != null) {
            analysis = analysisJson;
            analysedAt = now;
        }
        nextAttemptAt = null;
        version++;
    }

    public void retryLater(String error, Instant at) {
        status = RecordingStatus.RETRYING;
        lastError = error;
        nextAttemptAt = at;
    }

    /** Elasticsearch confirmed it holds this version (or a newer one). */
    public void indexed(long confirmedVersion, Instant now) {
        if (confirmedVersion > indexedVersion) {
            indexedVersion = confirmedVersion;
            indexedAt = now;
        }
        if (status == RecordingStatus.ANALYSED && indexedVersion >= version) {
            status = RecordingStatus.INDEXED;
        }
    }

    /** The search document must be written again (reindex). */
    public void touchForReindex() {
        version++;
    }

    public boolean hasAudio() {
        return audioSha256 != null;
    }

    public Long id() { return id; }
    public String sourceSystem() { return sourceSystem; }
    public String callId() { return callId; }
    public String audioSha256() { return audioSha256; }
    public Long audioSize() { return audioSize; }
    public String originalName() { return originalName; }
    public String agentId() { return agentId; }
    public String team() { return team; }
    public Direction direction() { return direction; }
    public String callerNumber() { return callerNumber; }
    public String calleeNumber() { return calleeNumber; }
    public String skill() { return skill; }
    public String businessLine() { return businessLine; }
    public Instant startedAt() { return startedAt; }
    public Instant endedAt() { return endedAt; }
    public List<String> workOrders() { return workOrders == null ? List.of() : Arrays.asList(workOrders); }
    public Integer satisfaction() { return satisfaction; }
    public String satisfactionChannel() { return satisfactionChannel; }
    public String transcriptJson() { return transcript; }
    public RecordingStatus status() { return status; }
    public QuarantineCode quarantineCode() { return quarantineCode; }
    public String quarantineReason() { return quarantineReason; }
    public Long conflictWith() { return conflictWith; }
    public int attempts() { return attempts; }
    public String lastError() { return lastError; }
    public String analysisJson() { return analysis; }
    public IngestChannel ingestChannel() { return ingestChannel; }
    public String ingestReference() { return ingestReference; }
    public Instant receivedAt() { return receivedAt; }
    public Instant analysedAt() { return analysedAt; }
    public Instant indexedAt() { return indexedAt; }
    public long version() { return version; }
    public long indexedVersion() { return indexedVersion; }
}
