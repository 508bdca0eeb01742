package org.qualitywatch.recording.domain;

/**
 * Where a recording is on its way from arrival to search. {@code RECEIVED → ANALYSED → INDEXED};
 * {@code RETRYING} after a passing failure (with a next-attempt time); {@code QUARANTINED} with a
 * reason when the input cannot be used as it is. Quarantined recordings are indexed too, so the
 * search page can list them.
 */
public enum RecordingStatus {
    RECEIVED, RETRYING, ANALYSED, INDEXED, QUARANTINED
}
