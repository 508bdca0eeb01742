package org.qualitywatch.identity.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginSessionTest {

    private final Instant start = Instant.parse("2026-11-23T08:00:00Z");
    private final Duration idle = Duration.ofMinutes(30);

    @Test
    void endsAfterIdleTime() {
        LoginSession session = new LoginSession("h", 1, "csrf", start, Duration.ofHours(12), "127.0.0.1");
        assertTrue(session.isActiveAt(start.plus(Duration.ofMinutes(29)), idle));
        assertFalse(session.isActiveAt(start.plus(Duration.ofMinutes(31)), idle));
    }

    @Test
    void activityExtendsItUntilTheAbsoluteLimit() {
        LoginSession session = new LoginSession("h", 1, "csrf", start, Duration.ofHours(1), "127.0.0.1");
        assertTrue(session.touch(start.plus(Duration.ofMinutes(25))));
        assertTrue(session.isActiveAt(start.plus(Duration.ofMinutes(50)), idle));
        session.touch(start.plus(Duration.ofMinutes(55)));
        assertFalse(session.isActiveAt(start.plus(Duration.ofMinutes(61)), idle));
    }

    @Test
    void touchWritesAtMostOnceAMinute() {
        LoginSession session = new LoginSession("h", 1, "csrf", start, Duration.ofHours(1), null);
        assertFalse(session.touch(start.plusSeconds(30)));
        assertTrue(session.touch(start.plusSeconds(61)));
    }
}
