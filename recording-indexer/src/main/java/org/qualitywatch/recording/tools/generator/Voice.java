package org.qualitywatch.recording.tools.generator;

import java.util.Objects;

/**
 * espeak-ng voice settings.
 *
 * @param variant   voice with variant, e.g. {@code cmn+f2} (Mandarin, female variant 2)
 * @param speed     words (here: syllables) per minute, {@code -s}
 * @param pitch     0-99, {@code -p}
 * @param amplitude 0-200, {@code -a}
 */
public record Voice(String variant, int speed, int pitch, int amplitude) {

    public Voice {
        Objects.requireNonNull(variant, "variant");
        if (!variant.matches("[A-Za-z0-9+_-]+")) {
            throw new IllegalArgumentException("bad voice name: " + variant);
        }
    }

    /** Stable identity used in the clip cache key. */
    public String key() {
        return variant + "/s" + speed + "/p" + pitch + "/a" + amplitude;
    }
}
