package org.qualitywatch.recording.tools.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A rendered call: agent and customer tracks at 8 kHz, the script they came from and the ground truth.
 * Write it as stereo PCM WAV (agent left), µ-law WAV, MP3 or mono mixdown.
 */
public final class GeneratedCall {

    /** Output formats. */
    public enum Format {
        /** Stereo 8 kHz 16-bit PCM WAV, agent on channel 0. */
        WAV("wav"),
        /** Stereo 8 kHz G.711 µ-law WAV. */
        ULAW("wav"),
        /** Stereo 8 kHz MP3 (MPEG-2.5 layer III, 32 kbps), as PBX archives keep it. */
        MP3("mp3"),
        /** Mono mixdown, 8 kHz 16-bit PCM WAV (a recorder that mixes both legs). */
        MONO_WAV("wav");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        public static Format parse(String s) {
            return switch (s.toLowerCase(Locale.ROOT)) {
                case "wav", "pcm" -> WAV;
                case "ulaw", "mulaw", "u-law" -> ULAW;
                case "mp3" -> MP3;
                case "mono", "mono_wav", "mono-wav" -> MONO_WAV;
                default -> throw new IllegalArgumentException("unknown format '" + s + "' (wav, ulaw, mp3, mono)");
            };
        }
    }

    private final CallScript script;
    private final GroundTruth truth;
    private final short[] agent;
    private final short[] customer;
    private final int sampleRate;

    GeneratedCall(CallScript script, GroundTruth truth, short[] agent, short[] customer, int sampleRate) {
        this.script = script;
        this.truth = truth;
        this.agent = agent;
        this.customer = customer;
        this.sampleRate = sampleRate;
    }

    public CallScript script() {
        return script;
    }

    public GroundTruth truth() {
        return truth;
    }

    public int sampleRate() {
        return sampleRate;
    }

    public double durationSeconds() {
        return (double) agent.length / sampleRate;
    }

    /** Agent track (do not modify). */
    public short[] agentSamples() {
        return agent;
    }

    /** Customer track (do not modify). */
    public short[] customerSamples() {
        return customer;
    }

    /** Interleaved stereo, agent on channel 0. */
    public short[] stereo() {
        short[] s = new short[agent.length * 2];
        for (int i = 0; i < agent.length; i++) {
            s[2 * i] = agent[i];
            s[2 * i + 1] = customer[i];
        }
        return s;
    }

    /** Both legs summed (saturating), as a mono recorder would mix them. */
    public short[] mono() {
        short[] m = new short[agent.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, agent[i] + customer[i]));
        }
        return m;
    }

    /** Writes the audio in {@code format}. */
    public void write(Path file, Format format) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        switch (format) {
            case WAV -> AudioWriter.writePcm16Wav(file, stereo(), 2, sampleRate);
            case ULAW -> AudioWriter.writeMulawWav(file, stereo(), 2, sampleRate);
            case MP3 -> AudioWriter.writeMp3(file, stereo(), 2, sampleRate, 32_000);
            case MONO_WAV -> AudioWriter.writePcm16Wav(file, mono(), 1, sampleRate);
        }
    }

    /** Transcript JSON ({@link GroundTruth#transcriptJson()}), UTF-8. */
    public void writeTranscript(Path file) throws IOException {
        Files.writeString(file, truth.transcriptJson(), StandardCharsets.UTF_8);
    }

    /** Full ground truth JSON ({@link GroundTruth#toJson()}), UTF-8. */
    public void writeTruth(Path file) throws IOException {
        Files.writeString(file, truth.toJson(), StandardCharsets.UTF_8);
    }
}
