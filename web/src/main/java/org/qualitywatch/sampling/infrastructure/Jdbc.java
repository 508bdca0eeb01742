package org.qualitywatch.sampling.infrastructure;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** Small JDBC helpers shared by the sampling repositories. */
final class Jdbc {

    private Jdbc() {
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v instanceof Instant t) {
                statement.setTimestamp(i + 1, Timestamp.from(t));
            } else if (v instanceof java.time.LocalDate d) {
                statement.setObject(i + 1, d);
            } else {
                statement.setObject(i + 1, v);
            }
        }
    }

    static IllegalStateException failed(String what, SQLException e) {
        return new IllegalStateException(what + " failed", e);
    }
}
