package org.qualitywatch.platform.search;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Names of the time-based indices behind an alias. A logical index such as {@code recordings}
 * becomes the alias {@code <prefix>-recordings}, read by every query, over monthly indices
 * {@code <prefix>-recordings-2026.10} that documents are written to by their own time. Old months
 * are dropped or archived whole, which this Elasticsearch distribution needs since it has no
 * delete-by-query.
 */
public final class IndexNames {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy.MM");

    private final String prefix;
    private final ZoneId zone;

    public IndexNames(String prefix, ZoneId zone) {
        if (!prefix.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new IllegalArgumentException("Index prefix '" + prefix
                    + "' must be lower-case letters, digits, '-' or '_' (QW_ES_INDEX_PREFIX)");
        }
        this.prefix = prefix;
        this.zone = zone;
    }

    public String prefix() {
        return prefix;
    }

    public String alias(String logicalName) {
        return prefix + "-" + logicalName;
    }

    public String pattern(String logicalName) {
        return alias(logicalName) + "-*";
    }

    /** The monthly index a document with this time belongs to. */
    public String monthlyIndex(String logicalName, Instant time) {
        return alias(logicalName) + "-" + MONTH.format(time.atZone(zone));
    }
}
