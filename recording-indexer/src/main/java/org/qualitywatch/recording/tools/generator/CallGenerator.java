package org.qualitywatch.recording.tools.generator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Synthetic customer-service calls with known truth.
 * <p>
 * A turn's text is split at punctuation into phrases (espeak would pause there), each phrase is a cached
 * {@link EspeakSynthesizer} clip, and the clips are joined with {@value #PHRASE_GAP_SECONDS} s gaps. Scripts are
 * laid out with {@link CallScript.Builder} from {@link Dialogues}; {@link #render} mixes the turns into an agent
 * and a customer track with per-call levels and a faint line noise. Everything random comes from the seed, so the
 * same seed gives the same call, sample for sample.
 */
public final class CallGenerator {

    public static final int SAMPLE_RATE = EspeakSynthesizer.SAMPLE_RATE;
    /** Gap between the phrases of one turn. */
    public static final double PHRASE_GAP_SECONDS = 0.15;

    /** Agent voices (female and one male variant, brisk); an agent always gets the same one. */
    public static final List<Voice> AGENT_VOICES = List.of(
            new Voice("cmn+f2", 270, 62, 100),
            new Voice("cmn+f4", 260, 58, 100),
            new Voice("cmn+f5", 265, 66, 100),
            new Voice("cmn+m2", 255, 50, 100));
    /** Customer voices (lower, slower, other variants). */
    public static final List<Voice> CUSTOMER_VOICES = List.of(
            new Voice("cmn+m3", 235, 38, 100),
            new Voice("cmn+m1", 245, 45, 100),
            new Voice("cmn+f1", 250, 52, 100),
            new Voice("cmn+m7", 230, 32, 100));

    private static final Pattern PUNCTUATION = Pattern.compile("[，。？！、；：,.?!;:…—\\s]+");
    private static final Pattern DIGITS = Pattern.compile("\\d{3,}");
    private static final String DIGIT_WORDS = "零幺二三四五六七八九";

    private final EspeakSynthesizer tts;

    public CallGenerator(Path cacheDir) {
        this(new EspeakSynthesizer(cacheDir));
    }

    public CallGenerator(EspeakSynthesizer tts) {
        this.tts = Objects.requireNonNull(tts, "tts");
    }

    public EspeakSynthesizer synthesizer() {
        return tts;
    }

    /** Voices, levels and line noise of one call. */
    public record CallVoices(Voice agent, Voice customer, double agentGain, double customerGain, double noiseDbfs) {
        public Voice of(Speaker s) {
            return s == Speaker.AGENT ? agent : customer;
        }
    }

    /** Default voices for an agent id, with levels and noise drawn from {@code rnd}. */
    public static CallVoices voices(String agentId, SplittableRandom rnd) {
        Voice a = AGENT_VOICES.get(Math.floorMod(agentId.hashCode(), AGENT_VOICES.size()));
        Voice c = CUSTOMER_VOICES.get(rnd.nextInt(CUSTOMER_VOICES.size()));
        return new CallVoices(a, c, 0.55 + 0.25 * rnd.nextDouble(), 0.35 + 0.25 * rnd.nextDouble(),
                -64 + 6 * rnd.nextDouble());
    }

    // ------------------------------------------------------------------ turns

    /** The phrases espeak speaks for a turn: split at punctuation, long digit strings read digit by digit. */
    public static List<String> phrases(String text) {
        List<String> out = new ArrayList<>();
        for (String p : PUNCTUATION.split(text)) {
            if (p.isBlank()) {
                continue;
            }
            Matcher m = DIGITS.matcher(p);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                StringBuilder w = new StringBuilder();
                for (char c : m.group().toCharArray()) {
                    w.append(DIGIT_WORDS.charAt(c - '0'));
                }
                m.appendReplacement(b, w.toString());
            }
            m.appendTail(b);
            out.add(b.toString());
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("nothing to say in '" + text + "'");
        }
        return out;
    }

    /** The audio of one turn: its phrase clips joined by short gaps. */
    public short[] turnAudio(Voice voice, String text) {
        List<short[]> clips = new ArrayList<>();
        int gap = (int) Math.round(PHRASE_GAP_SECONDS * SAMPLE_RATE);
        int total = 0;
        for (String p : phrases(text)) {
            short[] c = tts.clip(voice, p);
            clips.add(c);
            total += c.length;
        }
        total += gap * (clips.size() - 1);
        short[] out = new short[total];
        int pos = 0;
        for (short[] c : clips) {
            System.arraycopy(c, 0, out, pos, c.length);
            pos += c.length + gap;
        }
        return out;
    }

    public double turnSeconds(Voice voice, String text) {
        return (double) turnAudio(voice, text).length / SAMPLE_RATE;
    }

    /** Turn lengths for a script builder. */
    public CallScript.TurnLengths lengths(CallVoices v) {
        return (speaker, text) -> turnSeconds(v.of(speaker), text);
    }

    /** Synthesizes every phrase of the dialogue library for all voices (or the given ones) with {@code threads}. */
    public void presynthesize(List<String> agentIds, List<Voice> agentVoices, List<Voice> customerVoices,
                              int threads) {
        tts.checkAvailable();
        List<Runnable> jobs = new ArrayList<>();
        for (Speaker s : Speaker.values()) {
            List<Voice> vs = s == Speaker.AGENT ? agentVoices : customerVoices;
            for (String text : Dialogues.allTexts(s, agentIds)) {
                for (String p : phrases(text)) {
                    for (Voice v : vs) {
                        jobs.add(() -> tts.clip(v, p));
                    }
                }
            }
        }
        ExecutorService ex = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (Runnable r : jobs) {
                fs.add(ex.submit(r));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            ex.shutdownNow();
        }
    }

    // ------------------------------------------------------------------ scripts

    /**
     * A random but plausible call of a scenario.
     *
     * @param targetSeconds length to aim for (ignored by short scenarios); detail exchanges are added until it is
     *                      reached, then the resolution and closing
     * @param deadAirs      holds with dead air (4-20 s of silence) to plant
     * @param crossTalks    customer interruptions (0.6-1.5 s of overlap) to plant
     */
    public CallScript script(SplittableRandom rnd, Dialogues.Scenario sc, String agentId, CallVoices voices,
                             double targetSeconds, int deadAirs, int crossTalks) {
        ScriptState st = new ScriptState(CallScript.builder(lengths(voices)), rnd, agentId, deadAirs, crossTalks);
        st.b.lead(0.3 + 0.7 * rnd.nextDouble()).tail(0.3 + 0.9 * rnd.nextDouble());
        st.add(sc.opening());
        st.add(sc.problem());
        if (!sc.short_()) {
            List<List<Dialogues.Line>> pool = new ArrayList<>(sc.details());
            if (!sc.outbound()) {
                List<List<Dialogues.Line>> generic = new ArrayList<>(Dialogues.GENERIC);
                shuffle(generic, rnd);
                pool.addAll(generic);
            }
            double reserve = estimate(st.b, sc.resolution()) + estimate(st.b, sc.closing());
            int guard = 0;
            while (!pool.isEmpty() && guard < 200) {
                List<Dialogues.Line> ex = pool.get(guard % pool.size());
                double len = estimate(st.b, ex);
                if (st.b.cursor() + len / 2 + reserve >= targetSeconds) {
                    break;
                }
                if (st.deadAirs > 0 && guard > 0 && rnd.nextDouble() < 0.3) {
                    st.add(Dialogues.HOLD);
                }
                st.add(ex);
                guard++;
            }
            if (st.deadAirs > 0) {
                st.add(Dialogues.HOLD);
            }
            st.add(sc.resolution());
            st.add(sc.closing());
        }
        return st.b.build();
    }

    private static double estimate(CallScript.Builder b, List<Dialogues.Line> lines) {
        double s = 0;
        for (Dialogues.Line l : lines) {
            s += b.lengthOf(l.speaker(), l.text().replace("{agent}", "1000")) + 0.7;
        }
        return s;
    }

    private static <T> void shuffle(List<T> l, SplittableRandom rnd) {
        for (int i = l.size() - 1; i > 0; i--) {
            Collections.swap(l, i, rnd.nextInt(i + 1));
        }
    }

    /** Places lines one after another, planting dead air after "稍等" and customer interruptions. */
    private static final class ScriptState {
        final CallScript.Builder b;
        final SplittableRandom rnd;
        final String agentId;
        int deadAirs;
        int crossTalks;

        ScriptState(CallScript.Builder b, SplittableRandom rnd, String agentId, int deadAirs, int crossTalks) {
            this.b = b;
            this.rnd = rnd;
            this.agentId = agentId;
            this.deadAirs = deadAirs;
            this.crossTalks = crossTalks;
        }

        void add(List<Dialogues.Line> lines) {
            for (Dialogues.Line l : lines) {
                String text = l.text().replace("{agent}", agentId);
                CallScript.Turn prev = b.lastTurn();
                if (prev == null) {
                    b.say(l.speaker(), text);
                    continue;
                }
                boolean afterHold = prev.speaker() == Speaker.AGENT && prev.text().contains("稍等");
                if (afterHold && deadAirs > 0) {
                    b.deadAir(4 + 16 * rnd.nextDouble());
                    deadAirs--;
                    b.say(l.speaker(), text);
                    continue;
                }
                if (crossTalks > 0 && !afterHold && l.speaker() == Speaker.CUSTOMER
                        && prev.speaker() == Speaker.AGENT && rnd.nextDouble() < 0.35) {
                    double own = b.lengthOf(Speaker.CUSTOMER, text);
                    double overlap = Math.min(0.6 + 0.9 * rnd.nextDouble(), Math.min(prev.length() - 0.8, own - 0.4));
                    if (overlap >= 0.6) {
                        b.interrupt(Speaker.CUSTOMER, text, overlap);
                        crossTalks--;
                        continue;
                    }
                }
                double gap;
                if (l.slow() || afterHold) {
                    gap = 1.4 + rnd.nextDouble(); // 1.4-2.4 s: checking the box, typing
                } else if (prev.speaker() == l.speaker()) {
                    gap = 0.3 + 0.5 * rnd.nextDouble();
                } else {
                    gap = 0.25 + 0.9 * rnd.nextDouble();
                }
                b.pause(gap).say(l.speaker(), text);
            }
        }
    }

    // ------------------------------------------------------------------ rendering

    /**
     * Mixes the script's turns into an agent and a customer track (8 kHz), adds faint independent line noise and
     * computes the ground truth (3 s dead air, 200 ms cross-talk).
     */
    public GeneratedCall render(CallScript script, CallVoices v, long seed) {
        int n = (int) Math.ceil(script.durationSeconds() * SAMPLE_RATE);
        short[] agent = new short[n];
        short[] customer = new short[n];
        for (CallScript.Turn t : script.turns()) {
            short[] audio = turnAudio(v.of(t.speaker()), t.text());
            short[] track = t.speaker() == Speaker.AGENT ? agent : customer;
            double gain = t.speaker() == Speaker.AGENT ? v.agentGain() : v.customerGain();
            int start = (int) Math.round(t.start() * SAMPLE_RATE);
            for (int i = 0; i < audio.length && start + i < n; i++) {
                int s = track[start + i] + (int) Math.round(audio[i] * gain);
                track[start + i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, s));
            }
        }
        addNoise(agent, v.noiseDbfs(), seed * 31 + 1);
        addNoise(customer, v.noiseDbfs() + 3, seed * 31 + 2); // the customer's PSTN leg is a little noisier
        return new GeneratedCall(script, script.groundTruth(), agent, customer, SAMPLE_RATE);
    }

    /** A complete random call: scenario, length and planted events all drawn from {@code seed}. */
    public GeneratedCall generate(long seed, String agentId) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Dialogues.Scenario sc = Dialogues.SCENARIOS.get(rnd.nextInt(Dialogues.SCENARIOS.size()));
        CallVoices v = voices(agentId, rnd);
        double target = 40 + rnd.nextDouble() * 200;
        CallScript s = script(rnd, sc, agentId, v, target, rnd.nextDouble() < 0.3 ? 1 : 0,
                rnd.nextDouble() < (sc.complaint() ? 0.7 : 0.3) ? 1 : 0);
        return render(s, v, seed);
    }

    /** Gaussian-like noise (sum of four uniforms) at {@code dbfs} RMS, from a xorshift generator. */
    private static void addNoise(short[] track, double dbfs, long seed) {
        double sigma = 32768 * Math.pow(10, dbfs / 20);
        // sum of four uniform 16-bit values: variance 4 * 65536^2 / 12
        double scale = sigma / (65536 * Math.sqrt(4 / 12.0));
        long x = seed ^ 0x9E3779B97F4A7C15L;
        if (x == 0) {
            x = 1;
        }
        for (int i = 0; i < track.length; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            long sum = (x & 0xFFFF) + ((x >>> 16) & 0xFFFF) + ((x >>> 32) & 0xFFFF) + ((x >>> 48) & 0xFFFF);
            int noise = (int) Math.round((sum - 2 * 65535.0) * scale);
            int s = track[i] + noise;
            track[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, s));
        }
    }
}
