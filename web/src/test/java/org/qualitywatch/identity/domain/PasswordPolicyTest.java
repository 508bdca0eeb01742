package org.qualitywatch.identity.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(10);

    @Test
    void acceptsLongMixedPasswords() {
        assertTrue(policy.violations("Demo@2026!", "admin").isEmpty());
    }

    @Test
    void refusesShortOrPlainOrPersonalPasswords() {
        assertEquals("must be at least 10 characters long", policy.violations("Ab1!", "x").get(0));
        assertEquals(1, policy.violations("alllowercaseletters", "x").size());
        assertTrue(policy.violations("Zhangwei#2026", "zhangwei").contains("must not contain the user name"));
    }
}
