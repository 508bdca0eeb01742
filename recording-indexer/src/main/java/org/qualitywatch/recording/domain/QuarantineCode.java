package org.qualitywatch.recording.domain;

/** Why a recording was set aside. The recording's reason text gives the particulars. */
public enum QuarantineCode {
    /** the metadata is missing or invalid */
    INVALID_METADATA,
    /** a file name that would leave the batch folder, or another unsafe name */
    UNSAFE_FILE_NAME,
    /** a manifest lists a file that is not in the batch */
    FILE_MISSING,
    EMPTY_FILE,
    TOO_LARGE,
    NOT_AUDIO,
    UNSUPPORTED_CODEC,
    NO_AUDIO_SAMPLES,
    TOO_LONG,
    /** decoded audio is shorter than the container declares */
    TRUNCATED,
    /** the call id already has a recording with different audio */
    CALL_ID_CONFLICT,
    /** analysis kept failing for reasons other than the file itself */
    ANALYSIS_FAILED
}
