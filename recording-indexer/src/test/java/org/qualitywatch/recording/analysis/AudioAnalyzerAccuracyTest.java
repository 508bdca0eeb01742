package org.qualitywatch.recording.analysis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.qualitywatch.recording.tools.generator.GeneratedCall;
import org.qualitywatch.recording.tools.generator.GroundTruth;
import org.qualitywatch.recording.tools.generator.Speaker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The analyzer against the generator's ground truth, for the same call as PCM WAV, µ-law WAV, MP3 and mono. */
class AudioAnalyzerAccuracyTest {

    static final double TALK_TOLERANCE = 0.05;
    static final double TIME_TOLERANCE = 0.3;

    @ParameterizedTest
    @EnumSource(value = GeneratedCall.Format.class, names = {"WAV", "ULAW", "MP3"})
    void stereoCallMatchesTheTruth(GeneratedCall.Format format) throws Exception {
        GeneratedCall call = TestCalls.reference();
        GroundTruth truth = call.truth();
        AudioAnalysis a = AudioAnalyzer.analyze(TestCalls.file(format));

        assertEquals(2, a.channels());
        assertEquals(8000, a.sampleRate());
        assertTrue(a.speakerSplitKnown());
        assertFalse(a.truncated(), "not truncated");
        assertEquals(truth.durationSeconds(), a.decodedDurationSeconds(), 0.1, "decoded duration");
        assertNotNull(a.declaredDurationSeconds());
        assertEquals(a.decodedDurationSeconds(), a.declaredDurationSeconds(), 0.1, "declared duration");
        assertEquals(switch (format) {
            case WAV -> "pcm_s16le";
            case ULAW -> "pcm_mulaw";
            default -> "mp3float";
        }, a.codec());
        assertEquals(format == GeneratedCall.Format.MP3 ? "mp3" : "wav", a.container());

        assertTalk(truth.talkSeconds(Speaker.AGENT), a.channel(ChannelRole.AGENT), 0);
        assertTalk(truth.talkSeconds(Speaker.CUSTOMER), a.channel(ChannelRole.CUSTOMER), 1);

        assertSegments("dead air", truth.deadAir(), a.deadAir());
        assertEquals(4, truth.deadAir().size(), "planted: leading, two holds, trailing");
        assertEquals(truth.deadAir().stream().mapToDouble(GroundTruth.Interval::length).max().orElseThrow(),
                a.maxDeadAirSeconds(), TIME_TOLERANCE);

        assertNotNull(a.crossTalk());
        assertEquals(2, truth.crossTalk().size());
        assertEquals(truth.crossTalk().size(), a.crossTalkCount(), "cross-talk count: " + a.crossTalk());
        for (GroundTruth.Interval planted : truth.crossTalk()) {
            AudioAnalysis.Segment found = a.crossTalk().segments().stream()
                    .filter(s -> s.overlap(planted.start(), planted.end()) > 0).findFirst()
                    .orElseThrow(() -> new AssertionError("no cross-talk found at " + planted + ": " + a.crossTalk()));
            assertEquals(planted.start(), found.startSeconds(), TIME_TOLERANCE, "cross-talk start");
            assertTrue(found.lengthSeconds() >= 0.2 && found.lengthSeconds() <= planted.length() + TIME_TOLERANCE,
                    "cross-talk length " + found + " vs " + planted);
        }
        double anyone = truth.anyoneTalkingSeconds();
        assertEquals(truth.durationSeconds() - anyone, a.silenceSeconds(), 0.05 * truth.durationSeconds(),
                "silence");
    }

    @Test
    void levelsArePlausible() throws Exception {
        AudioAnalysis a = AudioAnalyzer.analyze(TestCalls.file(GeneratedCall.Format.WAV));
        AudioAnalysis.ChannelStats agent = a.channel(ChannelRole.AGENT);
        AudioAnalysis.ChannelStats customer = a.channel(ChannelRole.CUSTOMER);
        assertEquals(0, agent.channel());
        assertEquals(1, customer.channel());
        // espeak speech is ~-21 dBFS RMS at full gain; the agent is mixed at 0.6 (-4.4 dB), the customer at 0.4 (-8 dB)
        assertTrue(agent.levelDbfs() > -32 && agent.levelDbfs() < -18, "agent level " + agent.levelDbfs());
        assertTrue(customer.levelDbfs() < agent.levelDbfs(), "customer quieter than agent");
        assertTrue(agent.peakDbfs() > agent.levelDbfs() && agent.peakDbfs() < 0, "agent peak " + agent.peakDbfs());
        assertEquals(0, agent.clippingRatio());
        assertEquals(agent.talkSeconds() / a.decodedDurationSeconds(), agent.talkRatio(), 1e-9);
        assertEquals(Integer.valueOf(256_000), a.bitRate());
    }

    @Test
    void agentChannelSettingSwapsRoles() throws Exception {
        AudioAnalysis a = AudioAnalyzer.analyze(TestCalls.file(GeneratedCall.Format.WAV),
                AnalysisSettings.defaults().withAgentChannel(1));
        assertEquals(1, a.channel(ChannelRole.AGENT).channel());
        assertEquals(TestCalls.reference().truth().talkSeconds(Speaker.CUSTOMER),
                a.channel(ChannelRole.AGENT).talkSeconds(), 0.05 * a.channel(ChannelRole.AGENT).talkSeconds());
    }

    @Test
    void monoMixdownHasNoSpeakerSplit() throws Exception {
        GroundTruth truth = TestCalls.reference().truth();
        AudioAnalysis a = AudioAnalyzer.analyze(TestCalls.file(GeneratedCall.Format.MONO_WAV));
        assertEquals(1, a.channels());
        assertFalse(a.speakerSplitKnown());
        assertNull(a.crossTalk());
        assertEquals(0, a.crossTalkCount());
        assertEquals(0, a.crossTalkSeconds());
        assertEquals(1, a.channelStats().size());
        assertEquals(ChannelRole.UNKNOWN, a.channelStats().get(0).role());
        assertNull(a.channel(ChannelRole.AGENT));
        double anyone = truth.anyoneTalkingSeconds();
        assertEquals(anyone, a.channelStats().get(0).talkSeconds(), TALK_TOLERANCE * anyone, "talk time of the mix");
        assertSegments("dead air", truth.deadAir(), a.deadAir());
        assertEquals(1, a.waveform().channelCount());
    }

    /** Random calls from the generator (scenario, voices, levels, planted events all drawn from the seed). */
    @ParameterizedTest
    @ValueSource(longs = {7, 19, 2026})
    void randomGeneratedCallsMatchTheirTruth(long seed, @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        GeneratedCall call = TestCalls.generator().generate(seed, "1003");
        Path f = dir.resolve("call.wav");
        call.write(f, GeneratedCall.Format.WAV);
        GroundTruth truth = call.truth();
        AudioAnalysis a = AudioAnalyzer.analyze(f);
        assertTalk(truth.talkSeconds(Speaker.AGENT), a.channel(ChannelRole.AGENT), 0);
        if (truth.talkSeconds(Speaker.CUSTOMER) > 0) {
            assertTalk(truth.talkSeconds(Speaker.CUSTOMER), a.channel(ChannelRole.CUSTOMER), 1);
        }
        assertSegments("dead air", truth.deadAir(), a.deadAir());
        assertEquals(truth.crossTalk().size(), a.crossTalkCount(), "cross-talk " + truth.crossTalk() + " vs "
                + a.crossTalk());
        for (GroundTruth.Interval planted : truth.crossTalk()) {
            assertTrue(a.crossTalk().segments().stream()
                    .anyMatch(s -> Math.abs(s.startSeconds() - planted.start()) <= TIME_TOLERANCE),
                    "cross-talk at " + planted + ": " + a.crossTalk());
        }
        Files.delete(f);
    }

    static void assertTalk(double expected, AudioAnalysis.ChannelStats actual, int channel) {
        assertNotNull(actual);
        assertEquals(channel, actual.channel());
        assertEquals(expected, actual.talkSeconds(), TALK_TOLERANCE * expected,
                actual.role() + " talk time: truth " + expected + " s, measured " + actual.talkSeconds() + " s");
    }

    /** Same number of segments, each start and length within 0.3 s. */
    static void assertSegments(String what, List<GroundTruth.Interval> truth, List<AudioAnalysis.Segment> found) {
        assertEquals(truth.size(), found.size(), what + ": truth " + truth + ", found " + found);
        for (int i = 0; i < truth.size(); i++) {
            GroundTruth.Interval t = truth.get(i);
            AudioAnalysis.Segment f = found.get(i);
            if (Math.abs(t.start() - f.startSeconds()) > TIME_TOLERANCE
                    || Math.abs(t.length() - f.lengthSeconds()) > TIME_TOLERANCE) {
                fail(what + " #" + i + ": truth " + t + " (length " + t.length() + "), found " + f);
            }
        }
    }
}
