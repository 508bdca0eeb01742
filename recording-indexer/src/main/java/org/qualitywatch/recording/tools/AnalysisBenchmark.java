package org.qualitywatch.recording.tools;

import org.qualitywatch.recording.analysis.AnalysisSettings;
import org.qualitywatch.recording.analysis.AudioAnalysis;
import org.qualitywatch.recording.analysis.AudioAnalyzer;
import org.qualitywatch.recording.tools.generator.CallGenerator;
import org.qualitywatch.recording.tools.generator.CallScript;
import org.qualitywatch.recording.tools.generator.Dialogues;
import org.qualitywatch.recording.tools.generator.EspeakSynthesizer;
import org.qualitywatch.recording.tools.generator.GeneratedCall;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Measures {@link AudioAnalyzer} throughput in audio seconds per CPU second and compares it with the FFmpeg CLI's
 * {@code silencedetect} on the same files.
 * <p>
 * Usage: {@code AnalysisBenchmark [--dir DIR] [--runs 20] [--warmup 10] [--cache DIR] [--ffmpeg ffmpeg]
 * [--wav F] [--ulaw F] [--mp3 F]}. Without files it generates a ~5-minute stereo 8 kHz call (PCM WAV, µ-law WAV and
 * MP3) into {@code DIR} (default: a temporary directory).
 * <p>
 * Ours: CPU time of the analysing thread ({@link ThreadMXBean#getCurrentThreadCpuTime()}), after warm-up, JIT and
 * GC threads not counted (FFmpeg decodes audio on the calling thread). FFmpeg CLI: user + system CPU of the child
 * processes, read from the JVM's own {@code /proc/self/stat} children fields (cutime, cstime) before and after the
 * runs, so process start-up (~20-30 ms of loading libraries) is included, as it is for every CLI invocation.
 * Run from the project:
 * <pre>
 * mvn -q -pl recording-indexer exec:java -Dexec.mainClass=org.qualitywatch.recording.tools.AnalysisBenchmark
 * </pre>
 */
public final class AnalysisBenchmark {

    /** Targets from the design brief. */
    static final double TARGET_PCM_RATE = 5000;
    static final double TARGET_RATIO = 1.0;

    private AnalysisBenchmark() {
    }

    record Row(String format, Path file, double audioSeconds, double oursRate, double ffmpegRate,
               double ffmpegWorkRate, int deadAir, int crossTalk) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value: " + args[i]);
            }
            o.put(args[i].substring(2), args[i + 1]);
        }
        int runs = Integer.parseInt(o.getOrDefault("runs", "20"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "10"));
        String ffmpeg = o.getOrDefault("ffmpeg", "ffmpeg");
        Path dir = o.containsKey("dir") ? Path.of(o.get("dir")) : Files.createTempDirectory("qw-bench");
        Files.createDirectories(dir);

        Map<String, Path> files = new LinkedHashMap<>();
        if (o.containsKey("wav") || o.containsKey("ulaw") || o.containsKey("mp3")) {
            for (String k : List.of("wav", "ulaw", "mp3")) {
                if (o.containsKey(k)) {
                    files.put(label(k), Path.of(o.get(k)));
                }
            }
        } else {
            Path cache = o.containsKey("cache") ? Path.of(o.get("cache")) : EspeakSynthesizer.defaultCacheDir();
            files = generate(dir, cache);
        }

        boolean haveFfmpeg = ffmpegAvailable(ffmpeg);
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Path> e : files.entrySet()) {
            rows.add(measure(e.getKey(), e.getValue(), runs, warmup, haveFfmpeg ? ffmpeg : null));
        }
        print(rows, runs, warmup, haveFfmpeg, ffmpeg);
    }

    private static String label(String k) {
        return switch (k) {
            case "wav" -> "PCM WAV";
            case "ulaw" -> "mu-law WAV";
            default -> "MP3";
        };
    }

    /** A ~5-minute complaint call with dead air and cross-talk, in the three formats. */
    static Map<String, Path> generate(Path dir, Path cache) throws IOException {
        CallGenerator gen = new CallGenerator(cache);
        SplittableRandom rnd = new SplittableRandom(20261121L);
        CallGenerator.CallVoices v = CallGenerator.voices("1006", rnd);
        CallScript script = gen.script(rnd, Dialogues.scenario("COMPLAINT_ESCALATION"), "1006", v, 300, 2, 2);
        GeneratedCall call = gen.render(script, v, 20261121L);
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("PCM WAV", dir.resolve("bench-call.wav"));
        files.put("mu-law WAV", dir.resolve("bench-call-ulaw.wav"));
        files.put("MP3", dir.resolve("bench-call.mp3"));
        call.write(files.get("PCM WAV"), GeneratedCall.Format.WAV);
        call.write(files.get("mu-law WAV"), GeneratedCall.Format.ULAW);
        call.write(files.get("MP3"), GeneratedCall.Format.MP3);
        System.out.printf(Locale.ROOT, "generated a %.1f s stereo 8 kHz call in %s%n", call.durationSeconds(), dir);
        return files;
    }

    static Row measure(String label, Path file, int runs, int warmup, String ffmpeg) throws Exception {
        AnalysisSettings s = AnalysisSettings.defaults();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        AudioAnalysis a = null;
        for (int i = 0; i < warmup; i++) {
            a = AudioAnalyzer.analyze(file, s);
        }
        long cpu = 0;
        for (int i = 0; i < runs; i++) {
            long c0 = mx.getCurrentThreadCpuTime();
            a = AudioAnalyzer.analyze(file, s);
            cpu += mx.getCurrentThreadCpuTime() - c0;
        }
        double audio = a.decodedDurationSeconds();
        double ours = audio * runs / (cpu / 1e9);

        double theirs = Double.NaN;
        double work = Double.NaN;
        if (ffmpeg != null) {
            List<String> cmd = List.of(ffmpeg, "-hide_banner", "-nostats", "-i", file.toString(), "-af",
                    "silencedetect=n=-40dB:d=3", "-f", "null", "-");
            run(cmd); // warm the page cache and the dynamic loader
            double secs = childCpuSeconds(cmd, runs);
            theirs = audio * runs / secs;
            // the same command limited to the first 0.5 s of input: what one ffmpeg start-up costs
            List<String> startup = new ArrayList<>(cmd);
            startup.addAll(3, List.of("-t", "0.5"));
            double startupSecs = childCpuSeconds(startup, runs);
            work = secs > startupSecs ? (audio - 0.5) * runs / (secs - startupSecs) : Double.POSITIVE_INFINITY;
        }
        return new Row(label, file, audio, ours, theirs, work, a.deadAir().size(), a.crossTalkCount());
    }

    /** Summed user + system CPU seconds of {@code runs} runs of {@code cmd}. */
    private static double childCpuSeconds(List<String> cmd, int runs) throws IOException, InterruptedException {
        long[] before = childCpuTicks();
        for (int i = 0; i < runs; i++) {
            run(cmd);
        }
        long[] after = childCpuTicks();
        return Math.max(1, (after[0] - before[0]) + (after[1] - before[1])) / (double) clockTicks();
    }

    private static void run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("ffmpeg did not finish: " + cmd);
        }
        if (p.exitValue() != 0) {
            throw new IOException("ffmpeg failed (exit " + p.exitValue() + "): " + String.join(" ", cmd));
        }
    }

    /** cutime and cstime of this process (CPU of waited-for children), in clock ticks. */
    static long[] childCpuTicks() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // f[0] is field 3 (state); cutime is field 16, cstime field 17
        return new long[]{Long.parseLong(f[13]), Long.parseLong(f[14])};
    }

    private static long clockTicks() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            p.waitFor(10, TimeUnit.SECONDS);
            return Long.parseLong(out);
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }

    static boolean ffmpegAvailable(String ffmpeg) {
        if (ffmpeg.contains(File.separator) ? !Files.isExecutable(Path.of(ffmpeg)) : !onPath(ffmpeg)) {
            return false;
        }
        try {
            Process p = new ProcessBuilder(ffmpeg, "-hide_banner", "-version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean onPath(String exe) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, exe))) {
                return true;
            }
        }
        return false;
    }

    static void print(List<Row> rows, int runs, int warmup, boolean haveFfmpeg, String ffmpeg) {
        System.out.printf(Locale.ROOT, "%nAudioAnalyzer vs `%s -af silencedetect=n=-40dB:d=3 -f null -` "
                + "(%d runs each after %d warm-up runs; %d CPUs)%n", ffmpeg, runs, warmup,
                Runtime.getRuntime().availableProcessors());
        if (!haveFfmpeg) {
            System.out.println("ffmpeg CLI NOT FOUND (install it with `apt-get install -y ffmpeg` or pass "
                    + "--ffmpeg PATH): only our figures are shown.");
        }
        String fmt = "| %-10s | %7s | %18s | %24s | %6s | %26s | %s%n";
        System.out.printf(Locale.ROOT, fmt, "format", "audio s", "ours audio-s/CPU-s", "ffmpeg CLI audio-s/CPU-s",
                "ratio", "ffmpeg minus start-up (*)", "analysis found");
        System.out.printf(Locale.ROOT, fmt, "-".repeat(10), "-".repeat(7), "-".repeat(18), "-".repeat(24),
                "-".repeat(6), "-".repeat(26), "-".repeat(14));
        for (Row r : rows) {
            boolean na = Double.isNaN(r.ffmpegRate());
            System.out.printf(Locale.ROOT, fmt, r.format(), String.format(Locale.ROOT, "%.1f", r.audioSeconds()),
                    String.format(Locale.ROOT, "%,.0f", r.oursRate()),
                    na ? "n/a" : String.format(Locale.ROOT, "%,.0f", r.ffmpegRate()),
                    na ? "n/a" : String.format(Locale.ROOT, "%.2f", r.oursRate() / r.ffmpegRate()),
                    na ? "n/a" : String.format(Locale.ROOT, "%,.0f (ratio %.2f)", r.ffmpegWorkRate(),
                            r.oursRate() / r.ffmpegWorkRate()),
                    r.deadAir() + " dead air, " + r.crossTalk() + " cross-talk");
        }
        if (haveFfmpeg) {
            System.out.println("(*) ffmpeg's CPU minus the CPU of the same command on 0.5 s of input, i.e. without "
                    + "process start-up; shown for fairness, the target is on the plain CLI figure.");
        }
        System.out.printf(Locale.ROOT, "%nTargets: >= %,.0f audio-s/CPU-s on PCM WAV; ratio ours/ffmpeg >= %.1f.%n",
                TARGET_PCM_RATE, TARGET_RATIO);
        for (Row r : rows) {
            boolean pcmOk = !r.format().equals("PCM WAV") || r.oursRate() >= TARGET_PCM_RATE;
            boolean ratioOk = Double.isNaN(r.ffmpegRate()) || r.oursRate() / r.ffmpegRate() >= TARGET_RATIO;
            System.out.printf(Locale.ROOT, "  %-10s %s%n", r.format(), pcmOk && ratioOk ? "meets the targets"
                    : "MISSES " + (pcmOk ? "" : "the PCM rate target ") + (ratioOk ? "" : "the ffmpeg ratio target"));
        }
    }
}
