package org.qualitywatch.recording.tools.generator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Mandarin speech clips from espeak-ng, as trimmed 8 kHz 16-bit mono samples.
 * <p>
 * Each clip is one phrase without internal punctuation (punctuation makes espeak pause). The text goes to espeak on
 * stdin as UTF-8 and the WAV comes back on stdout, so neither the JVM's locale nor the cache path can garble Chinese.
 * The 22,050 Hz output is resampled to 8 kHz ({@link Resampler}) and its leading and trailing silence trimmed
 * ({@link #TRIM_DBFS}), so a clip's first and last sample are where speech starts and ends: that is the ground truth
 * the analyzer is measured against.
 * <p>
 * Clips are cached in memory and in {@code cacheDir} (one raw little-endian file per voice and text, named by a
 * hash), so repeated text is synthesized once per machine. Thread-safe; cache files are written atomically.
 */
public final class EspeakSynthesizer {

    /** Telephone sample rate of every clip. */
    public static final int SAMPLE_RATE = 8000;
    /** Trim threshold: RMS over 10 ms windows, dBFS. */
    public static final double TRIM_DBFS = -45.0;
    public static final String BINARY = "espeak-ng";
    /** Bump when the clip processing changes, so old cache files are not reused. */
    private static final String CACHE_VERSION = "clip-v1";

    private final Path cacheDir;
    private final Map<String, short[]> memory = new ConcurrentHashMap<>();
    private final Resampler resampler = new Resampler(22050, SAMPLE_RATE);
    private volatile boolean checked;

    /**
     * @param cacheDir directory for cached clips (created if missing)
     */
    public EspeakSynthesizer(Path cacheDir) {
        this.cacheDir = Objects.requireNonNull(cacheDir, "cacheDir");
    }

    /** Default cache: {@code ~/.cache/qualitywatch/tts}. */
    public static Path defaultCacheDir() {
        return Path.of(System.getProperty("user.home"), ".cache", "qualitywatch", "tts");
    }

    public Path cacheDir() {
        return cacheDir;
    }

    /**
     * Checks that espeak-ng runs and has the Mandarin voice.
     *
     * @throws IllegalStateException with an install hint otherwise
     */
    public void checkAvailable() {
        if (checked) {
            return;
        }
        String out;
        try {
            Process p = new ProcessBuilder(BINARY, "--voices=cmn").redirectErrorStream(true).start();
            out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(BINARY + " --voices=cmn did not finish");
            }
        } catch (IOException e) {
            throw new IllegalStateException(BINARY + " is not installed or not on the PATH: install espeak-ng "
                    + "(./qw test installs it; on Debian: apt-get install espeak-ng)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking " + BINARY, e);
        }
        if (!out.contains("cmn")) {
            throw new IllegalStateException(BINARY + " has no Mandarin (cmn) voice: install espeak-ng with its "
                    + "full language data (./qw test installs it); 'espeak-ng --voices=cmn' printed: " + out.strip());
        }
        checked = true;
    }

    /** A trimmed 8 kHz clip of one phrase (do not modify the returned array). */
    public short[] clip(Voice voice, String phrase) {
        Objects.requireNonNull(voice, "voice");
        String text = phrase.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        String key = CACHE_VERSION + "|" + voice.key() + "|" + text;
        short[] cached = memory.get(key);
        if (cached != null) {
            return cached;
        }
        // not computeIfAbsent: synthesis takes tens of milliseconds and must not lock other keys' bins
        short[] clip = loadOrSynthesize(key, voice, text);
        short[] raced = memory.putIfAbsent(key, clip);
        return raced != null ? raced : clip;
    }

    private short[] loadOrSynthesize(String key, Voice voice, String text) {
        Path file = cacheDir.resolve(hash(key) + ".s16");
        try {
            if (Files.isRegularFile(file)) {
                byte[] b = Files.readAllBytes(file);
                short[] s = new short[b.length / 2];
                ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(s);
                return s;
            }
            checkAvailable();
            short[] clip = trim(resampler.resample(synthesize(voice, text)));
            if (clip.length == 0) {
                throw new IllegalStateException(BINARY + " produced silence for '" + text + "' with " + voice.key());
            }
            Files.createDirectories(cacheDir);
            ByteBuffer bb = ByteBuffer.allocate(clip.length * 2).order(ByteOrder.LITTLE_ENDIAN);
            bb.asShortBuffer().put(clip);
            Path tmp = Files.createTempFile(cacheDir, ".clip", ".tmp");
            Files.write(tmp, bb.array());
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return clip;
        } catch (IOException e) {
            throw new IllegalStateException("cannot synthesize or cache '" + text + "': " + e.getMessage(), e);
        }
    }

    /** Runs espeak-ng; returns its 22,050 Hz mono samples. */
    private short[] synthesize(Voice v, String text) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(BINARY, "-v", v.variant(), "-s", Integer.toString(v.speed()),
                "-p", Integer.toString(v.pitch()), "-a", Integer.toString(v.amplitude()), "-b", "1", "--stdout");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new IllegalStateException(BINARY + " is not installed or not on the PATH: install espeak-ng "
                    + "(./qw test installs it)", e);
        }
        try (OutputStream in = p.getOutputStream()) {
            in.write(text.getBytes(StandardCharsets.UTF_8));
            in.write('\n');
        }
        byte[] wav;
        try (InputStream out = p.getInputStream()) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 16);
            out.transferTo(buf);
            wav = buf.toByteArray();
        }
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(BINARY + " timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (p.exitValue() != 0) {
            throw new IOException(BINARY + " failed (exit " + p.exitValue() + ") for '" + text + "'");
        }
        return pcmOfWav(wav);
    }

    /** Samples of a 16-bit mono WAV whose size fields may be placeholders (espeak writing to a pipe). */
    static short[] pcmOfWav(byte[] wav) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        if (wav.length < 12 || b.getInt(0) != 0x46464952 /* RIFF */) {
            throw new IOException(BINARY + " did not write a WAV file");
        }
        int pos = 12;
        while (pos + 8 <= wav.length) {
            int id = b.getInt(pos);
            long size = Integer.toUnsignedLong(b.getInt(pos + 4));
            if (id == 0x61746164 /* data */) {
                int start = pos + 8;
                int len = (int) Math.min(wav.length - start, size == 0 || size >= 0x7FFF0000L ? Long.MAX_VALUE : size);
                short[] s = new short[len / 2];
                ByteBuffer.wrap(wav, start, len & ~1).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(s);
                return s;
            }
            pos += 8 + (int) size + (int) (size & 1);
        }
        throw new IOException(BINARY + " wrote a WAV without data");
    }

    /** Cuts leading and trailing 10 ms windows whose RMS is below {@link #TRIM_DBFS}. */
    static short[] trim(short[] s) {
        int win = SAMPLE_RATE / 100;
        double limit = Math.pow(32768 * Math.pow(10, TRIM_DBFS / 20), 2) * win;
        int first = -1, last = -1;
        for (int w = 0; w + win <= s.length; w += win) {
            double e = 0;
            for (int i = w; i < w + win; i++) {
                e += (double) s[i] * s[i];
            }
            if (e > limit) {
                if (first < 0) {
                    first = w;
                }
                last = w + win;
            }
        }
        if (first < 0) {
            return new short[0];
        }
        short[] out = new short[last - first];
        System.arraycopy(s, first, out, 0, out.length);
        return out;
    }

    private static String hash(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
