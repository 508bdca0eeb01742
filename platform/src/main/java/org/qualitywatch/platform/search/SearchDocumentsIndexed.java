package org.qualitywatch.platform.search;

import java.util.List;

/**
 * CDI event fired after Elasticsearch confirmed a batch of outbox entries, so the owning module can
 * record that its rows are searchable. Superseded entries (a newer version was already there) are
 * reported too: the row is searchable either way.
 */
public record SearchDocumentsIndexed(List<Document> documents) {

    public record Document(String index, String id, long version, boolean deleted) {
    }

    /** The confirmed documents that belong to the given alias (its monthly indices). */
    public List<Document> of(String alias) {
        return documents.stream().filter(d -> d.index().startsWith(alias + "-") || d.index().equals(alias)).toList();
    }
}
