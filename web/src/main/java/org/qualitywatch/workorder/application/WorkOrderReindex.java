package org.qualitywatch.workorder.application;

import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qualitywatch.platform.search.BulkOutcome;
import org.qualitywatch.platform.search.SearchClient;
import org.qualitywatch.platform.search.SearchIndexes;
import org.qualitywatch.shared.domain.DomainException;
import org.qualitywatch.workorder.domain.WorkOrder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rebuilds the work-order search index from PostgreSQL, e.g. after Elasticsearch lost its data or
 * the document gained a field. Documents are written straight with a bulk ingester, in pages of
 * {@value #PAGE}, at the row's current version with {@code external_gte}: an equal version is
 * rewritten (new document shape), a newer one written meanwhile by the outbox is kept. The rows
 * themselves are only read, so the rebuild cannot overwrite a concurrent change.
 */
@ApplicationScoped
public class WorkOrderReindex {

    private static final Logger LOG = Logger.getLogger(WorkOrderReindex.class.getName());

    static final int PAGE = 500;

    @Inject
    WorkOrderDocuments documents;

    @Inject
    SearchClient search;

    @Inject
    SearchIndexes indexes;

    @Inject
    WorkOrderReindex self;

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    /** What the rebuild did; {@code read} = indexed + superseded + failed when it completed. */
    public record Result(long read, long indexed, long superseded, long failed, String firstError) {
    }

    public record IndexStatus(long database, long index, long waitingForIndex, boolean inSync) {
    }

    record Document(String index, String id, String json, long version) {
    }

    public Result reindexAll() {
        indexes.reset();
        if (!indexes.installPending()) {
            throw new DomainException(DomainException.Kind.UNAVAILABLE, "The work-order index cannot be rebuilt: "
                    + "Elasticsearch cannot be reached to install the index templates. Start it and try again.");
        }
        BulkOutcome outcome = new BulkOutcome();
        long read = 0;
        try (BulkIngester<Void> ingester = BulkIngester.of(b -> b.client(search.client()).maxOperations(PAGE)
                .maxConcurrentRequests(1).listener(outcome))) {
            long after = 0;
            List<Document> page;
            do {
                page = self.documentsAfter(after);
                for (Document d : page) {
                    BinaryData source = BinaryData.of(d.json().getBytes(StandardCharsets.UTF_8), ContentType.APPLICATION_JSON);
                    ingester.add(BulkOperation.of(o -> o.index(i -> i.index(d.index()).id(d.id()).document(source)
                            .version(d.version()).versionType(VersionType.ExternalGte))));
                }
                read += page.size();
                if (!page.isEmpty()) {
                    after = Long.parseLong(page.get(page.size() - 1).id());
                }
            } while (page.size() == PAGE);
        } // closing flushes and waits for the last request
        return new Result(read, outcome.indexed(), outcome.superseded(), outcome.failed(),
                outcome.firstError());
    }

    /**
     * A database that had work orders before they were indexed (an upgrade) gets its index built
     * once, in the background; when Elasticsearch cannot be reached it is left to {@code ./qw reindex}.
     */
    public void buildIfMissing() {
        try {
            IndexStatus status = self.status();
            if (status.database() > 0 && status.index() == 0 && status.waitingForIndex() == 0) {
                LOG.info(() -> "Building the work-order search index for " + status.database() + " existing orders");
                Result result = reindexAll();
                LOG.info(() -> "Work-order search index built: " + result);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The work-order search index was not checked at start-up (" + e.getMessage()
                    + "); run ./qw reindex once Elasticsearch is up", e);
        }
    }

    @Transactional
    public List<Document> documentsAfter(long after) {
        List<WorkOrder> orders = em.createQuery("select w from WorkOrder w where w.id > :after order by w.id",
                WorkOrder.class).setParameter("after", after).setMaxResults(PAGE).getResultList();
        List<Document> page = new ArrayList<>(orders.size());
        for (WorkOrder o : orders) {
            page.add(new Document(documents.indexOf(o), String.valueOf(o.id()), documents.json(o), o.version()));
        }
        return page;
    }

    /** Rows in PostgreSQL against documents in the index, and outbox entries not yet drained. */
    @Transactional
    public IndexStatus status() {
        long database = ((Number) em.createNativeQuery("select count(*) from qw.work_order").getSingleResult()).longValue();
        long waiting = ((Number) em.createNativeQuery("select count(*) from platform.search_outbox where index_name like ?1")
                .setParameter(1, documents.alias() + "-%").getSingleResult()).longValue();
        long index;
        try {
            index = search.client().count(c -> c.index(documents.alias()).ignoreUnavailable(true).allowNoIndices(true))
                    .count();
        } catch (IOException e) {
            throw new DomainException(DomainException.Kind.UNAVAILABLE, "Elasticsearch cannot be reached to count "
                    + "the work-order index (" + e.getMessage() + "). Start it and ask again.");
        }
        return new IndexStatus(database, index, waiting, database == index && waiting == 0);
    }
}
