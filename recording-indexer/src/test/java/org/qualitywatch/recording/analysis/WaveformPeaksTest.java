package org.qualitywatch.recording.analysis;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.qualitywatch.recording.tools.generator.CallScript;
import org.qualitywatch.recording.tools.generator.GeneratedCall;
import org.qualitywatch.recording.tools.generator.GroundTruth;
import org.qualitywatch.recording.tools.generator.Speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Waveform peaks of the reference call: one bucket per 1/20 s, near zero in dead air, loud where people talk. */
class WaveformPeaksTest {

    @ParameterizedTest
    @EnumSource(value = GeneratedCall.Format.class)
    void peaksFollowTheCall(GeneratedCall.Format format) throws Exception {
        AudioAnalysis a = AudioAnalyzer.analyze(TestCalls.file(format));
        AudioAnalysis.Waveform w = a.waveform();
        int pps = AnalysisSettings.defaults().peaksPerSecond();
        assertEquals(pps, w.peaksPerSecond());
        assertEquals(a.channels(), w.channelCount());
        int expected = (int) Math.ceil(a.decodedDurationSeconds() * pps);
        for (int c = 0; c < a.channels(); c++) {
            assertEquals(expected, w.peaks(c).length, "channel " + c);
            float[] f = w.peaksAsFloats(c);
            assertEquals(expected, f.length);
            for (float v : f) {
                assertTrue(v >= 0 && v <= 1, "0..1: " + v);
            }
        }
        assertEquals(a.channels(), w.asFloats().length);

        GroundTruth truth = TestCalls.reference().truth();
        for (GroundTruth.Interval dead : truth.deadAir()) {
            for (int i = (int) Math.ceil((dead.start() + 0.2) * pps); i < (dead.end() - 0.2) * pps; i++) {
                for (int c = 0; c < a.channels(); c++) {
                    assertTrue(w.peaks(c)[i] <= 2, format + ": peak " + w.peaks(c)[i] + " in dead air at " + i
                            / (double) pps + " s, channel " + c);
                }
            }
        }
        if (a.channels() == 2) {
            for (CallScript.Turn t : TestCalls.reference().script().turns()) {
                int c = t.speaker() == Speaker.AGENT ? 0 : 1;
                int max = 0;
                for (int i = (int) (t.start() * pps); i < t.end() * pps; i++) {
                    max = Math.max(max, w.peaks(c)[i]);
                }
                assertTrue(max > 20, format + ": turn at " + t.start() + " s has peak " + max);
            }
        }
    }
}
