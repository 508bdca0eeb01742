package org.qualitywatch.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/** Small audio files for the system tests, made with sox (./qw test installs it). */
final class TestAudio {

    private TestAudio() {
    }

    /**
     * A stereo 8 kHz call: agent tone on the left for the first seconds, customer tone on the right
     * later, a random frequency so every file has its own hash.
     */
    static Path stereoCall(Path dir, String name, double seconds) throws IOException {
        int f = 300 + ThreadLocalRandom.current().nextInt(900);
        String half = String.valueOf(seconds / 2);
        Path left = dir.resolve("left-" + name);
        Path right = dir.resolve("right-" + name);
        sox("-n", "-r", "8000", "-c", "1", "-b", "16", left.toString(), "synth", half, "sine", String.valueOf(f),
                "vol", "0.3", "pad", "0", half);
        sox("-n", "-r", "8000", "-c", "1", "-b", "16", right.toString(), "synth", half, "sine",
                String.valueOf(f + 150), "vol", "0.3", "pad", half, "0");
        Path out = dir.resolve(name);
        sox("-M", left.toString(), right.toString(), out.toString());
        Files.delete(left);
        Files.delete(right);
        return out;
    }

    static Path silence(Path dir, String name, double seconds) throws IOException {
        Path out = dir.resolve(name);
        sox("-n", "-r", "8000", "-c", "1", "-b", "16", out.toString(), "trim", "0", String.valueOf(seconds));
        return out;
    }

    /** A WAV whose header promises twice the data it holds. */
    static Path truncated(Path dir, String name) throws IOException {
        Path full = stereoCall(dir, "full-" + name, 6);
        byte[] bytes = Files.readAllBytes(full);
        Path out = dir.resolve(name);
        Files.write(out, java.util.Arrays.copyOf(bytes, 44 + (bytes.length - 44) / 2));
        Files.delete(full);
        return out;
    }

    /** A 44-byte WAV header with no samples after it (claiming a random amount, so each is unique). */
    static Path headerOnly(Path dir, String name) throws IOException {
        Path full = stereoCall(dir, "hdr-" + name, 1);
        Path out = dir.resolve(name);
        byte[] header = java.util.Arrays.copyOf(Files.readAllBytes(full), 44);
        java.nio.ByteBuffer.wrap(header).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .putInt(40, 4 * (1000 + ThreadLocalRandom.current().nextInt(100_000)));
        Files.write(out, header);
        Files.delete(full);
        return out;
    }

    /** A 32-bit float WAV: a codec call recordings never use, outside the accepted list. */
    static Path unsupportedCodec(Path dir, String name) throws IOException {
        Path out = dir.resolve(name);
        sox("-n", "-r", "8000", "-c", "1", "-e", "floating-point", "-b", "32", out.toString(), "synth", "2", "sine",
                String.valueOf(300 + ThreadLocalRandom.current().nextInt(900)));
        return out;
    }

    static Path garbage(Path dir, String name, int bytes) throws IOException {
        byte[] data = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(data);
        return Files.write(dir.resolve(name), data);
    }

    private static void sox(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add("sox");
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("sox failed (is sox installed? ./qw test installs it): " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
