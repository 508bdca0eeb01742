package org.qualitywatch.recording.analysis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qualitywatch.recording.tools.generator.AudioWriter;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exact synthetic signals (tone bursts at known places, no TTS) pin down the VAD rules: hangover bridging,
 * dead-air and cross-talk thresholds, levels, peaks and clipping.
 */
class SignalBehaviourTest {

    static final int RATE = 8000;

    @TempDir
    Path dir;

    /** Adds a 440 Hz tone of {@code amplitude} on one channel over [from, to) seconds. */
    static void tone(short[] stereo, int channel, double from, double to, double amplitude) {
        for (int i = (int) Math.round(from * RATE); i < Math.round(to * RATE); i++) {
            stereo[2 * i + channel] = (short) Math.round(amplitude * Math.sin(2 * Math.PI * 440 * i / RATE));
        }
    }

    Path write(short[] stereo, String name) throws Exception {
        Path f = dir.resolve(name);
        AudioWriter.writePcm16Wav(f, stereo, 2, RATE);
        return f;
    }

    @Test
    void deadAirCrossTalkAndHangoverOnExactSignals() throws Exception {
        short[] s = new short[20 * RATE * 2];
        tone(s, 0, 1.0, 3.0, 8000);       // agent
        tone(s, 0, 3.2, 4.0, 8000);       // 200 ms dip inside agent speech: bridged by the 300 ms hangover
        tone(s, 1, 3.5, 5.0, 4000);       // customer starts while the agent talks: 0.5 s cross-talk
        tone(s, 0, 8.5, 9.0, 8000);       // 3.5 s of silence before: dead air [5.0, 8.5)
        tone(s, 1, 9.1, 9.2, 4000);       // customer alone (the agent stopped at 9.0): no cross-talk
        tone(s, 0, 9.5, 12.0, 8000);
        tone(s, 1, 11.9, 12.05, 4000);    // 100 ms overlap: below the 200 ms cross-talk minimum
        tone(s, 0, 14.9, 16.0, 8000);     // 2.85 s gap before: silence, not dead air; then 4 s trailing dead air
        AudioAnalysis a = AudioAnalyzer.analyze(write(s, "tones.wav"));

        assertEquals(20.0, a.decodedDurationSeconds(), 1e-9);
        assertEquals(20.0, a.declaredDurationSeconds(), 1e-9);
        // agent: 1.0-4.0 (dip bridged) + 8.5-9.0 + 9.5-12.0 + 14.9-16.0
        assertEquals(3.0 + 0.5 + 2.5 + 1.1, a.channel(ChannelRole.AGENT).talkSeconds(), 0.05);
        assertEquals(1.5 + 0.1 + 0.15, a.channel(ChannelRole.CUSTOMER).talkSeconds(), 0.05);

        assertEquals(1, a.crossTalkCount(), a.crossTalk().toString());
        AudioAnalysis.Segment x = a.crossTalk().segments().get(0);
        assertEquals(3.5, x.startSeconds(), 0.03);
        assertEquals(0.5, x.lengthSeconds(), 0.03);
        assertEquals(0.5, a.crossTalkSeconds(), 0.03);

        assertEquals(2, a.deadAir().size(), a.deadAir().toString());
        assertEquals(5.0, a.deadAir().get(0).startSeconds(), 0.03);
        assertEquals(3.5, a.deadAir().get(0).lengthSeconds(), 0.03);
        assertEquals(16.0, a.deadAir().get(1).startSeconds(), 0.03);
        assertEquals(4.0, a.deadAir().get(1).lengthSeconds(), 0.03);
        assertEquals(4.0, a.maxDeadAirSeconds(), 0.03);
        // silence: 0-1, 5-8.5, 9.0-9.1, 9.2-9.5, 12.05-14.9, 16-20
        assertEquals(1.0 + 3.5 + 0.1 + 0.3 + 2.85 + 4.0, a.silenceSeconds(), 0.08);
    }

    @Test
    void leadingSilenceIsDeadAir() throws Exception {
        short[] s = new short[10 * RATE * 2];
        tone(s, 0, 4.0, 6.0, 8000);
        tone(s, 1, 6.5, 9.5, 8000);
        AudioAnalysis a = AudioAnalyzer.analyze(write(s, "lead.wav"));
        assertEquals(1, a.deadAir().size());
        assertEquals(0.0, a.deadAir().get(0).startSeconds(), 1e-9);
        assertEquals(4.0, a.deadAir().get(0).lengthSeconds(), 0.03);
    }

    @Test
    void levelsPeaksAndClipping() throws Exception {
        short[] s = new short[4 * RATE * 2];
        tone(s, 0, 0.0, 4.0, 3276.8);              // -20 dBFS peak, -23 dBFS RMS
        for (int i = 0; i < 2 * RATE; i++) {        // right: 2 s of a square wave at full scale, 2 s silent
            s[2 * i + 1] = (short) ((i / 20) % 2 == 0 ? 32767 : -32768);
        }
        AudioAnalysis a = AudioAnalyzer.analyze(write(s, "levels.wav"));
        AudioAnalysis.ChannelStats left = a.channel(ChannelRole.AGENT);
        AudioAnalysis.ChannelStats right = a.channel(ChannelRole.CUSTOMER);
        assertEquals(-20 - 3.0103, left.levelDbfs(), 0.05);
        assertEquals(-20, left.peakDbfs(), 0.05);
        assertEquals(0, left.clippingRatio());
        assertEquals(0.0, right.levelDbfs(), 0.01);
        assertEquals(0.0, right.peakDbfs(), 0.01);
        assertEquals(0.5, right.clippingRatio(), 1e-9, "every sample of the first half is at full scale");
        assertEquals(2.0, right.talkSeconds(), 0.03);

        AudioAnalysis.Waveform w = a.waveform();
        assertEquals(20, w.peaksPerSecond());
        assertEquals(80, w.length());
        byte[] r = w.peaks(1);
        assertEquals(127, r[0]);
        assertEquals(127, r[39]);
        assertEquals(0, r[40]);
        assertEquals(0, r[79]);
        byte[] l = w.peaks(0);
        assertEquals(Math.round(3276.8 * 127 / 32768), l[10], 1);
        float[] f = w.peaksAsFloats(1);
        assertEquals(1.0f, f[0], 1e-6);
        assertEquals(0.0f, f[79], 1e-6);
    }

    @Test
    void peakCountIsCeilOfDurationTimesRate() throws Exception {
        short[] s = new short[(int) (2.537 * RATE) * 2];
        tone(s, 0, 0.5, 1.5, 8000);
        AudioAnalysis a = AudioAnalyzer.analyze(write(s, "odd.wav"));
        assertEquals(2.537, a.decodedDurationSeconds(), 1e-9);
        assertEquals((int) Math.ceil(2.537 * 20), a.waveform().length());
        AnalysisSettings pps50 = AnalysisSettings.from(k -> k.equals(AnalysisSettings.KEY_PEAKS_PER_SECOND) ? "50"
                : null);
        AudioAnalysis b = AudioAnalyzer.analyze(dir.resolve("odd.wav"), pps50);
        assertEquals((int) Math.ceil(2.537 * 50), b.waveform().length());
        assertEquals(b.waveform().length(), b.waveform().peaks(1).length);
        assertTrue(b.waveform().peaks(1)[10] == 0 && b.waveform().peaks(0)[50] > 20);
    }

    @Test
    void thresholdSettingDecidesWhatIsSpeech() throws Exception {
        short[] s = new short[4 * RATE * 2];
        tone(s, 0, 1.0, 3.0, 32768 * Math.pow(10, -45 / 20.0) * Math.sqrt(2)); // -45 dBFS RMS
        Path f = write(s, "quiet.wav");
        assertEquals(0, AudioAnalyzer.analyze(f).channel(ChannelRole.AGENT).talkSeconds());
        assertEquals(2.0, AudioAnalyzer.analyze(f, AnalysisSettings.defaults().withSpeechThresholdDbfs(-50))
                .channel(ChannelRole.AGENT).talkSeconds(), 0.03);
    }
}
