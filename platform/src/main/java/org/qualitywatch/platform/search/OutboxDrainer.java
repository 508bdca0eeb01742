package org.qualitywatch.platform.search;

import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.qualitywatch.platform.config.Settings;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Moves outbox entries into Elasticsearch. Each node claims a batch with
 * {@code FOR UPDATE SKIP LOCKED} and a lease, so several WildFly nodes drain one outbox without
 * taking the same rows; rows of a node that died become available again when the lease ends.
 * Successful and superseded (version conflict) entries are deleted; failures are retried with a
 * growing delay and stay visible in the health report with their last error.
 */
@ApplicationScoped
public class OutboxDrainer {

    private static final Logger LOG = Logger.getLogger(OutboxDrainer.class.getName());
    private final Duration lease = Settings.system().getDuration("qw.outbox.lease", Duration.ofMinutes(2));

    @Resource(lookup = SearchOutbox.DATASOURCE)
    DataSource dataSource;

    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
    ManagedScheduledExecutorService scheduler;

    @Inject
    SearchClient search;

    @Inject
    SearchIndexes indexes;

    @Inject
    Event<SearchDocumentsIndexed> indexedEvents;

    /** What the bulk listener needs to know of each claimed entry. */
    record Claimed(long outboxId, String index, String documentId, long version, boolean delete) {
    }

    private final int batchSize = Settings.system().getInt("qw.outbox.batch-size", 1000);
    private final AtomicReference<Instant> lastPass = new AtomicReference<>();
    private volatile String lastFailure;
    private ScheduledFuture<?> task;
    private BulkIngester<Claimed> ingester;

    public synchronized void start() {
        if (task != null) {
            return;
        }
        ingester = BulkIngester.of(b -> b.client(search.client())
                .maxOperations(batchSize)
                .maxConcurrentRequests(1)
                .flushInterval(500, TimeUnit.MILLISECONDS)
                .listener(new Listener()));
        long delay = Settings.system().getInt("qw.outbox.poll-ms", 500);
        task = scheduler.scheduleWithFixedDelay(this::drainSafely, 1000, delay, TimeUnit.MILLISECONDS);
        LOG.info("Search outbox drainer started");
    }

    @PreDestroy
    synchronized void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
        if (ingester != null) {
            ingester.close();
            ingester = null;
        }
    }

    public Instant lastPass() {
        return lastPass.get();
    }

    public String lastFailure() {
        return lastFailure;
    }

    private void drainSafely() {
        try {
            if (!indexes.installPending()) {
                lastFailure = "Elasticsearch index templates cannot be installed (is Elasticsearch reachable?)";
                lastPass.set(Instant.now());
                return;
            }
            int claimed;
            do {
                claimed = drainOnce();
            } while (claimed == batchSize);
            lastPass.set(Instant.now());
        } catch (Exception e) {
            lastFailure = e.getMessage();
            LOG.log(Level.WARNING, "Search outbox pass failed: " + e.getMessage(), e);
        }
    }

    /** Claims one batch and hands it to the bulk ingester. */
    int drainOnce() throws SQLException {
        // only indices whose template is declared: a module that has not started yet (its entries
        // left from before a restart) must not get an index with guessed mappings
        String claim = "update platform.search_outbox set available_at = now() + ?::interval, attempts = attempts + 1 "
                + "where id in (select id from platform.search_outbox where available_at <= now() "
                + "and index_name like any(?) order by id limit ? for update skip locked) "
                + "returning id, index_name, document_id, action, document::text, version";
        List<BulkOperation> operations = new ArrayList<>();
        List<Claimed> claimed = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(claim)) {
            statement.setString(1, lease.toSeconds() + " seconds");
            statement.setArray(2, connection.createArrayOf("text", indexes.declared().stream()
                    .map(t -> search.indexNames().pattern(t.logicalName()).replace("_", "\\_").replace("*", "%"))
                    .toArray()));
            statement.setInt(3, batchSize);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    claimed.add(new Claimed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(6),
                            "DELETE".equals(rs.getString(4))));
                    operations.add(toOperation(rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getLong(6)));
                }
            }
        }
        for (int i = 0; i < operations.size(); i++) {
            ingester.add(operations.get(i), claimed.get(i));
        }
        if (!operations.isEmpty()) {
            ingester.flush();
        }
        return operations.size();
    }

    private static BulkOperation toOperation(String index, String id, String action, String document, long version) {
        if ("DELETE".equals(action)) {
            return BulkOperation.of(b -> b.delete(d -> d.index(index).id(id)
                    .version(version).versionType(VersionType.External)));
        }
        BinaryData source = BinaryData.of(document.getBytes(StandardCharsets.UTF_8), ContentType.APPLICATION_JSON);
        return BulkOperation.of(b -> b.index(i -> i.index(index).id(id).document(source)
                .version(version).versionType(VersionType.External)));
    }

    private final class Listener implements BulkListener<Claimed> {
        @Override
        public void beforeBulk(long executionId, BulkRequest request, List<Claimed> contexts) {
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Claimed> contexts, BulkResponse response) {
            List<Claimed> done = new ArrayList<>();
            List<Claimed> failed = new ArrayList<>();
            List<String> errors = new ArrayList<>();
            for (int i = 0; i < contexts.size(); i++) {
                BulkResponseItem item = response.items().get(i);
                // 409: a newer version is already indexed; 404 on delete: nothing left to delete
                boolean settled = item.error() == null || item.status() == 409
                        || (item.status() == 404 && item.operationType().jsonValue().equals("delete"));
                if (settled) {
                    done.add(contexts.get(i));
                } else {
                    failed.add(contexts.get(i));
                    errors.add(item.status() + " " + item.error().type() + ": " + item.error().reason());
                }
            }
            settle(done, failed, errors, false);
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Claimed> contexts, Throwable failure) {
            lastFailure = String.valueOf(failure.getMessage());
            List<String> errors = new ArrayList<>();
            contexts.forEach(c -> errors.add("Elasticsearch unreachable: " + failure.getMessage()));
            settle(List.of(), contexts, errors, true);
        }
    }

    /**
     * @param unreachable the whole request failed (Elasticsearch down): retry soon, since nothing is
     *                    wrong with the documents; single refused documents back off up to ten minutes
     */
    private void settle(List<Claimed> done, List<Claimed> failed, List<String> errors, boolean unreachable) {
        try (Connection connection = dataSource.getConnection()) {
            if (!done.isEmpty()) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "delete from platform.search_outbox where id = any(?)")) {
                    Array array = connection.createArrayOf("bigint",
                            done.stream().map(Claimed::outboxId).toArray());
                    delete.setArray(1, array);
                    delete.executeUpdate();
                }
            }
            if (!failed.isEmpty()) {
                String delay = unreachable ? "5" : "least(600, 5 * attempts * attempts)";
                try (PreparedStatement retry = connection.prepareStatement("update platform.search_outbox "
                        + "set available_at = now() + make_interval(secs => " + delay + "), "
                        + "last_error = ? where id = ?")) {
                    for (int i = 0; i < failed.size(); i++) {
                        retry.setString(1, truncate(errors.get(i)));
                        retry.setLong(2, failed.get(i).outboxId());
                        retry.addBatch();
                    }
                    retry.executeBatch();
                }
            }
            if (failed.isEmpty()) {
                lastFailure = null;
            }
        } catch (SQLException e) {
            // the lease expires and the rows are drained again: Elasticsearch keeps the highest version
            LOG.log(Level.WARNING, "Could not record the outcome of a bulk request: " + e.getMessage(), e);
            return;
        }
        if (!done.isEmpty()) {
            try {
                indexedEvents.fire(new SearchDocumentsIndexed(done.stream().map(c ->
                        new SearchDocumentsIndexed.Document(c.index(), c.documentId(), c.version(), c.delete())).toList()));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A module failed to record indexed documents: " + e.getMessage(), e);
            }
        }
    }

    private static String truncate(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) : s;
    }
}
