package org.qualitywatch.recording.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Result of {@link AudioAnalyzer#analyze}: what the file is, how long it is, who talks how much, where the call
 * goes silent (dead air), where both sides talk at once (cross-talk) and a waveform for the player.
 * All times are seconds from the start of the decoded audio.
 *
 * @param container              FFmpeg demuxer name ({@code wav}, {@code mp3}, {@code ogg}...)
 * @param codec                  FFmpeg decoder name ({@code pcm_s16le}, {@code pcm_mulaw}, {@code mp3float}...)
 * @param channels               channel count
 * @param sampleRate             samples per second and channel
 * @param bitRate                bits per second when the container or codec states it, else {@code null}
 * @param decodedDurationSeconds length of the audio that actually decoded
 * @param declaredDurationSeconds length the container claims (WAV: RIFF/RF64 data-chunk size; others: FFmpeg's
 *                               container duration), {@code null} when the container does not state it
 * @param truncated              the file decodes shorter than it declares (see {@link AudioAnalyzer} for the rule)
 * @param channelStats           one entry per channel, in channel order
 * @param speakerSplitKnown      {@code true} for stereo (agent and customer on separate channels)
 * @param silenceSeconds         total time in which no channel speaks
 * @param deadAir                every silence of at least {@link AnalysisSettings#deadAirMinSeconds()},
 *                               including a leading silence before anyone speaks and a trailing one
 * @param maxDeadAirSeconds      longest dead-air segment, 0 when there is none
 * @param crossTalk              both-speaking runs; {@code null} when the speaker split is unknown (mono)
 * @param waveform               peaks per channel, computed in the same decoding pass
 */
public record AudioAnalysis(
        String container,
        String codec,
        int channels,
        int sampleRate,
        Integer bitRate,
        double decodedDurationSeconds,
        Double declaredDurationSeconds,
        boolean truncated,
        List<ChannelStats> channelStats,
        boolean speakerSplitKnown,
        double silenceSeconds,
        List<Segment> deadAir,
        double maxDeadAirSeconds,
        CrossTalk crossTalk,
        Waveform waveform) {

    public AudioAnalysis {
        channelStats = List.copyOf(channelStats);
        deadAir = List.copyOf(deadAir);
        Objects.requireNonNull(waveform, "waveform");
    }

    /** The statistics of the channel with this role, or {@code null} (e.g. {@code AGENT} of a mono file). */
    public ChannelStats channel(ChannelRole role) {
        for (ChannelStats c : channelStats) {
            if (c.role() == role) {
                return c;
            }
        }
        return null;
    }

    /** Number of cross-talk segments; 0 when the speaker split is unknown. */
    public int crossTalkCount() {
        return crossTalk == null ? 0 : crossTalk.count();
    }

    /** Total cross-talk seconds; 0 when the speaker split is unknown. */
    public double crossTalkSeconds() {
        return crossTalk == null ? 0 : crossTalk.totalSeconds();
    }

    /** Declared minus decoded seconds (0 when nothing is declared or nothing is missing). */
    public double missingSeconds() {
        return declaredDurationSeconds == null ? 0 : Math.max(0, declaredDurationSeconds - decodedDurationSeconds);
    }

    /**
     * Per-channel figures.
     *
     * @param channel       channel index (0 = left)
     * @param role          agent / customer for stereo, unknown otherwise
     * @param talkSeconds   time this channel speaks (after VAD smoothing)
     * @param talkRatio     talkSeconds / decoded duration
     * @param levelDbfs     RMS level over the channel's speech frames (above-threshold frames only), -120 if none
     * @param peakDbfs      highest absolute sample, dBFS (-120 for digital silence)
     * @param clippingRatio share of samples at or beyond full scale ({@code |s| >= 32767 * 0.999})
     */
    public record ChannelStats(int channel, ChannelRole role, double talkSeconds, double talkRatio,
                               double levelDbfs, double peakDbfs, double clippingRatio) {
    }

    /** A stretch of time. */
    public record Segment(double startSeconds, double lengthSeconds) {
        public double endSeconds() {
            return startSeconds + lengthSeconds;
        }

        /** Seconds this segment shares with [start, end). */
        public double overlap(double start, double end) {
            return Math.max(0, Math.min(end, endSeconds()) - Math.max(start, startSeconds));
        }
    }

    /**
     * Runs in which both channels speak for at least {@link AnalysisSettings#crossTalkMinMillis()}.
     *
     * @param count        number of such runs
     * @param totalSeconds their summed length
     * @param segments     the runs, in time order
     */
    public record CrossTalk(int count, double totalSeconds, List<Segment> segments) {
        public CrossTalk {
            segments = List.copyOf(segments);
        }
    }

    /**
     * Waveform peaks for a player. Channel {@code c} has {@code ceil(duration * peaksPerSecond)} buckets; bucket
     * {@code i} covers samples {@code [floor(i * rate / pps), floor((i + 1) * rate / pps))} and holds the largest
     * absolute sample in it scaled linearly to 0..127 ({@code round(max|s| * 127 / 32768)}; 127 = full scale,
     * so it fits a signed byte and a JSON/base64 payload without sign tricks).
     */
    public record Waveform(int peaksPerSecond, List<byte[]> channels) {
        public Waveform {
            channels = List.copyOf(channels);
        }

        public int channelCount() {
            return channels.size();
        }

        /** Number of buckets per channel. */
        public int length() {
            return channels.isEmpty() ? 0 : channels.get(0).length;
        }

        /** A copy of one channel's peaks (0..127). */
        public byte[] peaks(int channel) {
            return channels.get(channel).clone();
        }

        /** One channel's peaks as 0..1 ({@code byte / 127f}). */
        public float[] peaksAsFloats(int channel) {
            byte[] b = channels.get(channel);
            float[] f = new float[b.length];
            for (int i = 0; i < b.length; i++) {
                f[i] = b[i] / 127f;
            }
            return f;
        }

        /** All channels as 0..1, indexed {@code [channel][bucket]}. */
        public float[][] asFloats() {
            List<float[]> out = new ArrayList<>();
            for (int c = 0; c < channels.size(); c++) {
                out.add(peaksAsFloats(c));
            }
            return out.toArray(new float[0][]);
        }
    }
}
