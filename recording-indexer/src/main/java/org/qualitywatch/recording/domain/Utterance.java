package org.qualitywatch.recording.domain;

/** One line of a transcript: who spoke, from when to when (seconds from the call start), what. */
public record Utterance(String speaker, double start, double end, String text) {
}
