package org.qualitywatch.complaint.report.infrastructure;

import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.qualitywatch.complaint.report.application.ComplaintDocuments;
import org.qualitywatch.platform.search.OutboxEntry;
import org.qualitywatch.platform.search.BulkOutcome;
import org.qualitywatch.platform.search.SearchClient;
import org.qualitywatch.platform.search.SearchIndexes;
import org.qualitywatch.platform.search.SearchOutbox;
import org.qualitywatch.shared.domain.DomainException;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.logging.Logger;

/**
 * Keeps the complaint search copy in step with qw.complaint, reading the rows with SQL (whoever wrote them).
 * <ul>
 * <li>{@link #queue(Collection)}: called after a change, inside its transaction, queues the documents in the
 *     platform's search outbox;</li>
 * <li>{@link #catchUp()}: every minute on every node, queues the complaints whose {@code version} is newer
 *     than the last queued one ({@code indexed_version}); rows are claimed with {@code SKIP LOCKED} and the
 *     document's external version is the row's version, so two nodes never index an older state last;</li>
 * <li>{@link #reindexAll()}: rebuilds the index with the bulk ingester ({@code external_gte}).</li>
 * </ul>
 */
@ApplicationScoped
public class ComplaintIndexing {

    private static final Logger LOG = Logger.getLogger(ComplaintIndexing.class.getName());

    static final int BATCH = 1000;
    static final int PAGE = 2000;
    static final int MAX_BATCHES_PER_RUN = 10;

    @Resource(lookup = SearchOutbox.DATASOURCE)
    DataSource dataSource;

    @Inject
    ComplaintDocuments documents;

    @Inject
    SearchOutbox outbox;

    @Inject
    SearchClient search;

    @Inject
    SearchIndexes indexes;

    @Inject
    ComplaintIndexing self;

    public record Result(long read, long indexed, long superseded, long failed, String firstError) {
    }

    public record IndexStatus(long database, long index, long waitingForIndex, boolean inSync) {
    }

    private record Queued(ComplaintDocuments.Row row, Instant indexedReceivedAt) {
    }

    /** Queues the current state of these complaints in the caller's transaction (one is started if none). */
    @Transactional(Transactional.TxType.REQUIRED)
    public void queue(Collection<Long> complaintIds) {
        if (complaintIds == null || complaintIds.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select " + ComplaintDocuments.COLUMNS + ", indexed_received_at "
                     + "from qw.complaint where id = any (?) order by id")) {
            s.setArray(1, c.createArrayOf("bigint", complaintIds.toArray()));
            enqueue(c, read(s));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not queue complaint documents: " + e.getMessage(), e);
        }
    }

    /** Queues everything that changed since it was last queued; returns how many complaints. */
    public long catchUp() {
        long total = 0;
        for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
            int n = self.catchUpBatch();
            total += n;
            if (n < BATCH) {
                break;
            }
        }
        return total;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int catchUpBatch() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select " + ComplaintDocuments.COLUMNS + ", indexed_received_at "
                     + "from qw.complaint where indexed_version < version order by id limit " + BATCH
                     + " for update skip locked")) {
            List<Queued> rows = read(s);
            enqueue(c, rows);
            return rows.size();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not catch up the complaint index: " + e.getMessage(), e);
        }
    }

    private void enqueue(Connection c, List<Queued> rows) throws SQLException {
        List<OutboxEntry> entries = new ArrayList<>();
        for (Queued q : rows) {
            ComplaintDocuments.Row r = q.row();
            String index = documents.indexOf(r.receivedAt());
            String id = String.valueOf(r.id());
            entries.add(OutboxEntry.index(index, id, documents.json(r), r.version()));
            if (q.indexedReceivedAt() != null) {
                String before = documents.indexOf(q.indexedReceivedAt());
                if (!before.equals(index)) {
                    entries.add(OutboxEntry.delete(before, id, r.version()));
                }
            }
        }
        outbox.enqueue(entries);
        markIndexed(c, rows.stream().map(Queued::row).toList());
    }

    /** Records what was queued or written; a row changed meanwhile keeps its newer version to catch up. */
    private static void markIndexed(Connection c, List<ComplaintDocuments.Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        Long[] ids = new Long[rows.size()];
        Long[] versions = new Long[rows.size()];
        Timestamp[] received = new Timestamp[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            ids[i] = rows.get(i).id();
            versions[i] = rows.get(i).version();
            received[i] = Timestamp.from(rows.get(i).receivedAt());
        }
        try (PreparedStatement u = c.prepareStatement("update qw.complaint c set indexed_version = x.v, "
                + "indexed_received_at = x.r from unnest(?::bigint[], ?::bigint[], ?::timestamptz[]) as x(id, v, r) "
                + "where c.id = x.id and c.indexed_version < x.v")) {
            Array a = c.createArrayOf("bigint", ids);
            u.setArray(1, a);
            u.setArray(2, c.createArrayOf("bigint", versions));
            u.setArray(3, c.createArrayOf("timestamptz", received));
            u.executeUpdate();
        }
    }

    private static List<Queued> read(PreparedStatement s) throws SQLException {
        List<Queued> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(new Queued(row(rs), instant(rs, 24)));
            }
        }
        return rows;
    }

    static ComplaintDocuments.Row row(ResultSet rs) throws SQLException {
        return new ComplaintDocuments.Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                instant(rs, 5), rs.getBoolean(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getString(13), instant(rs, 14), instant(rs, 15), instant(rs, 16),
                instant(rs, 17), instant(rs, 18), instant(rs, 19), rs.getString(20), rs.getBigDecimal(21),
                rs.getBoolean(22), rs.getString(23));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    /**
     * Rebuilds the index from PostgreSQL in pages of {@value #PAGE}, written straight with the bulk ingester at
     * each row's version ({@code external_gte}: an equal version is rewritten, a newer one kept).
     */
    public Result reindexAll() {
        indexes.reset();
        if (!indexes.installPending()) {
            throw new DomainException(DomainException.Kind.UNAVAILABLE, "The complaint index cannot be rebuilt: "
                    + "Elasticsearch cannot be reached to install the index templates. Start it and try again.");
        }
        BulkOutcome outcome = new BulkOutcome();
        long read = 0;
        try (BulkIngester<Void> ingester = BulkIngester.of(b -> b.client(search.client()).maxOperations(PAGE)
                .maxConcurrentRequests(2).listener(outcome))) {
            long after = 0;
            List<ComplaintDocuments.Row> page;
            do {
                page = self.pageAfter(after);
                for (ComplaintDocuments.Row r : page) {
                    BinaryData source = BinaryData.of(documents.json(r).getBytes(StandardCharsets.UTF_8),
                            ContentType.APPLICATION_JSON);
                    String index = documents.indexOf(r.receivedAt());
                    ingester.add(BulkOperation.of(o -> o.index(i -> i.index(index).id(String.valueOf(r.id()))
                            .document(source).version(r.version()).versionType(VersionType.ExternalGte))));
                }
                read += page.size();
                if (!page.isEmpty()) {
                    after = page.get(page.size() - 1).id();
                }
            } while (page.size() == PAGE);
        }
        Result result = new Result(read, outcome.indexed(), outcome.superseded(), outcome.failed(),
                outcome.firstError());
        LOG.info(() -> "Complaint index rebuilt: " + result);
        return result;
    }

    /** One page of rows, marked as indexed at the version read. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<ComplaintDocuments.Row> pageAfter(long after) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select " + ComplaintDocuments.COLUMNS
                     + " from qw.complaint where id > ? order by id limit " + PAGE)) {
            s.setLong(1, after);
            List<ComplaintDocuments.Row> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
            markIndexed(c, rows);
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read complaints to index: " + e.getMessage(), e);
        }
    }

    /** Rows against indexed documents, and changes not yet written to the index. */
    public IndexStatus status() {
        long database;
        long waiting;
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select (select count(*) from qw.complaint), "
                     + "(select count(*) from qw.complaint where indexed_version < version) "
                     + "+ (select count(*) from platform.search_outbox where index_name like ?)")) {
            s.setString(1, documents.alias() + "-%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                database = rs.getLong(1);
                waiting = rs.getLong(2);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count complaints: " + e.getMessage(), e);
        }
        long index;
        try {
            index = search.client().count(c -> c.index(documents.alias()).ignoreUnavailable(true).allowNoIndices(true))
                    .count();
        } catch (IOException e) {
            throw new DomainException(DomainException.Kind.UNAVAILABLE, "Elasticsearch cannot be reached to count "
                    + "the complaint index (" + e.getMessage() + "). Start it and ask again.");
        }
        return new IndexStatus(database, index, waiting, database == index && waiting == 0);
    }
}
