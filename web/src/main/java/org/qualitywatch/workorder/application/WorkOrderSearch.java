package org.qualitywatch.workorder.application;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.qualitywatch.platform.search.SearchClient;
import org.qualitywatch.recording.application.RecordingSettings;
import org.qualitywatch.recording.domain.PhoneNumbers;
import org.qualitywatch.shared.domain.DomainException;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Text search of work orders in Elasticsearch with the same filters, facets, order and cursor as
 * the PostgreSQL list ({@link WorkOrderQueries}). Elasticsearch only finds the ids: the rows of
 * the page are read from PostgreSQL, so what a row shows (and its masking) is the same either way.
 */
@ApplicationScoped
public class WorkOrderSearch {

    /** Facet name in the API → keyword field in the index; "overdue" is a filter aggregation. */
    static final Map<String, String> TERMS_FACETS = facetFields();
    static final String OVERDUE = "overdue";
    /** Text that reads as a phone number is also looked up by the number's keyed hash. */
    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("\\+?[0-9][0-9 ()-]{6,}");

    @Inject
    SearchClient search;

    @Inject
    WorkOrderDocuments documents;

    @Inject
    WorkOrderQueries queries;

    private final String phoneHashKey = RecordingSettings.fromEnvironment().phoneHashKey();

    public WorkOrderQueries.Page search(WorkOrderQueries.Filter filter) {
        SearchRequest request = request(filter, documents.alias(), phoneHashKey);
        SearchResponse<ObjectNode> response;
        try {
            response = search.client().search(request, ObjectNode.class);
        } catch (IOException | ElasticsearchException e) {
            throw new DomainException(DomainException.Kind.UNAVAILABLE, "Work-order text search is unavailable: "
                    + "Elasticsearch cannot be reached (" + e.getMessage() + "). The list without a search text "
                    + "(no q) still works from the database; try the text search again when the system status "
                    + "page shows Elasticsearch up.");
        }
        List<Long> ids = new ArrayList<>();
        List<FieldValue> lastSort = null;
        for (Hit<ObjectNode> hit : response.hits().hits()) {
            ids.add(Long.parseLong(hit.id()));
            lastSort = hit.sort();
        }
        long total = response.hits().total() == null ? ids.size() : response.hits().total().value();
        String next = ids.size() == pageSize(filter) && lastSort != null && lastSort.size() == 2
                ? new WorkOrderCursor(Instant.ofEpochMilli(lastSort.get(0).longValue()), lastSort.get(1).longValue())
                .encode() : null;
        return new WorkOrderQueries.Page(total, queries.rows(ids), facets(response.aggregations(), total), next);
    }

    /** The search request; pure, so its shape is unit-tested. */
    static SearchRequest request(WorkOrderQueries.Filter f, String alias, String phoneHashKey) {
        List<Query> filters = filters(f);
        Query text = textQuery(f.text().trim(), phoneHashKey);
        SearchRequest.Builder request = new SearchRequest.Builder()
                .index(alias)
                // before the first order is indexed there is no index behind the alias yet
                .ignoreUnavailable(true).allowNoIndices(true)
                // monthly indices: months a time filter excludes are skipped before searching
                .preFilterShardSize(1L)
                .query(q -> q.bool(b -> b.filter(filters).must(text)))
                .size(pageSize(f))
                .trackTotalHits(t -> t.enabled(true))
                .source(s -> s.fetch(false))
                .sort(s -> s.field(o -> o.field("acceptedAt").order(SortOrder.Desc)))
                .sort(s -> s.field(o -> o.field("id").order(SortOrder.Desc)));
        TERMS_FACETS.forEach((facet, field) -> request.aggregations(facet, a -> a.terms(t -> t.field(field).size(50))));
        request.aggregations(OVERDUE, a -> a.filter(overdue(true)));
        WorkOrderCursor cursor = WorkOrderCursor.decode(f.after());
        if (cursor != null) {
            request.searchAfter(FieldValue.of(cursor.acceptedAt().toEpochMilli()), FieldValue.of(cursor.id()));
        }
        return request.build();
    }

    /** Standard analyzer splits Chinese into characters: phrases keep the characters together and in order. */
    static Query textQuery(String text, String phoneHashKey) {
        List<Query> should = new ArrayList<>();
        should.add(Query.of(q -> q.matchPhrase(m -> m.field("searchText").query(text))));
        should.add(Query.of(q -> q.prefix(p -> p.field("number").value(text).caseInsensitive(true))));
        should.add(Query.of(q -> q.term(t -> t.field("customerId").value(text))));
        should.add(Query.of(q -> q.term(t -> t.field("callIds").value(text))));
        if (PHONE.matcher(text).matches()) {
            String hash = PhoneNumbers.searchHash(text, phoneHashKey);
            should.add(Query.of(q -> q.term(t -> t.field("customerPhoneHash").value(hash))));
        }
        return Query.of(q -> q.bool(b -> b.should(should).minimumShouldMatch("1")));
    }

    /** The filters of {@link WorkOrderQueries}' where clause, field for field. */
    static List<Query> filters(WorkOrderQueries.Filter f) {
        List<Query> filters = new ArrayList<>();
        terms(filters, "status", f.statuses());
        terms(filters, "type", f.types());
        terms(filters, "businessLine", f.businessLines());
        terms(filters, "category1", f.categories());
        terms(filters, "district", f.districts());
        terms(filters, "department", f.departments());
        if (f.from() != null || f.to() != null) {
            filters.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field("acceptedAt");
                if (f.from() != null) d.gte(f.from().toString());
                if (f.to() != null) d.lt(f.to().toString());
                return d;
            }))));
        }
        if (f.overdue() != null) {
            filters.add(overdue(f.overdue()));
        }
        if (f.callId() != null && !f.callId().isBlank()) {
            filters.add(Query.of(q -> q.term(t -> t.field("callIds").value(f.callId()))));
        }
        return filters;
    }

    /** A running clock past its due time; "not overdue" includes orders without a running clock. */
    static Query overdue(boolean overdue) {
        Query late = Query.of(q -> q.range(r -> r.date(d -> d.field("dueAt").lt("now"))));
        if (overdue) {
            return late;
        }
        return Query.of(q -> q.bool(b -> b.mustNot(late)));
    }

    private static void terms(List<Query> filters, String field, List<String> values) {
        if (values != null && !values.isEmpty()) {
            List<FieldValue> v = values.stream().map(FieldValue::of).toList();
            filters.add(Query.of(q -> q.terms(t -> t.field(field).terms(tt -> tt.value(v)))));
        }
    }

    /** Facets in the PostgreSQL list's shape: non-empty buckets, largest first, at most 50. */
    static Map<String, List<WorkOrderQueries.FacetCount>> facets(Map<String, Aggregate> aggregations, long total) {
        Map<String, List<WorkOrderQueries.FacetCount>> facets = new LinkedHashMap<>();
        TERMS_FACETS.keySet().forEach(facet -> {
            List<WorkOrderQueries.FacetCount> counts = new ArrayList<>();
            Aggregate agg = aggregations.get(facet);
            if (agg != null && agg.isSterms()) {
                for (StringTermsBucket b : agg.sterms().buckets().array()) {
                    counts.add(new WorkOrderQueries.FacetCount(b.key().stringValue(), b.docCount()));
                }
            }
            facets.put(facet, counts);
        });
        Aggregate late = aggregations.get(OVERDUE);
        long overdue = late != null && late.isFilter() ? late.filter().docCount() : 0;
        List<WorkOrderQueries.FacetCount> counts = new ArrayList<>();
        if (overdue > 0) counts.add(new WorkOrderQueries.FacetCount("true", overdue));
        if (total - overdue > 0) counts.add(new WorkOrderQueries.FacetCount("false", total - overdue));
        counts.sort(Comparator.comparingLong(WorkOrderQueries.FacetCount::count).reversed());
        facets.put(OVERDUE, counts);
        return facets;
    }

    private static int pageSize(WorkOrderQueries.Filter f) {
        return Math.min(Math.max(f.size(), 1), 200);
    }

    private static Map<String, String> facetFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("status", "status");
        fields.put("type", "type");
        fields.put("category", "category1");
        fields.put("district", "district");
        fields.put("department", "department");
        return java.util.Collections.unmodifiableMap(fields);
    }
}
