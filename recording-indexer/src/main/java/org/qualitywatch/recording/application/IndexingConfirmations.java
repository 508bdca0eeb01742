package org.qualitywatch.recording.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.qualitywatch.platform.search.SearchDocumentsIndexed;
import org.qualitywatch.recording.domain.Recording;
import org.qualitywatch.recording.domain.RecordingRepository;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Marks recordings indexed once Elasticsearch has confirmed their documents. */
@ApplicationScoped
public class IndexingConfirmations {

    @Inject
    RecordingRepository recordings;

    @Inject
    RecordingDocuments documents;

    @Transactional
    public void onIndexed(@Observes SearchDocumentsIndexed event) {
        List<SearchDocumentsIndexed.Document> mine = event.of(documents.alias());
        if (mine.isEmpty()) {
            return;
        }
        Map<Long, Long> versions = new HashMap<>();
        for (SearchDocumentsIndexed.Document d : mine) {
            if (!d.deleted()) {
                versions.merge(Long.parseLong(d.id()), d.version(), Math::max);
            }
        }
        Instant now = Instant.now();
        for (Recording r : recordings.findAll(versions.keySet())) {
            r.indexed(versions.get(r.id()), now);
        }
    }
}
