package org.qualitywatch.identity.domain;

import java.util.ArrayList;
import java.util.List;

/** The rules a new password must meet; the messages are shown to the person choosing it. */
public final class PasswordPolicy {

    private final int minLength;

    public PasswordPolicy(int minLength) {
        this.minLength = minLength;
    }

    /** @return the rules the password breaks, empty when it is acceptable */
    public List<String> violations(String password, String username) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < minLength) {
            problems.add("must be at least " + minLength + " characters long");
            return problems;
        }
        int classes = 0;
        if (password.chars().anyMatch(Character::isLowerCase)) classes++;
        if (password.chars().anyMatch(Character::isUpperCase)) classes++;
        if (password.chars().anyMatch(Character::isDigit)) classes++;
        if (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c))) classes++;
        if (classes < 3) {
            problems.add("must mix at least three of: lower-case letters, upper-case letters, digits, symbols");
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            problems.add("must not contain the user name");
        }
        return problems;
    }
}
