package org.qualitywatch.recording.api;

/** What became of an arriving recording. Nothing is dropped: every kind has a recording id. */
public record IngestOutcome(long recordingId, Kind kind, String message) {

    public enum Kind {
        /** stored; analysis and indexing follow */
        ACCEPTED,
        /** the same audio is already recording {@code recordingId} */
        DUPLICATE,
        /** the call id already has different audio; this one is quarantined as {@code recordingId} */
        CONFLICT,
        /** kept, but set aside with the reason in {@code message} */
        QUARANTINED
    }
}
