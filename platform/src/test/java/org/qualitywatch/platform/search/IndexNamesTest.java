package org.qualitywatch.platform.search;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IndexNamesTest {

    private final IndexNames names = new IndexNames("qw", ZoneId.of("Asia/Shanghai"));

    @Test
    void aliasAndPatternCoverTheMonthlyIndices() {
        assertEquals("qw-recordings", names.alias("recordings"));
        assertEquals("qw-recordings-*", names.pattern("recordings"));
    }

    @Test
    void documentsGoToTheMonthOfTheirLocalTime() {
        // 2026-10-31 17:30 UTC is already 1 November in Shanghai
        assertEquals("qw-recordings-2026.11", names.monthlyIndex("recordings", Instant.parse("2026-10-31T17:30:00Z")));
        assertEquals("qw-recordings-2026.10", names.monthlyIndex("recordings", Instant.parse("2026-10-31T15:59:59Z")));
    }

    @Test
    void prefixesElasticsearchWouldRejectAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new IndexNames("QW", ZoneId.of("UTC")));
        assertThrows(IllegalArgumentException.class, () -> new IndexNames("_qw", ZoneId.of("UTC")));
    }
}
