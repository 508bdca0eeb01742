package org.qualitywatch.recording.infrastructure;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.InnerHitsResult;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.qualitywatch.platform.search.SearchClient;
import org.qualitywatch.recording.api.RecordingPage;
import org.qualitywatch.recording.api.RecordingQuery;
import org.qualitywatch.recording.application.RecordingDocuments;
import org.qualitywatch.recording.application.RecordingSettings;
import org.qualitywatch.recording.domain.PhoneNumbers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Recording search in Elasticsearch: filters, phrase search with highlighted transcript hits, facets. */
@ApplicationScoped
public class RecordingSearchIndex {

    private static final List<String> FACETS = List.of("agentId", "team", "businessLine");

    @Inject
    SearchClient search;

    @Inject
    RecordingDocuments documents;

    private final RecordingSettings settings = RecordingSettings.fromEnvironment();

    public RecordingPage search(RecordingQuery q) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        List<Query> filters = filters(q);
        bool.filter(filters);
        if (q.text() != null && !q.text().isBlank()) {
            String text = q.text().trim();
            bool.must(m -> m.bool(b -> b.minimumShouldMatch("1")
                    .should(s -> s.nested(n -> n.path("transcript").scoreMode(
                                    co.elastic.clients.elasticsearch._types.query_dsl.ChildScoreMode.Max)
                            .query(nq -> nq.matchPhrase(mp -> mp.field("transcript.text").query(text)))
                            .innerHits(ih -> ih.size(5).sort(so -> so.field(f -> f.field("transcript.start")
                                            .order(SortOrder.Asc)))
                                    .highlight(h -> h.encoder(HighlighterEncoder.Html)
                                            .fields("transcript.text", f -> f.preTags("<em>").postTags("</em>")
                                                    .numberOfFragments(0))))))
                    .should(s -> s.matchPhrase(mp -> mp.field("metadataText").query(text)))
                    .should(s -> s.term(t -> t.field("callId").value(text)))
                    .should(s -> s.term(t -> t.field("workOrders").value(text)))));
        }
        SortOrder order = q.sort().ascending ? SortOrder.Asc : SortOrder.Desc;
        SearchRequest.Builder request = new SearchRequest.Builder()
                .index(documents.alias())
                // before the first recording is indexed there is no index behind the alias yet
                .ignoreUnavailable(true).allowNoIndices(true)
                // monthly indices: let Elasticsearch skip the months a time filter excludes before searching
                .preFilterShardSize(1L)
                .query(qq -> qq.bool(bool.build()))
                .size(q.size())
                .trackTotalHits(t -> t.enabled(true))
                .sort(s -> s.field(f -> f.field(q.sort().field).order(order).missing(q.sort().ascending ? "_last" : "_last")))
                .sort(s -> s.field(f -> f.field("id").order(order)))
                .source(src -> src.filter(f -> f.excludes("transcript", "metadataText", "callerNumberHash")));
        for (String facet : FACETS) {
            request.aggregations(facet, a -> a.terms(t -> t.field(facet).size(50)));
        }
        if (q.after() != null && !q.after().isBlank()) {
            request.searchAfter(decodeCursor(q.after()));
        }
        try {
            SearchResponse<ObjectNode> response = search.client().search(request.build(), ObjectNode.class);
            return toPage(response, q.size());
        } catch (IOException e) {
            throw new UncheckedIOException("Recording search is unavailable: Elasticsearch cannot be reached ("
                    + e.getMessage() + "). Try again when the system status page shows it up.", e);
        }
    }

    private List<Query> filters(RecordingQuery q) {
        List<Query> filters = new ArrayList<>();
        if (q.from() != null || q.to() != null) {
            filters.add(Query.of(f -> f.range(r -> r.date(d -> {
                d.field("startedAt");
                if (q.from() != null) d.gte(q.from().toString());
                if (q.to() != null) d.lt(q.to().toString());
                return d;
            }))));
        }
        terms(filters, "agentId", q.agents());
        terms(filters, "team", q.teams());
        terms(filters, "businessLine", q.businessLines());
        if (q.direction() != null && !q.direction().isBlank()) {
            filters.add(Query.of(f -> f.term(t -> t.field("direction").value(q.direction()))));
        }
        if (q.minDuration() != null || q.maxDuration() != null) {
            filters.add(Query.of(f -> f.range(r -> r.number(n -> {
                n.field("durationSeconds");
                if (q.minDuration() != null) n.gte(q.minDuration());
                if (q.maxDuration() != null) n.lte(q.maxDuration());
                return n;
            }))));
        }
        if (q.deadAirOver() != null) {
            filters.add(Query.of(f -> f.range(r -> r.number(n -> n.field("maxDeadAirSeconds").gt(q.deadAirOver())))));
        }
        if (Boolean.TRUE.equals(q.crossTalk())) {
            filters.add(Query.of(f -> f.range(r -> r.number(n -> n.field("crossTalkCount").gt(0.0)))));
        } else if (Boolean.FALSE.equals(q.crossTalk())) {
            filters.add(Query.of(f -> f.term(t -> t.field("crossTalkCount").value(0))));
        }
        if (q.workOrder() != null && !q.workOrder().isBlank()) {
            filters.add(Query.of(f -> f.term(t -> t.field("workOrders").value(q.workOrder().trim()))));
        }
        if (q.quarantined() != null) {
            filters.add(Query.of(f -> f.term(t -> t.field("quarantined").value(q.quarantined()))));
        }
        if (q.callerNumber() != null && !q.callerNumber().isBlank()) {
            String hash = PhoneNumbers.searchHash(q.callerNumber(), settings.phoneHashKey());
            filters.add(Query.of(f -> f.term(t -> t.field("callerNumberHash").value(hash))));
        }
        return filters;
    }

    private static void terms(List<Query> filters, String field, List<String> values) {
        if (!values.isEmpty()) {
            List<FieldValue> v = values.stream().map(FieldValue::of).toList();
            filters.add(Query.of(f -> f.terms(t -> t.field(field).terms(tt -> tt.value(v)))));
        }
    }

    private RecordingPage toPage(SearchResponse<ObjectNode> response, int size) {
        List<RecordingPage.Item> items = new ArrayList<>();
        List<FieldValue> lastSort = null;
        for (Hit<ObjectNode> hit : response.hits().hits()) {
            items.add(toItem(hit));
            lastSort = hit.sort();
        }
        Map<String, List<RecordingPage.FacetCount>> facets = new LinkedHashMap<>();
        for (String facet : FACETS) {
            List<RecordingPage.FacetCount> counts = new ArrayList<>();
            var agg = response.aggregations().get(facet);
            if (agg != null && agg.isSterms()) {
                for (StringTermsBucket b : agg.sterms().buckets().array()) {
                    counts.add(new RecordingPage.FacetCount(b.key().stringValue(), b.docCount()));
                }
            }
            facets.put(facet.equals("agentId") ? "agent" : facet, counts);
        }
        long total = response.hits().total() == null ? items.size() : response.hits().total().value();
        String next = items.size() == size && lastSort != null ? encodeCursor(lastSort) : null;
        return new RecordingPage(total, items, facets, next);
    }

    private RecordingPage.Item toItem(Hit<ObjectNode> hit) {
        ObjectNode d = hit.source();
        List<RecordingPage.TranscriptHit> hits = new ArrayList<>();
        InnerHitsResult inner = hit.innerHits().get("transcript");
        if (inner != null) {
            for (Hit<JsonData> line : inner.hits().hits()) {
                JsonNode source = line.source() == null ? null : line.source().to(JsonNode.class);
                List<String> fragments = line.highlight().get("transcript.text");
                if (source != null) {
                    hits.add(new RecordingPage.TranscriptHit(source.path("start").asDouble(),
                            source.path("end").asDouble(), source.path("speaker").asText(),
                            fragments == null || fragments.isEmpty() ? escape(source.path("text").asText())
                                    : fragments.get(0)));
                }
            }
        }
        List<String> workOrders = new ArrayList<>();
        d.path("workOrders").forEach(w -> workOrders.add(w.asText()));
        return new RecordingPage.Item(d.path("id").asLong(), text(d, "callId"), text(d, "agentId"), text(d, "team"),
                text(d, "direction"), text(d, "callerNumberMasked"), text(d, "calleeNumber"), text(d, "skill"),
                text(d, "businessLine"), d.hasNonNull("startedAt") ? Instant.parse(d.get("startedAt").asText()) : null,
                number(d, "durationSeconds"), text(d, "status"), text(d, "quarantineReason"),
                number(d, "maxDeadAirSeconds"), integer(d, "deadAirCount"), integer(d, "crossTalkCount"),
                number(d, "crossTalkSeconds"), workOrders, integer(d, "satisfaction"),
                d.path("hasTranscript").asBoolean(false), hits);
    }

    private static String text(JsonNode d, String field) {
        return d.hasNonNull(field) ? d.get(field).asText() : null;
    }

    private static Double number(JsonNode d, String field) {
        return d.hasNonNull(field) ? d.get(field).asDouble() : null;
    }

    private static Integer integer(JsonNode d, String field) {
        return d.hasNonNull(field) ? d.get(field).asInt() : null;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    String encodeCursor(List<FieldValue> sort) {
        List<Object> values = new ArrayList<>();
        for (FieldValue v : sort) {
            values.add(v._get());
        }
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    search.objectMapper().writeValueAsBytes(values));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<FieldValue> decodeCursor(String cursor) {
        try {
            JsonNode values = search.objectMapper().readTree(
                    new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
            List<FieldValue> result = new ArrayList<>();
            for (JsonNode v : values) {
                if (v.isIntegralNumber()) result.add(FieldValue.of(v.asLong()));
                else if (v.isNumber()) result.add(FieldValue.of(v.asDouble()));
                else if (v.isNull()) result.add(FieldValue.NULL);
                else result.add(FieldValue.of(v.asText()));
            }
            return result;
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("The paging cursor is not valid; start the search again.");
        }
    }
}
