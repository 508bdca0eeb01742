package org.qualitywatch.recording.domain;

/** Audio kept in the audio store, addressed by the SHA-256 of its bytes. */
public record StoredAudio(String sha256, long size) {
}
