package org.qualitywatch.recording.analysis;

import java.util.Objects;

/**
 * The file cannot be analysed as call audio. Checked, because every caller must decide what to do with such a
 * file (quarantine it, tell the uploader). The message says what is wrong in words a person can act on;
 * {@link #reason()} is the machine-readable cause.
 * <p>
 * A truncated file is <em>not</em> reported this way: it is analysed and flagged
 * ({@link AudioAnalysis#truncated()}).
 */
public class UnreadableAudioException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the file was refused. */
    public enum Reason {
        /** The file has zero bytes. */
        EMPTY_FILE,
        /** FFmpeg cannot open it as a media file, or it has no audio stream. */
        NOT_AUDIO,
        /** The audio codec is not in {@link AnalysisSettings#allowedCodecs()}. */
        UNSUPPORTED_CODEC,
        /** The container opens but not a single audio sample decodes (e.g. a header-only WAV). */
        NO_AUDIO_SAMPLES,
        /** Declared or decoded duration is above {@link AnalysisSettings#maxDurationSeconds()}. */
        TOO_LONG
    }

    private final Reason reason;

    public UnreadableAudioException(Reason reason, String message) {
        this(reason, message, null);
    }

    public UnreadableAudioException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
