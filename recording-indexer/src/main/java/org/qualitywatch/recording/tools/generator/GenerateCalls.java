package org.qualitywatch.recording.tools.generator;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes a PBX-style batch of synthetic calls:
 * <pre>
 * DIR/yyyy/MM/dd/&lt;call_id&gt;.wav|.mp3          audio (stereo 8 kHz, agent left; or mono with --format mono)
 * DIR/yyyy/MM/dd/&lt;call_id&gt;.transcript.json   [{"speaker":"AGENT","start":0.52,"end":3.9,"text":"..."}, ...]
 * DIR/manifest.csv                              call_id,file,agent_id,direction,ani,dnis,skill,start_time,...
 * DIR/.done                                     empty, written last: the batch is complete
 * </pre>
 * Usage: {@code GenerateCalls --out DIR --count N --seed S [--format wav|ulaw|mp3|mono] [--start 2026-09-01]
 * [--days 60] [--agents 1001,1002,...] [--cache DIR] [--threads N] [--truth-dir DIR]}.
 * <p>
 * Deterministic for a seed (the thread count does not change the output). Calls last 30 s to 6 min with a few
 * shorter ones, start in business hours (Asia/Shanghai), and are spread over agents 1001-1012 by default.
 * {@code --truth-dir} additionally writes each call's full ground truth ({@code <call_id>.truth.json}) outside the
 * batch, for integration tests.
 */
public final class GenerateCalls {

    static final String MANIFEST_HEADER =
            "call_id,file,agent_id,direction,ani,dnis,skill,start_time,end_time,duration_s,ticket_no,ivr_survey";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String HOTLINE = "96195";

    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DAY_DIR = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final DateTimeFormatter TICKET_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    /** Share of each scenario in a batch (the short ones make "a few" calls under 30 s). */
    private static final Map<String, Integer> SCENARIO_WEIGHTS = new LinkedHashMap<>();

    static {
        SCENARIO_WEIGHTS.put("TV_MOSAIC", 14);
        SCENARIO_WEIGHTS.put("TV_NO_SIGNAL", 10);
        SCENARIO_WEIGHTS.put("BB_OUTAGE", 16);
        SCENARIO_WEIGHTS.put("BILLING_DISPUTE", 10);
        SCENARIO_WEIGHTS.put("HD_INSTALL", 10);
        SCENARIO_WEIGHTS.put("RELOCATION", 8);
        SCENARIO_WEIGHTS.put("COMPLAINT_ESCALATION", 7);
        SCENARIO_WEIGHTS.put("CALLBACK", 10);
        SCENARIO_WEIGHTS.put("WRONG_NUMBER", 2);
        SCENARIO_WEIGHTS.put("SILENT_CALLER", 2);
        SCENARIO_WEIGHTS.put("QUICK_QUESTION", 2);
    }

    /** Relative weight of each hour 08-20 (busy mornings and afternoons). */
    private static final int[] HOUR_WEIGHTS = {4, 9, 10, 8, 5, 6, 9, 9, 8, 6, 5, 5, 4};

    /** Options of one run. */
    public record Options(Path out, int count, long seed, GeneratedCall.Format format, LocalDate start, int days,
                          List<String> agents, Path cacheDir, int threads, Path truthDir) {
    }

    /** What was planned for one call (before its audio exists). */
    record Plan(int index, long seed, Dialogues.Scenario scenario, String agentId, LocalDateTime start,
                String callId, String direction, String ani, String skill, double targetSeconds, int deadAirs,
                int crossTalks, boolean ticket, String ivr) {
    }

    /** A written call. */
    record Written(Plan plan, String file, double durationSeconds) {
    }

    /** Summary of a run. */
    public record Result(int calls, double audioSeconds, Duration synthesis, Duration total, Path manifest) {
    }

    public static void main(String[] args) throws Exception {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("GenerateCalls: " + e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }
        Result r = run(o, System.err);
        System.out.printf(Locale.ROOT, "%d calls (%.0f s of audio) written to %s in %.1f s (clip synthesis %.1f s)%n",
                r.calls(), r.audioSeconds(), o.out(), r.total().toMillis() / 1000.0, r.synthesis().toMillis() / 1000.0);
    }

    static String usage() {
        return "usage: GenerateCalls --out DIR --count N --seed S [--format wav|ulaw|mp3|mono] [--start 2026-09-01]"
                + " [--days 60] [--agents 1001,1002,...] [--cache DIR] [--threads N] [--truth-dir DIR]";
    }

    public static Options parse(String[] args) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String k = args[i];
            if (!k.startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --option value, got '" + k + "'");
            }
            m.put(k.substring(2), args[++i]);
        }
        Set<String> known = Set.of("out", "count", "seed", "format", "start", "days", "agents", "cache", "threads",
                "truth-dir");
        for (String k : m.keySet()) {
            if (!known.contains(k)) {
                throw new IllegalArgumentException("unknown option --" + k);
            }
        }
        if (!m.containsKey("out") || !m.containsKey("count") || !m.containsKey("seed")) {
            throw new IllegalArgumentException("--out, --count and --seed are required");
        }
        int count = Integer.parseInt(m.get("count"));
        if (count < 1) {
            throw new IllegalArgumentException("--count must be at least 1");
        }
        int days = Integer.parseInt(m.getOrDefault("days", "60"));
        if (days < 1) {
            throw new IllegalArgumentException("--days must be at least 1");
        }
        List<String> agents = m.containsKey("agents")
                ? Arrays.stream(m.get("agents").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                : java.util.stream.IntStream.rangeClosed(1001, 1012).mapToObj(Integer::toString).toList();
        for (String a : agents) {
            if (!a.matches("\\d{3,6}")) {
                throw new IllegalArgumentException("agent ids are 3-6 digits: " + a);
            }
        }
        return new Options(Path.of(m.get("out")), count, Long.parseLong(m.get("seed")),
                GeneratedCall.Format.parse(m.getOrDefault("format", "wav")),
                LocalDate.parse(m.getOrDefault("start", "2026-09-01")), days, agents,
                m.containsKey("cache") ? Path.of(m.get("cache")) : EspeakSynthesizer.defaultCacheDir(),
                Integer.parseInt(m.getOrDefault("threads", Integer.toString(Runtime.getRuntime().availableProcessors()))),
                m.containsKey("truth-dir") ? Path.of(m.get("truth-dir")) : null);
    }

    /** Generates the batch; progress goes to {@code log}. */
    public static Result run(Options o, PrintStream log) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Files.createDirectories(o.out());
        Files.deleteIfExists(o.out().resolve(".done"));
        if (o.truthDir() != null) {
            Files.createDirectories(o.truthDir());
        }
        CallGenerator gen = new CallGenerator(o.cacheDir());
        List<Plan> plans = plan(o);

        Set<Voice> agentVoices = new LinkedHashSet<>();
        for (String a : o.agents()) {
            agentVoices.add(CallGenerator.voices(a, new SplittableRandom(0)).agent());
        }
        gen.presynthesize(o.agents(), List.copyOf(agentVoices), CallGenerator.CUSTOMER_VOICES, o.threads());
        long t1 = System.nanoTime();
        log.printf(Locale.ROOT, "clip pool ready in %.1f s (cache %s)%n", (t1 - t0) / 1e9, o.cacheDir());

        ExecutorService ex = Executors.newFixedThreadPool(Math.max(1, o.threads()));
        List<Written> written = new ArrayList<>();
        try {
            List<Future<Written>> fs = new ArrayList<>();
            for (Plan p : plans) {
                fs.add(ex.submit(() -> write(gen, p, o)));
            }
            int done = 0;
            for (Future<Written> f : fs) {
                written.add(f.get());
                if (++done % 50 == 0 || done == fs.size()) {
                    log.printf(Locale.ROOT, "%d/%d calls%n", done, fs.size());
                }
            }
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io;
            }
            throw c instanceof RuntimeException re ? re : new IllegalStateException(c);
        } finally {
            ex.shutdownNow();
        }

        Path manifest = o.out().resolve("manifest.csv");
        writeManifest(manifest, written);
        Files.createFile(o.out().resolve(".done"));
        double audio = written.stream().mapToDouble(Written::durationSeconds).sum();
        return new Result(written.size(), audio, Duration.ofNanos(t1 - t0), Duration.ofNanos(System.nanoTime() - t0),
                manifest);
    }

    /** Draws every call's metadata from the seed, sorted by start time. */
    static List<Plan> plan(Options o) {
        SplittableRandom master = new SplittableRandom(o.seed());
        List<Plan> plans = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int totalWeight = SCENARIO_WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
        int hourTotal = Arrays.stream(HOUR_WEIGHTS).sum();
        for (int i = 0; i < o.count(); i++) {
            SplittableRandom r = master.split();
            long seed = r.nextLong();
            Dialogues.Scenario sc = Dialogues.scenario(pick(SCENARIO_WEIGHTS, totalWeight, r));
            String agent = o.agents().get(r.nextInt(o.agents().size()));
            int h = 0;
            for (int x = r.nextInt(hourTotal); x >= HOUR_WEIGHTS[h]; h++) {
                x -= HOUR_WEIGHTS[h];
            }
            LocalDateTime start = o.start().plusDays(r.nextInt(o.days())).atTime(8 + h, r.nextInt(60), r.nextInt(60));
            String callId;
            do {
                callId = start.format(ID_TIME) + "-" + agent + "-" + (100 + r.nextInt(900));
            } while (!ids.add(callId));
            String skill = switch (sc.id()) {
                case "BILLING_DISPUTE", "CALLBACK" -> r.nextBoolean() ? "TV" : "BB";
                case "QUICK_QUESTION", "WRONG_NUMBER" -> List.of("TV", "HD", "BB").get(r.nextInt(3));
                default -> sc.skill();
            };
            String phone = phone(r);
            double target = Math.max(35, Math.min(350, 150 * Math.exp(0.5 * r.nextGaussian())));
            int dead = r.nextDouble() < 0.25 ? (r.nextDouble() < 0.2 ? 2 : 1) : 0;
            int cross = sc.complaint() ? (r.nextDouble() < 0.7 ? 1 + r.nextInt(2) : 0) : (r.nextDouble() < 0.25 ? 1 : 0);
            boolean ticket = !sc.short_() && !sc.outbound() && r.nextDouble() < 0.9;
            String ivr = "";
            if (!sc.outbound() && !sc.short_() && r.nextDouble() < 0.7) {
                double[] w = sc.complaint() ? new double[]{5, 3, 1, 1, 0.2} : new double[]{0.3, 0.5, 1.5, 3, 6};
                ivr = Integer.toString(1 + pickIndex(w, r));
            }
            plans.add(new Plan(i, seed, sc, agent, start, callId, sc.outbound() ? "OUT" : "IN", phone, skill,
                    target, sc.short_() ? 0 : dead, sc.short_() ? 0 : cross, ticket, ivr));
        }
        plans.sort(Comparator.comparing(Plan::start).thenComparing(Plan::callId));
        return plans;
    }

    private static Written write(CallGenerator gen, Plan p, Options o) throws IOException {
        SplittableRandom r = new SplittableRandom(p.seed());
        CallGenerator.CallVoices v = CallGenerator.voices(p.agentId(), r);
        CallScript script = gen.script(r, p.scenario(), p.agentId(), v, p.targetSeconds(), p.deadAirs(),
                p.crossTalks());
        GeneratedCall call = gen.render(script, v, p.seed());
        String rel = p.start().format(DAY_DIR) + "/" + p.callId() + "." + o.format().extension();
        Path audio = o.out().resolve(rel);
        call.write(audio, o.format());
        call.writeTranscript(audio.resolveSibling(p.callId() + ".transcript.json"));
        if (o.truthDir() != null) {
            call.writeTruth(o.truthDir().resolve(p.callId() + ".truth.json"));
        }
        return new Written(p, rel, call.durationSeconds());
    }

    private static void writeManifest(Path manifest, List<Written> calls) throws IOException {
        StringBuilder b = new StringBuilder(MANIFEST_HEADER).append('\n');
        int seq = 0;
        for (Written w : calls) {
            Plan p = w.plan();
            long secs = Math.round(w.durationSeconds());
            String ticket = p.ticket() ? "GD" + p.start().format(TICKET_DAY) + String.format(Locale.ROOT, "%05d",
                    ++seq) : "";
            String ani = p.direction().equals("IN") ? p.ani() : HOTLINE;
            String dnis = p.direction().equals("IN") ? HOTLINE : p.ani();
            b.append(String.join(",", p.callId(), w.file(), p.agentId(), p.direction(), ani, dnis, p.skill(),
                    p.start().format(CSV_TIME), p.start().plusSeconds(secs).format(CSV_TIME), Long.toString(secs),
                    ticket, p.ivr())).append('\n');
        }
        Path tmp = manifest.resolveSibling(".manifest.csv.tmp");
        Files.writeString(tmp, b, StandardCharsets.UTF_8);
        Files.move(tmp, manifest, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static String phone(SplittableRandom r) {
        if (r.nextDouble() < 0.1) { // Shenyang landline
            return "024" + (2000_0000 + r.nextInt(8000_0000));
        }
        String[] prefixes = {"134", "135", "136", "137", "138", "139", "150", "151", "152", "157", "158", "159",
                "182", "183", "187", "188", "130", "131", "132", "155", "156", "185", "186", "133", "153", "180",
                "181", "189", "199"};
        return prefixes[r.nextInt(prefixes.length)] + String.format(Locale.ROOT, "%08d", r.nextInt(100_000_000));
    }

    private static String pick(Map<String, Integer> weights, int total, SplittableRandom r) {
        int x = r.nextInt(total);
        for (Map.Entry<String, Integer> e : weights.entrySet()) {
            if (x < e.getValue()) {
                return e.getKey();
            }
            x -= e.getValue();
        }
        throw new IllegalStateException();
    }

    private static int pickIndex(double[] w, SplittableRandom r) {
        double total = Arrays.stream(w).sum();
        double x = r.nextDouble() * total;
        for (int i = 0; i < w.length; i++) {
            if (x < w[i]) {
                return i;
            }
            x -= w[i];
        }
        return w.length - 1;
    }

    private GenerateCalls() {
    }
}
