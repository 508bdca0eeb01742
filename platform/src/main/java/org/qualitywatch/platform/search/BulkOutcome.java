package org.qualitywatch.platform.search;

import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Counts what a rebuild's bulk ingester did: documents written, superseded (409: a newer version was written
 * meanwhile, e.g. by the outbox) and failed, with the first error.
 */
public final class BulkOutcome implements BulkListener<Void> {

    private final AtomicLong indexed = new AtomicLong();
    private final AtomicLong superseded = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicReference<String> firstError = new AtomicReference<>();

    public long indexed() {
        return indexed.get();
    }

    public long superseded() {
        return superseded.get();
    }

    public long failed() {
        return failed.get();
    }

    public String firstError() {
        return firstError.get();
    }

    @Override
    public void beforeBulk(long executionId, BulkRequest request, List<Void> contexts) {
    }

    @Override
    public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, BulkResponse response) {
        for (BulkResponseItem item : response.items()) {
            if (item.error() == null) {
                indexed.incrementAndGet();
            } else if (item.status() == 409) {
                superseded.incrementAndGet();
            } else {
                failed.incrementAndGet();
                firstError.compareAndSet(null, item.status() + " " + item.error().type() + ": " + item.error().reason());
            }
        }
    }

    @Override
    public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, Throwable failure) {
        failed.addAndGet(request.operations().size());
        firstError.compareAndSet(null, "Elasticsearch unreachable: " + failure.getMessage());
    }
}
