package org.qualitywatch.recording.domain;

/** Direction of a call as seen from the call center. */
public enum Direction {
    IN, OUT, INTERNAL
}
