package org.qualitywatch.recording.analysis;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Tunables of {@link AudioAnalyzer}. Immutable; build it with {@link #defaults()}, {@link #from(Function)} or the
 * {@code with...} copies.
 *
 * @param frameMillis          VAD frame length (20 ms).
 * @param speechThresholdDbfs  a frame whose RMS is above this level (dBFS, 0 dBFS = RMS of 32768) is speech (-40).
 * @param hangoverMillis       longest pause <em>inside</em> speech that still counts as speech (300). A channel that
 *                             goes quiet keeps its "speaking" state for this long; if it speaks again within the
 *                             hangover the pause is speech, if it does not the hangover is given back, so talk
 *                             spurts are not lengthened by the hangover. See {@link AudioAnalyzer} for why 300 ms.
 * @param deadAirMinSeconds    every silence (no channel speaking) of at least this length is dead air (3.0 s).
 * @param crossTalkMinMillis   both channels speaking for at least this long is one cross-talk (200 ms).
 * @param peaksPerSecond       waveform buckets per second (20).
 * @param agentChannel         channel index of the agent in a stereo recording (0 = left); the customer is the
 *                             other channel.
 * @param maxDurationSeconds   longer recordings are refused with {@link UnreadableAudioException.Reason#TOO_LONG}
 *                             (4 h).
 * @param allowedCodecs        FFmpeg decoder names accepted for call audio, lower case; see
 *                             {@link #DEFAULT_ALLOWED_CODECS}.
 */
public record AnalysisSettings(
        int frameMillis,
        double speechThresholdDbfs,
        int hangoverMillis,
        double deadAirMinSeconds,
        int crossTalkMinMillis,
        int peaksPerSecond,
        int agentChannel,
        double maxDurationSeconds,
        Set<String> allowedCodecs) {

    /** Prefix of every configuration key read by {@link #from(Function)}. */
    public static final String PREFIX = "qw.analysis.";
    public static final String KEY_FRAME_MILLIS = PREFIX + "frame-millis";
    public static final String KEY_SPEECH_THRESHOLD_DBFS = PREFIX + "speech-threshold-dbfs";
    public static final String KEY_HANGOVER_MILLIS = PREFIX + "hangover-millis";
    public static final String KEY_DEAD_AIR_MIN_SECONDS = PREFIX + "dead-air-min-seconds";
    public static final String KEY_CROSS_TALK_MIN_MILLIS = PREFIX + "cross-talk-min-millis";
    public static final String KEY_PEAKS_PER_SECOND = PREFIX + "peaks-per-second";
    public static final String KEY_AGENT_CHANNEL = PREFIX + "agent-channel";
    public static final String KEY_MAX_DURATION_SECONDS = PREFIX + "max-duration-seconds";
    /** Comma-separated FFmpeg decoder names. */
    public static final String KEY_ALLOWED_CODECS = PREFIX + "allowed-codecs";

    /**
     * Decoders accepted by default: what telephone systems and call recorders actually write.
     * <ul>
     * <li>{@code pcm_s16le pcm_s16be pcm_u8} – linear PCM WAV/AIFF from PBXs and recorders;</li>
     * <li>{@code pcm_mulaw pcm_alaw} – G.711, the native format of telephone audio (China uses A-law on the PSTN,
     * µ-law shows up in VoIP recorders);</li>
     * <li>{@code mp3 mp3float} – the usual compressed archive format of PBX recorders (FFmpeg reports
     * {@code mp3float});</li>
     * <li>{@code gsm gsm_ms} – GSM 06.10, Asterisk {@code .gsm} and "WAV49" recordings;</li>
     * <li>{@code adpcm_ima_wav adpcm_ms} – ADPCM WAV of older digital call loggers;</li>
     * <li>{@code g722 g726} – HD voice and G.726 ADPCM telephony recordings;</li>
     * <li>{@code opus aac} – WebRTC / cloud contact-center recorders and mobile-phone recordings (m4a).</li>
     * </ul>
     * Not accepted by default: {@code flac} and {@code vorbis} (music and production formats: no call recorder we
     * ingest from writes them, and a FLAC or Ogg/Vorbis file in a recording drop is far more likely music-on-hold,
     * an IVR prompt or a mis-routed file than a call), and everything else FFmpeg can decode (float/24-bit PCM,
     * video codecs...). Keeping the list short also keeps the exposed FFmpeg decoder surface small. Operators can
     * widen it with {@value #KEY_ALLOWED_CODECS}.
     */
    public static final Set<String> DEFAULT_ALLOWED_CODECS = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
            "pcm_s16le", "pcm_s16be", "pcm_u8", "pcm_mulaw", "pcm_alaw",
            "mp3", "mp3float", "gsm", "gsm_ms", "adpcm_ima_wav", "adpcm_ms",
            "g722", "g726", "opus", "aac")));

    private static final AnalysisSettings DEFAULTS = new AnalysisSettings(
            20, -40.0, 300, 3.0, 200, 20, 0, 4 * 3600.0, DEFAULT_ALLOWED_CODECS);

    public AnalysisSettings {
        requireRange("frameMillis", frameMillis, 5, 100);
        if (!(speechThresholdDbfs < 0 && speechThresholdDbfs > -120)) {
            throw new IllegalArgumentException("speechThresholdDbfs must be between -120 and 0 dBFS: "
                    + speechThresholdDbfs);
        }
        requireRange("hangoverMillis", hangoverMillis, 0, 5000);
        if (!(deadAirMinSeconds > 0 && deadAirMinSeconds < 3600)) {
            throw new IllegalArgumentException("deadAirMinSeconds must be between 0 and 3600: " + deadAirMinSeconds);
        }
        requireRange("crossTalkMinMillis", crossTalkMinMillis, 0, 60_000);
        requireRange("peaksPerSecond", peaksPerSecond, 1, 1000);
        requireRange("agentChannel", agentChannel, 0, 1);
        if (!(maxDurationSeconds > 0)) {
            throw new IllegalArgumentException("maxDurationSeconds must be positive: " + maxDurationSeconds);
        }
        Objects.requireNonNull(allowedCodecs, "allowedCodecs");
        LinkedHashSet<String> codecs = allowedCodecs.stream()
                .map(c -> c.trim().toLowerCase(Locale.ROOT))
                .filter(c -> !c.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        allowedCodecs = Collections.unmodifiableSet(codecs);
    }

    /** The built-in defaults (20 ms frames, -40 dBFS, 300 ms hangover, 3 s dead air, 200 ms cross-talk...). */
    public static AnalysisSettings defaults() {
        return DEFAULTS;
    }

    /**
     * Reads every {@code qw.analysis.*} key through {@code lookup} (which returns {@code null} for an unset key);
     * unset or blank keys keep their default.
     *
     * @throws IllegalArgumentException naming the key when a value cannot be parsed or is out of range
     */
    public static AnalysisSettings from(Function<String, String> lookup) {
        Objects.requireNonNull(lookup, "lookup");
        AnalysisSettings d = DEFAULTS;
        try {
            return new AnalysisSettings(
                    intValue(lookup, KEY_FRAME_MILLIS, d.frameMillis),
                    doubleValue(lookup, KEY_SPEECH_THRESHOLD_DBFS, d.speechThresholdDbfs),
                    intValue(lookup, KEY_HANGOVER_MILLIS, d.hangoverMillis),
                    doubleValue(lookup, KEY_DEAD_AIR_MIN_SECONDS, d.deadAirMinSeconds),
                    intValue(lookup, KEY_CROSS_TALK_MIN_MILLIS, d.crossTalkMinMillis),
                    intValue(lookup, KEY_PEAKS_PER_SECOND, d.peaksPerSecond),
                    intValue(lookup, KEY_AGENT_CHANNEL, d.agentChannel),
                    doubleValue(lookup, KEY_MAX_DURATION_SECONDS, d.maxDurationSeconds),
                    codecs(lookup, d.allowedCodecs));
        } catch (IllegalArgumentException e) {
            String m = String.valueOf(e.getMessage());
            if (m.startsWith(PREFIX)) {
                throw e;
            }
            String field = m.split(" ", 2)[0];
            String key = PREFIX + field.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
            throw new IllegalArgumentException(key + ": " + m, e);
        }
    }

    /** Channel index of the customer in a stereo recording. */
    public int customerChannel() {
        return 1 - agentChannel;
    }

    public AnalysisSettings withMaxDurationSeconds(double seconds) {
        return new AnalysisSettings(frameMillis, speechThresholdDbfs, hangoverMillis, deadAirMinSeconds,
                crossTalkMinMillis, peaksPerSecond, agentChannel, seconds, allowedCodecs);
    }

    public AnalysisSettings withAllowedCodecs(Set<String> codecs) {
        return new AnalysisSettings(frameMillis, speechThresholdDbfs, hangoverMillis, deadAirMinSeconds,
                crossTalkMinMillis, peaksPerSecond, agentChannel, maxDurationSeconds, codecs);
    }

    public AnalysisSettings withAgentChannel(int channel) {
        return new AnalysisSettings(frameMillis, speechThresholdDbfs, hangoverMillis, deadAirMinSeconds,
                crossTalkMinMillis, peaksPerSecond, channel, maxDurationSeconds, allowedCodecs);
    }

    public AnalysisSettings withHangoverMillis(int millis) {
        return new AnalysisSettings(frameMillis, speechThresholdDbfs, millis, deadAirMinSeconds,
                crossTalkMinMillis, peaksPerSecond, agentChannel, maxDurationSeconds, allowedCodecs);
    }

    public AnalysisSettings withSpeechThresholdDbfs(double dbfs) {
        return new AnalysisSettings(frameMillis, dbfs, hangoverMillis, deadAirMinSeconds,
                crossTalkMinMillis, peaksPerSecond, agentChannel, maxDurationSeconds, allowedCodecs);
    }

    private static void requireRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ": " + value);
        }
    }

    private static String raw(Function<String, String> lookup, String key) {
        String v = lookup.apply(key);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static int intValue(Function<String, String> lookup, String key, int def) {
        String v = raw(lookup, key);
        if (v == null) {
            return def;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, got '" + v + "'", e);
        }
    }

    private static double doubleValue(Function<String, String> lookup, String key, double def) {
        String v = raw(lookup, key);
        if (v == null) {
            return def;
        }
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException("not finite");
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, got '" + v + "'", e);
        }
    }

    private static Set<String> codecs(Function<String, String> lookup, Set<String> def) {
        String v = raw(lookup, KEY_ALLOWED_CODECS);
        if (v == null) {
            return def;
        }
        Set<String> set = Arrays.stream(v.split("[,;\\s]+"))
                .map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (set.isEmpty()) {
            throw new IllegalArgumentException(KEY_ALLOWED_CODECS + " must list at least one FFmpeg decoder name");
        }
        return set;
    }
}
