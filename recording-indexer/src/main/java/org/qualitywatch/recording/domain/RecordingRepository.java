package org.qualitywatch.recording.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface RecordingRepository {

    Optional<Recording> find(long id);

    Optional<Recording> findByAudio(String sha256);

    /** The recording of a call (not a quarantined conflict). */
    Optional<Recording> findByCall(String sourceSystem, String callId);

    void add(Recording recording);

    /**
     * Claims up to {@code limit} recordings waiting for analysis, skipping those other nodes hold,
     * and leases them for {@code lease}.
     */
    List<Long> claimForAnalysis(int limit, Instant now, Duration lease);

    List<Recording> findAll(Collection<Long> ids);

    /** The recordings of these call ids (not quarantined conflicts). */
    List<Recording> findByCallIds(Collection<String> callIds);

    /** Ids after {@code afterId} in id order, for reindexing in pages. */
    List<Long> idsAfter(long afterId, int limit);

    long count();

    void savePeaks(long recordingId, int peaksPerSecond, int channels, byte[] data);

    Optional<Peaks> findPeaks(long recordingId);

    record Peaks(int peaksPerSecond, int channels, byte[] data) {
    }
}
