package org.qualitywatch.recording.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qualitywatch.platform.search.SearchClient;
import org.qualitywatch.platform.search.SearchIndexes;
import org.qualitywatch.recording.api.RecordingAdministration;
import org.qualitywatch.recording.domain.Recording;
import org.qualitywatch.recording.domain.RecordingRepository;
import org.qualitywatch.recording.infrastructure.ExpectedCallRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class RecordingAdministrationService implements RecordingAdministration {

    private static final int PAGE = 500;

    @Inject
    BackfillService backfills;

    @Inject
    RecordingRepository recordings;

    @Inject
    RecordingDocuments documents;

    @Inject
    SearchClient search;

    @Inject
    SearchIndexes indexes;

    @Inject
    ExpectedCallRegistry expected;

    @Inject
    RecordingAdministrationService self;

    @PersistenceContext(unitName = "recordings")
    EntityManager em;

    @Override
    public BackfillJob startBackfill(String root) {
        return backfills.start(root);
    }

    @Override
    public List<BackfillJob> backfills() {
        return backfills.all();
    }

    @Override
    public java.util.Optional<BackfillJob> backfill(long id) {
        return backfills.all().stream().filter(j -> j.id() == id).findFirst();
    }

    /**
     * Rebuilds the search index from PostgreSQL: every recording gets a new version and is queued;
     * templates are installed again first in case Elasticsearch lost them.
     */
    @Override
    public long reindexAll() {
        indexes.reset();
        long queued = 0;
        long after = 0;
        List<Long> page;
        do {
            page = self.idsAfter(after);
            if (!page.isEmpty()) {
                self.requeue(page);
                queued += page.size();
                after = page.get(page.size() - 1);
            }
        } while (page.size() == PAGE);
        return queued;
    }

    @Transactional
    public List<Long> idsAfter(long after) {
        return recordings.idsAfter(after, PAGE);
    }

    @Transactional
    public void requeue(List<Long> ids) {
        List<Recording> page = recordings.findAll(ids);
        page.forEach(Recording::touchForReindex);
        documents.enqueue(page);
    }

    @Override
    @Transactional
    public IndexStatus indexStatus() {
        long database = recordings.count();
        long waiting = ((Number) em.createNativeQuery(
                "select count(*) from recording.recording where indexed_version < version").getSingleResult()).longValue();
        long index;
        try {
            index = search.client().count(c -> c.index(documents.alias()).ignoreUnavailable(true).allowNoIndices(true))
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch cannot be reached to count the index: " + e.getMessage(), e);
        }
        return new IndexStatus(database, index, waiting, database == index && waiting == 0);
    }

    @Override
    public void expectCall(String sourceSystem, String callId, String reference, Instant expectedAt) {
        expected.expect(sourceSystem, callId, ExpectedCallRegistry.Origin.WORK_ORDER, reference, expectedAt);
    }

    @Override
    public List<MissingRecording> missing(Instant from, Instant to, int limit) {
        return expected.missing(from, to, limit).stream().map(m -> new MissingRecording(m.sourceSystem(), m.callId(),
                m.origin().name(), m.reference(), m.expectedAt())).toList();
    }
}
