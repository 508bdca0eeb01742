package org.qualitywatch.workorder.domain.callback;

import java.util.Locale;
import java.util.Objects;

/**
 * One line of a callback plan: call back {@code ratio} of the resolved orders of a business line and order type.
 * Either may be {@link #ANY} ("*"). Codes are compared ignoring case and surrounding spaces.
 *
 * <p>When several rules match an order the most specific wins ({@link #specificity()}): exact line + type (3)
 * beats line + * (2) beats * + type (1) beats * + * (0). A plan may not hold two rules with the same line and
 * type, so the winner is always unique.
 *
 * @param name         shown in explanations, e.g. "宽带报修 25%"
 * @param businessLine a business-line code or "*"
 * @param orderType    an order-type code or "*"
 * @param ratio        share to call back, from 0 (none) to 1 (all)
 */
public record CallbackRule(String name, String businessLine, String orderType, double ratio) {

    public static final String ANY = "*";

    public CallbackRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(businessLine, "businessLine");
        Objects.requireNonNull(orderType, "orderType");
        name = name.strip();
        businessLine = businessLine.strip();
        orderType = orderType.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a callback rule needs a name");
        }
        if (businessLine.isEmpty() || orderType.isEmpty()) {
            throw new IllegalArgumentException("callback rule \"" + name
                    + "\": business line and order type must be a code or \"*\" (any)");
        }
        if (!(ratio >= 0.0 && ratio <= 1.0)) {
            throw new IllegalArgumentException("callback rule \"" + name + "\": the ratio must be between 0 and 1 "
                    + "(0.25 = 25 %), was " + ratio);
        }
    }

    /** 3 = line and type, 2 = line only, 1 = type only, 0 = catch-all. */
    public int specificity() {
        return (ANY.equals(businessLine) ? 0 : 2) + (ANY.equals(orderType) ? 0 : 1);
    }

    /** Whether this rule applies to an order of {@code line} and {@code type} (null matches only "*"). */
    public boolean matches(String line, String type) {
        return part(businessLine, line) && part(orderType, type);
    }

    /** The line/type pair in upper case, e.g. "BROADBAND/REPAIR" or "*&#47;COMPLAINT". */
    public String key() {
        return businessLine.toUpperCase(Locale.ROOT) + "/" + orderType.toUpperCase(Locale.ROOT);
    }

    private static boolean part(String pattern, String value) {
        return ANY.equals(pattern) || (value != null && pattern.equalsIgnoreCase(value.strip()));
    }
}
