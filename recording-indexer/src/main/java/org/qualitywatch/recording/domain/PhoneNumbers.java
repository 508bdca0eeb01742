package org.qualitywatch.recording.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * Customer phone numbers are personal data: lists and the search index carry a masked form
 * ({@code 138****2011}) and a keyed hash that lets an exact number be searched without storing it.
 */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    public static String mask(String number) {
        if (number == null || number.isBlank()) {
            return number;
        }
        String n = number.trim();
        if (n.length() <= 4) {
            return "*".repeat(n.length());
        }
        if (n.length() <= 7) {
            return n.substring(0, 1) + "*".repeat(n.length() - 3) + n.substring(n.length() - 2);
        }
        return n.substring(0, 3) + "*".repeat(n.length() - 7) + n.substring(n.length() - 4);
    }

    public static String normalize(String number) {
        return number == null ? null : number.replaceAll("[^0-9+]", "");
    }

    /** HMAC-SHA256 of the normalized number under the deployment's key. */
    public static String searchHash(String number, String key) {
        if (number == null || number.isBlank()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(normalize(number).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
