package org.qualitywatch.recording.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.qualitywatch.platform.Platform;
import org.qualitywatch.platform.config.Settings;
import org.qualitywatch.recording.api.RecordingPopulation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The population read with plain JDBC: one statement per slice of the window, streamed with a fetch size (PostgreSQL streams only
 * inside a transaction, hence {@code @Transactional}), values read straight from the columns and the
 * analysis JSON; the transcript is searched in the database so it never travels.
 */
@ApplicationScoped
public class JdbcRecordingPopulation implements RecordingPopulation {

    private static final int FETCH_SIZE = 10_000;

    @Inject
    Platform platform;

    @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
    ManagedExecutorService executor;

    @Override
    @Transactional
    public long forEach(PopulationQuery query, Consumer<PopulationCall> consumer) {
        String sql = sql(query);
        int parts = partitions(query);
        if (parts == 1) {
            return read(platform.dataSource()::getConnection, sql, query, query.from(), query.to(), consumer);
        }
        // PostgreSQL reads a cursor with one process and the JDBC driver decodes on one thread: with several
        // cores, slices of the time window read on their own connections finish sooner. The slices other
        // than the first run on the managed executor, outside this transaction, read-only.
        Object lock = new Object();
        Consumer<PopulationCall> serial = call -> {
            synchronized (lock) {
                consumer.accept(call);
            }
        };
        long span = query.to().toEpochMilli() - query.from().toEpochMilli();
        List<Future<Long>> others = new ArrayList<>();
        for (int i = 1; i < parts; i++) {
            Instant from = query.from().plusMillis(span * i / parts);
            Instant to = i == parts - 1 ? query.to() : query.from().plusMillis(span * (i + 1) / parts);
            others.add(executor.submit(() -> read(this::readOnlyConnection, sql, query, from, to, serial)));
        }
        long count = read(platform.dataSource()::getConnection, sql, query, query.from(),
                query.from().plusMillis(span / parts), serial);
        try {
            for (Future<Long> f : others) {
                count += f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("reading the call population was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("reading the call population failed", e.getCause());
        }
        return count;
    }

    /** One slice per {@code QW_POPULATION_PARTITIONS} (default 2) for windows of a day or more. */
    private static int partitions(PopulationQuery query) {
        int configured = Math.max(1, Settings.system().getInt("qw.population.partitions", 2));
        return java.time.Duration.between(query.from(), query.to()).toHours() >= 24 ? configured : 1;
    }

    private interface ConnectionSource {
        Connection get() throws SQLException;
    }

    /** A connection outside any transaction, made to stream (PostgreSQL needs autocommit off for a cursor). */
    private Connection readOnlyConnection() throws SQLException {
        Connection c = platform.dataSource().getConnection();
        c.setAutoCommit(false);
        c.setReadOnly(true);
        return c;
    }

    private static String sql(PopulationQuery query) {
        // the transcript is turned into text once per row (OFFSET 0 keeps the lateral from being inlined and
        // repeated per word); the start time travels as epoch milliseconds, cheaper to read than a timestamp
        StringBuilder sql = new StringBuilder("select id, call_id, agent_id, team, business_line, direction, skill, "
                + "(extract(epoch from started_at) * 1000)::int8, seconds, "
                + "coalesce((analysis ->> 'maxDeadAirSeconds')::float8, 0) as dead_air");
        for (int i = 0; i < query.words().size(); i++) {
            sql.append(", strpos(t.text, ?) > 0");
        }
        sql.append(" from (select r.id, r.call_id, r.agent_id, r.team, r.business_line, r.direction, r.skill, "
                + "r.started_at, r.analysis, r.transcript, coalesce((analysis ->> 'durationSeconds')::float8, "
                + "extract(epoch from ended_at - started_at)::float8, 0) as seconds from recording.recording r "
                + "where status in ('ANALYSED', 'INDEXED') and conflict_with is null "
                + "and started_at >= ? and started_at < ?");
        for (int i = 0; i < COLUMNS.length; i++) {
            if (!lists(query).get(i).isEmpty()) {
                sql.append(" and ").append(COLUMNS[i]).append(" = any (?)");
            }
        }
        sql.append(") c");
        if (!query.words().isEmpty()) {
            sql.append(" cross join lateral (select coalesce(c.transcript::text, '') as text offset 0) t");
        }
        if (query.minSeconds() != null) {
            sql.append(" where seconds >= ?");
        }
        return sql.toString();
    }

    private static final String[] COLUMNS = {"business_line", "team", "agent_id", "direction", "skill"};

    private static List<List<String>> lists(PopulationQuery query) {
        return List.of(query.businessLines(), query.teams(), query.agents(), query.directions(), query.skills());
    }

    private static long read(ConnectionSource source, String sql, PopulationQuery query, Instant from, Instant to,
                             Consumer<PopulationCall> consumer) {
        long count = 0;
        try (Connection connection = source.get()) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int p = 1;
                for (String word : query.words()) {
                    statement.setString(p++, word);
                }
                statement.setTimestamp(p++, Timestamp.from(from));
                statement.setTimestamp(p++, Timestamp.from(to));
                for (List<String> list : lists(query)) {
                    if (!list.isEmpty()) {
                        statement.setArray(p++, connection.createArrayOf("text", list.toArray()));
                    }
                }
                if (query.minSeconds() != null) {
                    statement.setDouble(p, query.minSeconds());
                }
                statement.setFetchSize(FETCH_SIZE);
                // agents, teams, lines and directions repeat: one String each instead of one per row
                Map<String, String> shared = new HashMap<>();
                UnaryOperator<String> one = v -> v == null ? null : shared.computeIfAbsent(v, k -> k);
                int words = query.words().size();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        List<String> found = List.of();
                        for (int i = 0; i < words; i++) {
                            if (rs.getBoolean(11 + i)) {
                                if (found.isEmpty()) {
                                    found = new ArrayList<>(2);
                                }
                                found.add(query.words().get(i));
                            }
                        }
                        consumer.accept(new PopulationCall(rs.getLong(1), rs.getString(2), one.apply(rs.getString(3)),
                                one.apply(rs.getString(4)), one.apply(rs.getString(5)), one.apply(rs.getString(6)),
                                one.apply(rs.getString(7)), Instant.ofEpochMilli(rs.getLong(8)), rs.getDouble(9),
                                rs.getDouble(10), found));
                        count++;
                    }
                }
            }
            if (!connection.getAutoCommit() && connection.isReadOnly()) {
                connection.rollback(); // our own read-only transaction of a slice: nothing to keep
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the call population failed", e);
        }
        return count;
    }
}
