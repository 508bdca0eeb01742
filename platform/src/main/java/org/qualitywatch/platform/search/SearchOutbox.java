package org.qualitywatch.platform.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;

/**
 * The transactional outbox in front of Elasticsearch. Callers enqueue inside their own JTA
 * transaction: the JTA data source enlists the connection, so the entry commits or rolls back with
 * the business change.
 */
@ApplicationScoped
public class SearchOutbox {

    public static final String DATASOURCE = "java:jboss/datasources/QualityWatchDS";

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    public void enqueue(OutboxEntry entry) {
        enqueue(java.util.List.of(entry));
    }

    public void enqueue(Collection<OutboxEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        String sql = "insert into platform.search_outbox (index_name, document_id, action, document, version) "
                + "values (?, ?, ?, ?::jsonb, ?)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            for (OutboxEntry entry : entries) {
                insert.setString(1, entry.index());
                insert.setString(2, entry.documentId());
                insert.setString(3, entry.action().name());
                if (entry.document() == null) {
                    insert.setNull(4, Types.VARCHAR);
                } else {
                    insert.setString(4, entry.document());
                }
                insert.setLong(5, entry.version());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not queue " + entries.size() + " search document(s): "
                    + e.getMessage(), e);
        }
    }

    /** Backlog figures for the health page. */
    public QueueStatus status() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select count(*), min(enqueued_at), "
                     + "count(*) filter (where last_error is not null) from platform.search_outbox")) {
            rs.next();
            java.sql.Timestamp oldest = rs.getTimestamp(2);
            return new QueueStatus(rs.getLong(1), oldest == null ? null : oldest.toInstant(), rs.getLong(3));
        }
    }

    public record QueueStatus(long pending, Instant oldestEnqueuedAt, long failing) {
    }
}
