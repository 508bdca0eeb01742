package org.qualitywatch.platform.search;

import java.util.Objects;

/**
 * One change for Elasticsearch: index a document or delete it by id.
 *
 * @param index    the concrete (monthly) index
 * @param version  a number that grows with every change of the source row; Elasticsearch keeps
 *                 the highest, so changes drained out of order on several nodes cannot overwrite
 *                 a newer document with an older one
 * @param document the JSON source, null for a delete
 */
public record OutboxEntry(String index, String documentId, Action action, String document, long version) {

    public enum Action { INDEX, DELETE }

    public OutboxEntry {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(action, "action");
        if (action == Action.INDEX && document == null) {
            throw new IllegalArgumentException("An INDEX entry needs a document");
        }
    }

    public static OutboxEntry index(String index, String documentId, String json, long version) {
        return new OutboxEntry(index, documentId, Action.INDEX, json, version);
    }

    public static OutboxEntry delete(String index, String documentId, long version) {
        return new OutboxEntry(index, documentId, Action.DELETE, null, version);
    }
}
