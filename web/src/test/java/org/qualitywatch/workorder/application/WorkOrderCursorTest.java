package org.qualitywatch.workorder.application;

import org.junit.jupiter.api.Test;
import org.qualitywatch.shared.domain.DomainException;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WorkOrderCursorTest {

    @Test
    void aCursorSurvivesTheRoundTripAndStaysUrlSafe() {
        WorkOrderCursor cursor = new WorkOrderCursor(Instant.parse("2026-10-21T02:25:00.123Z"), 4711);
        String encoded = cursor.encode();
        assertEquals(cursor, WorkOrderCursor.decode(encoded));
        assertEquals(-1, encoded.indexOf('='), "no padding");
        assertEquals(-1, encoded.indexOf('+'));
        assertEquals(-1, encoded.indexOf('/'));
    }

    @Test
    void theFormatIsTheOneThePostgresListHasAlwaysWritten() {
        // "2026-10-21T02:25:00Z|42" in URL-safe Base64: cursors handed out before this class stay valid
        assertEquals(new WorkOrderCursor(Instant.parse("2026-10-21T02:25:00Z"), 42),
                WorkOrderCursor.decode("MjAyNi0xMC0yMVQwMjoyNTowMFp8NDI"));
    }

    @Test
    void noCursorMeansTheFirstPage() {
        assertNull(WorkOrderCursor.decode(null));
        assertNull(WorkOrderCursor.decode(" "));
    }

    @Test
    void aBrokenCursorIsABadRequestThatNamesTheParameter() {
        for (String bad : new String[]{"%%%", "bm90IGEgY3Vyc29y", "MjAyNi0xMC0yMVQwMjoyNTowMFp8eA"}) {
            DomainException e = assertThrows(DomainException.class, () -> WorkOrderCursor.decode(bad));
            assertEquals(DomainException.Kind.INVALID, e.kind());
            assertEquals("after", e.fieldErrors().get(0).field());
        }
    }
}
