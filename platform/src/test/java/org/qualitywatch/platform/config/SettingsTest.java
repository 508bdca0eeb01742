package org.qualitywatch.platform.config;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsTest {

    private final Settings settings = new Settings(Map.of(
            "QW_ES_URL", "http://es1:9200,http://es2:9200",
            "QW_OUTBOX_BATCH_SIZE", "250",
            "QW_SESSION_IDLE_TIMEOUT", "PT45M",
            "QW_LOCK_SECONDS", "90",
            "QW_BROKEN_NUMBER", "12x",
            "QW_BLANK", "  "));

    @Test
    void keysMapToUpperCaseEnvironmentVariables() {
        assertEquals("QW_ES_INDEX_PREFIX", Settings.environmentName("qw.es.index-prefix"));
        assertEquals("http://es1:9200,http://es2:9200", settings.get("qw.es.url", "default"));
        assertEquals(250, settings.getInt("qw.outbox.batch-size", 1000));
    }

    @Test
    void blankOrMissingValuesFallBackToTheDefault() {
        assertEquals("x", settings.get("qw.blank", "x"));
        assertEquals(7, settings.getInt("qw.not.set", 7));
    }

    @Test
    void durationsAreIsoOrSeconds() {
        assertEquals(Duration.ofMinutes(45), settings.getDuration("qw.session.idle-timeout", Duration.ZERO));
        assertEquals(Duration.ofSeconds(90), settings.getDuration("qw.lock-seconds", Duration.ZERO));
    }

    @Test
    void unreadableValuesNameTheVariable() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> settings.getInt("qw.broken-number", 1));
        assertTrue(e.getMessage().contains("QW_BROKEN_NUMBER"), e.getMessage());
    }
}
