package org.qualitywatch.recording.api;

import java.time.Instant;
import java.util.List;

/** Operating the recording index: backfills, rebuilding the search index, completeness. */
public interface RecordingAdministration {

    BackfillJob startBackfill(String root);

    List<BackfillJob> backfills();

    java.util.Optional<BackfillJob> backfill(long id);

    /** Queues every recording for the search index again; returns how many. */
    long reindexAll();

    IndexStatus indexStatus();

    /** Other modules (work orders) name calls that should have a recording. */
    void expectCall(String sourceSystem, String callId, String reference, Instant expectedAt);

    List<MissingRecording> missing(Instant from, Instant to, int limit);

    record BackfillJob(long id, String root, String status, Long total, long done, long accepted, long duplicates,
                       long quarantined, Double ratePerSecond, Long etaSeconds, Instant startedAt,
                       Instant updatedAt, Instant finishedAt, String lastError) {
    }

    /** PostgreSQL (truth) against Elasticsearch. */
    record IndexStatus(long database, long index, long waitingForIndex, boolean inSync) {
    }

    record MissingRecording(String sourceSystem, String callId, String source, String reference, Instant expectedAt) {
    }
}
