package org.qualitywatch.identity.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = hasher.hash("Correct-Horse-9");
        assertTrue(hash.startsWith("pbkdf2-sha256$1000$"));
        assertTrue(hasher.verify("Correct-Horse-9", hash));
        assertFalse(hasher.verify("correct-horse-9", hash));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(hasher.hash("same password 1"), hasher.hash("same password 1"));
    }

    @Test
    void hashesKeepTheirOwnIterationCount() {
        String old = new PasswordHasher(500).hash("Older-Password-1");
        assertTrue(hasher.verify("Older-Password-1", old));
    }

    @Test
    void malformedStoredValuesNeverVerify() {
        assertFalse(hasher.verify("x", null));
        assertFalse(hasher.verify("x", "plain-text"));
        assertFalse(hasher.verify("x", "md5$1$a$b"));
    }
}
