package org.qualitywatch.recording.analysis;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalysisSettingsTest {

    @Test
    void defaults() {
        AnalysisSettings s = AnalysisSettings.defaults();
        assertEquals(20, s.frameMillis());
        assertEquals(-40.0, s.speechThresholdDbfs());
        assertEquals(300, s.hangoverMillis());
        assertEquals(3.0, s.deadAirMinSeconds());
        assertEquals(200, s.crossTalkMinMillis());
        assertEquals(20, s.peaksPerSecond());
        assertEquals(0, s.agentChannel());
        assertEquals(1, s.customerChannel());
        assertEquals(4 * 3600.0, s.maxDurationSeconds());
        assertTrue(s.allowedCodecs().containsAll(Set.of("pcm_s16le", "pcm_mulaw", "pcm_alaw", "mp3", "mp3float",
                "gsm", "g722", "opus", "aac")));
        assertFalse(s.allowedCodecs().contains("flac"));
        assertFalse(s.allowedCodecs().contains("vorbis"));
    }

    @Test
    void fromLookupReadsEveryKeyAndKeepsDefaultsForUnsetOnes() {
        Map<String, String> m = Map.of(
                "qw.analysis.speech-threshold-dbfs", "-45.5",
                "qw.analysis.hangover-millis", " 200 ",
                "qw.analysis.dead-air-min-seconds", "5",
                "qw.analysis.agent-channel", "1",
                "qw.analysis.max-duration-seconds", "600",
                "qw.analysis.allowed-codecs", "PCM_S16LE, pcm_alaw;flac",
                "qw.analysis.peaks-per-second", "");
        AnalysisSettings s = AnalysisSettings.from(m::get);
        assertEquals(-45.5, s.speechThresholdDbfs());
        assertEquals(200, s.hangoverMillis());
        assertEquals(5.0, s.deadAirMinSeconds());
        assertEquals(1, s.agentChannel());
        assertEquals(0, s.customerChannel());
        assertEquals(600.0, s.maxDurationSeconds());
        assertEquals(Set.of("pcm_s16le", "pcm_alaw", "flac"), s.allowedCodecs());
        assertEquals(20, s.peaksPerSecond(), "blank keeps the default");
        assertEquals(20, s.frameMillis());
        assertEquals(AnalysisSettings.defaults(), AnalysisSettings.from(k -> null));
    }

    @Test
    void badValuesNameTheKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AnalysisSettings.from(k -> k.equals("qw.analysis.hangover-millis") ? "abc" : null));
        assertTrue(e.getMessage().contains("qw.analysis.hangover-millis"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> AnalysisSettings.from(k -> k.equals("qw.analysis.agent-channel") ? "2" : null));
        assertTrue(e.getMessage().startsWith("qw.analysis.agent-channel: agentChannel must be between 0 and 1"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> AnalysisSettings.from(k -> k.equals("qw.analysis.speech-threshold-dbfs") ? "10" : null));
        assertThrows(IllegalArgumentException.class,
                () -> AnalysisSettings.from(k -> k.equals("qw.analysis.allowed-codecs") ? " , " : null));
    }

    @Test
    void withersCopy() {
        AnalysisSettings d = AnalysisSettings.defaults();
        assertEquals(10.0, d.withMaxDurationSeconds(10).maxDurationSeconds());
        assertEquals(d.hangoverMillis(), d.withMaxDurationSeconds(10).hangoverMillis());
        assertSame(d, AnalysisSettings.defaults());
        assertThrows(UnsupportedOperationException.class, () -> d.allowedCodecs().add("flac"));
    }
}
