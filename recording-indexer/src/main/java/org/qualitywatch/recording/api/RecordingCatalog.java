package org.qualitywatch.recording.api;

import java.util.Optional;

/** Finding and playing recordings. */
public interface RecordingCatalog {

    RecordingPage search(RecordingQuery query);

    Optional<RecordingDetails> find(long id);

    Optional<WaveformPeaks> peaks(long id);

    /** A browser-playable rendition, made on first request and kept. */
    Optional<AudioFile> playable(long id);

    /** The recordings of these calls (other modules link calls by id, e.g. work orders). */
    java.util.List<CallRecording> byCallIds(java.util.Collection<String> callIds);

    record CallRecording(long id, String callId, java.time.Instant startedAt, Double durationSeconds, String status) {
    }

    /** The file as it arrived. */
    Optional<AudioFile> original(long id);
}
