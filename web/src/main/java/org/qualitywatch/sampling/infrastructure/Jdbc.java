package org.qualitywatch.sampling.infrastructure;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

    /** Maps the current row of a result set. */
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Runs a query and maps every row; {@code what} names the read in the error. */
    static <T> List<T> list(DataSource dataSource, String what, String sql, Row<T> row, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            List<T> result = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.add(row.map(rs));
                }
            }
            return result;
        } catch (SQLException e) {
            throw failed(what, e);
        }
    }

    static IllegalStateException failed(String what, SQLException e) {
        return new IllegalStateException(what + " failed", e);
    }
}
