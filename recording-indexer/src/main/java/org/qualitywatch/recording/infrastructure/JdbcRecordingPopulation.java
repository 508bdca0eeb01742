package org.qualitywatch.recording.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.qualitywatch.platform.Platform;
import org.qualitywatch.recording.api.RecordingPopulation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The population read with plain JDBC: one statement, streamed with a fetch size (PostgreSQL streams only
 * inside a transaction, hence {@code @Transactional}), values read straight from the columns and the
 * analysis JSON; the transcript is searched in the database so it never travels.
 */
@ApplicationScoped
public class JdbcRecordingPopulation implements RecordingPopulation {

    private static final int FETCH_SIZE = 10_000;

    @Inject
    Platform platform;

    @Override
    @Transactional
    public long forEach(PopulationQuery query, Consumer<PopulationCall> consumer) {
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
        List<List<String>> lists = List.of(query.businessLines(), query.teams(), query.agents(), query.directions(),
                query.skills());
        String[] columns = {"business_line", "team", "agent_id", "direction", "skill"};
        for (int i = 0; i < columns.length; i++) {
            if (!lists.get(i).isEmpty()) {
                sql.append(" and ").append(columns[i]).append(" = any (?)");
            }
        }
        sql.append(") c");
        if (!query.words().isEmpty()) {
            sql.append(" cross join lateral (select coalesce(c.transcript::text, '') as text offset 0) t");
        }
        if (query.minSeconds() != null) {
            sql.append(" where seconds >= ?");
        }
        long count = 0;
        try (Connection connection = platform.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            int p = 1;
            for (String word : query.words()) {
                statement.setString(p++, word);
            }
            statement.setTimestamp(p++, Timestamp.from(query.from()));
            statement.setTimestamp(p++, Timestamp.from(query.to()));
            for (List<String> list : lists) {
                if (!list.isEmpty()) {
                    statement.setArray(p++, connection.createArrayOf("text", list.toArray()));
                }
            }
            if (query.minSeconds() != null) {
                statement.setDouble(p, query.minSeconds());
            }
            statement.setFetchSize(FETCH_SIZE);
            // agents, teams, lines and directions repeat: one String each instead of one per row
            java.util.Map<String, String> shared = new java.util.HashMap<>();
            java.util.function.UnaryOperator<String> one = v -> v == null ? null : shared.computeIfAbsent(v, k -> k);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    List<String> found = List.of();
                    for (int i = 0; i < query.words().size(); i++) {
                        if (rs.getBoolean(11 + i)) {
                            if (found.isEmpty()) {
                                found = new ArrayList<>(2);
                            }
                            found.add(query.words().get(i));
                        }
                    }
                    consumer.accept(new PopulationCall(rs.getLong(1), rs.getString(2), one.apply(rs.getString(3)),
                            one.apply(rs.getString(4)), one.apply(rs.getString(5)), one.apply(rs.getString(6)),
                            one.apply(rs.getString(7)),
                            java.time.Instant.ofEpochMilli(rs.getLong(8)), rs.getDouble(9), rs.getDouble(10), found));
                    count++;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the call population failed", e);
        }
        return count;
    }
}
