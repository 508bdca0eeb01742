package org.qualitywatch.identity.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserAccountTest {

    private final Instant now = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void usernamesAreCaseInsensitive() {
        UserAccount account = new UserAccount("  Agent1006 ", "坐席", "hash", EnumSet.of(Role.AGENT), now);
        assertEquals("agent1006", account.username());
    }

    @Test
    void locksAfterTheAllowedNumberOfFailuresAndUnlocksLater() {
        UserAccount account = new UserAccount("a", "A", "hash", EnumSet.of(Role.AGENT), now);
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(now, 5, Duration.ofMinutes(15));
        }
        assertFalse(account.isLockedAt(now));
        account.recordFailedLogin(now, 5, Duration.ofMinutes(15));
        assertTrue(account.isLockedAt(now.plusSeconds(60)));
        assertFalse(account.isLockedAt(now.plus(Duration.ofMinutes(16))));
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        UserAccount account = new UserAccount("a", "A", "hash", EnumSet.of(Role.AGENT), now);
        for (int i = 0; i < 4; i++) {
            account.recordFailedLogin(now, 5, Duration.ofMinutes(15));
        }
        account.recordSuccessfulLogin();
        account.recordFailedLogin(now, 5, Duration.ofMinutes(15));
        assertFalse(account.isLockedAt(now));
    }
}
