package org.qualitywatch.recording.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Native queries return timestamps as whatever type the driver and Hibernate chose; this reads any of them. */
public final class SqlTimes {

    private SqlTimes() {
    }

    public static Instant toInstant(Object value) {
        if (value == null) return null;
        if (value instanceof Timestamp t) return t.toInstant();
        if (value instanceof Instant i) return i;
        if (value instanceof OffsetDateTime o) return o.toInstant();
        throw new IllegalStateException("unexpected time type " + value.getClass());
    }
}
