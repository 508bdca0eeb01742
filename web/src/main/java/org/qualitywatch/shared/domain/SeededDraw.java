package org.qualitywatch.shared.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * The reproducible random draw every sampling in QualityWatch uses (callback sampling, call sampling):
 * <pre>
 * draw = (first 13 hex digits of SHA-256(UTF-8(seed + ":" + key)), read as a number) / 16^13
 * </pre>
 * a number in [0, 1) with 52 bits, exact in a {@code double}. Anyone can check it, e.g.
 * {@code printf '%s' 'seed:CALL-1' | sha256sum}: same seed, same draws on any machine; another seed gives
 * unrelated draws. SHA-256 rather than a cheaper hash because it is what an auditor can recompute with
 * standard tools; one digest of a short key costs well under a microsecond.
 */
public final class SeededDraw {

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    });

    private SeededDraw() {
    }

    /** The draw in [0, 1) for {@code seed} and {@code key}; see the class comment. */
    public static double of(String seed, String key) {
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(key, "key");
        MessageDigest digest = SHA256.get();
        digest.reset();
        byte[] hash = digest.digest((seed + ":" + key).getBytes(StandardCharsets.UTF_8));
        long first8 = 0;
        for (int i = 0; i < 8; i++) {
            first8 = (first8 << 8) | (hash[i] & 0xFF);
        }
        long first13HexDigits = first8 >>> 12;
        return first13HexDigits / (double) (1L << 52);
    }
}
