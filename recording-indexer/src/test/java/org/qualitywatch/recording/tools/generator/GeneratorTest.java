package org.qualitywatch.recording.tools.generator;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** espeak-ng clips, phrase handling, dialogues and determinism. Fails when espeak-ng is missing. */
class GeneratorTest {

    static final Path CACHE = Path.of("target", "tts-cache");

    @Test
    void espeakNgWithMandarinIsInstalled() {
        // deliberately not an assumption: without espeak-ng the generator cannot work and the build must say so
        new EspeakSynthesizer(CACHE).checkAvailable();
    }

    @Test
    void clipsAreTrimmedAt8kHzAndCached() {
        EspeakSynthesizer tts = new EspeakSynthesizer(CACHE);
        Voice v = CallGenerator.AGENT_VOICES.get(0);
        short[] a = tts.clip(v, "您好很高兴为您服务");
        assertTrue(a.length > 8000 && a.length < 8000 * 5, "1-5 s: " + a.length);
        assertTrue(rms(a, 0, 80) > 32768 * Math.pow(10, -45 / 20.0) * 0.5, "starts with sound");
        assertTrue(rms(a, a.length - 80, a.length) > 32768 * Math.pow(10, -45 / 20.0) * 0.5, "ends with sound");
        // a fresh synthesizer on the same cache directory reads the file instead of running espeak
        short[] b = new EspeakSynthesizer(CACHE).clip(v, "您好很高兴为您服务");
        assertArrayEquals(a, b);
        short[] c = tts.clip(CallGenerator.CUSTOMER_VOICES.get(0), "您好很高兴为您服务");
        assertFalse(Arrays.equals(a, c), "customer voice differs");
    }

    @Test
    void phrasesSplitAtPunctuationAndReadIdsDigitByDigit() {
        assertEquals(List.of("您好", "很高兴为您服务", "工号幺零零六", "请问有什么可以帮您"),
                CallGenerator.phrases("您好，很高兴为您服务，工号1006，请问有什么可以帮您？"));
        assertEquals(List.of("上面写着LOS"), CallGenerator.phrases("上面写着LOS。"));
        assertEquals(List.of("十五号"), CallGenerator.phrases("十五号"));
    }

    @Test
    void dialoguesCoverTheOperatorsCasesAndKeywords() {
        assertTrue(Dialogues.SCENARIOS.size() >= 10);
        for (String id : List.of("TV_MOSAIC", "TV_NO_SIGNAL", "BB_OUTAGE", "BILLING_DISPUTE", "HD_INSTALL",
                "RELOCATION", "COMPLAINT_ESCALATION")) {
            assertEquals(id, Dialogues.scenario(id).id());
        }
        for (String word : List.of("投诉", "赔偿", "监管")) {
            assertTrue(Dialogues.SCENARIOS.stream().anyMatch(s -> s.mentions(word)), word);
        }
        assertTrue(Dialogues.scenario("COMPLAINT_ESCALATION").mentions("监管"));
        for (Dialogues.Scenario s : Dialogues.SCENARIOS) {
            assertTrue(List.of("TV", "HD", "BB").contains(s.skill()), s.id());
            for (Speaker sp : Speaker.values()) {
                for (String t : s.texts(sp)) {
                    for (String p : CallGenerator.phrases(t.replace("{agent}", "1001"))) {
                        assertTrue(p.length() <= 24, "phrase too long for natural pacing: " + p);
                    }
                }
            }
        }
    }

    @Test
    void sameSeedSameCallDifferentSeedDifferentCall() {
        CallGenerator gen = new CallGenerator(CACHE);
        GeneratedCall a = gen.generate(4242, "1005");
        GeneratedCall b = new CallGenerator(CACHE).generate(4242, "1005");
        assertArrayEquals(a.agentSamples(), b.agentSamples());
        assertArrayEquals(a.customerSamples(), b.customerSamples());
        assertEquals(a.truth(), b.truth());
        assertEquals(a.truth().transcriptJson(), b.truth().transcriptJson());
        GeneratedCall c = gen.generate(4243, "1005");
        assertNotEquals(a.truth(), c.truth());
    }

    @Test
    void renderedTrackPlacesEachTurnWhereTheTruthSays() {
        CallGenerator gen = new CallGenerator(CACHE);
        CallGenerator.CallVoices v = new CallGenerator.CallVoices(CallGenerator.AGENT_VOICES.get(1),
                CallGenerator.CUSTOMER_VOICES.get(2), 0.7, 0.5, -70);
        CallScript s = CallScript.builder(gen.lengths(v)).lead(1).agent("您好，请问有什么可以帮您？")
                .pause(0.8).customer("我家电视没信号了。").tail(1).build();
        GeneratedCall call = gen.render(s, v, 1);
        assertEquals(s.durationSeconds(), call.durationSeconds(), 1.0 / 8000 + 1e-9);
        CallScript.Turn agent = s.turns().get(0);
        double silence = 32768 * Math.pow(10, -55 / 20.0);
        assertTrue(rms(call.agentSamples(), 0, (int) (agent.start() * 8000) - 8) < silence, "silent before");
        assertTrue(rms(call.agentSamples(), (int) (agent.start() * 8000), (int) (agent.start() * 8000) + 80)
                > silence, "sound at the start");
        assertTrue(rms(call.customerSamples(), 0, (int) (s.turns().get(1).start() * 8000) - 8) < silence,
                "customer silent while the agent talks");
        short[] mono = call.mono();
        assertEquals(call.agentSamples().length, mono.length);
        short[] stereo = call.stereo();
        assertEquals(call.agentSamples()[9000], stereo[18000]);
        assertEquals(call.customerSamples()[9000], stereo[18001]);
    }

    @Test
    void resamplerKeepsSpeechBandAndRemovesAliases() {
        Resampler r = new Resampler(22050, 8000);
        short[] low = sine(1000, 22050, 22050);
        short[] high = sine(6000, 22050, 22050);
        short[] lo8 = r.resample(low);
        short[] hi8 = r.resample(high);
        assertEquals(8000, lo8.length);
        assertEquals(10000 / Math.sqrt(2), rms(lo8, 200, 7800), 150, "1 kHz passes");
        assertTrue(rms(hi8, 200, 7800) < 10000 / Math.sqrt(2) / 100, "6 kHz (above 4 kHz Nyquist) is removed");
    }

    @Test
    void muLawEncodingMatchesG711() {
        assertEquals((byte) 0xFF, AudioWriter.linearToMulaw(0));
        assertEquals((byte) 0x80, AudioWriter.linearToMulaw(32767));
        assertEquals((byte) 0x00, AudioWriter.linearToMulaw(-32768));
        assertEquals((byte) 0xF2, AudioWriter.linearToMulaw(100));
        assertEquals((byte) 0x72, AudioWriter.linearToMulaw(-100));
    }

    static short[] sine(double hz, int rate, int n) {
        short[] s = new short[n];
        for (int i = 0; i < n; i++) {
            s[i] = (short) Math.round(10000 * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return s;
    }

    static double rms(short[] s, int from, int to) {
        double e = 0;
        for (int i = from; i < to; i++) {
            e += (double) s[i] * s[i];
        }
        return Math.sqrt(e / Math.max(1, to - from));
    }
}
