package org.qualitywatch.workorder.application;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.FilterAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkOrderSearchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static WorkOrderQueries.Filter filter(String text, List<String> departments, Boolean overdue, String after) {
        return new WorkOrderQueries.Filter(text, List.of("DISPATCHED"), List.of(), List.of(), List.of("网络质量"),
                List.of(), departments, Instant.parse("2026-10-01T00:00:00Z"), null, null, overdue, 20, after);
    }

    private static JsonNode body(SearchRequest request) throws Exception {
        return JSON.readTree(JsonpUtils.toJsonString(request, new JacksonJsonpMapper()));
    }

    @Test
    void theFiltersAreThoseOfThePostgresListIncludingTheDepartmentScope() throws Exception {
        JsonNode body = body(WorkOrderSearch.request(filter("马赛克", List.of("于洪维护站"), true, null), "qw-work-orders", "k"));
        JsonNode filters = body.at("/query/bool/filter");
        String all = filters.toString();
        assertTrue(all.contains("{\"terms\":{\"status\":[\"DISPATCHED\"]}}"), all);
        assertTrue(all.contains("{\"terms\":{\"category1\":[\"网络质量\"]}}"), all);
        assertTrue(all.contains("{\"terms\":{\"department\":[\"于洪维护站\"]}}"), all);
        assertTrue(all.contains("\"acceptedAt\":{\"gte\":\"2026-10-01T00:00:00Z\"}"), all);
        assertTrue(all.contains("\"dueAt\":{\"lt\":\"now\"}"), all);
        assertEquals(5, filters.size(), "empty filters add no clause: " + all);
        assertFalse(all.contains("\"type\""), all);
    }

    @Test
    void chineseTextIsAPhraseAndNumbersArePrefixes() throws Exception {
        JsonNode should = body(WorkOrderSearch.request(filter("网速慢", List.of(), null, null), "a", "k"))
                .at("/query/bool/must/0/bool/should");
        String all = should.toString();
        assertTrue(all.contains("\"match_phrase\":{\"searchText\":{\"query\":\"网速慢\"}}"), all);
        assertTrue(all.contains("\"prefix\":{\"number\":{\"value\":\"网速慢\",\"case_insensitive\":true}}"), all);
        assertFalse(all.contains("customerPhoneHash"), "not a phone number: " + all);
    }

    @Test
    void aPhoneNumberIsSearchedByItsKeyedHashNeverInClear() throws Exception {
        String all = body(WorkOrderSearch.request(filter("139 1111 0001", List.of(), null, null), "a", "k"))
                .at("/query/bool/must/0/bool/should").toString();
        String hash = org.qualitywatch.recording.domain.PhoneNumbers.searchHash("13911110001", "k");
        assertTrue(all.contains("{\"term\":{\"customerPhoneHash\":{\"value\":\"" + hash + "\"}}}"), all);
    }

    @Test
    void pagesAreOrderedLikeTheListAndContinueFromTheCursor() throws Exception {
        String after = new WorkOrderCursor(Instant.parse("2026-10-21T02:25:00Z"), 42).encode();
        JsonNode body = body(WorkOrderSearch.request(filter("x", List.of(), false, after), "a", "k"));
        assertEquals("[{\"acceptedAt\":{\"order\":\"desc\"}},{\"id\":{\"order\":\"desc\"}}]", body.get("sort").toString());
        assertEquals("[" + Instant.parse("2026-10-21T02:25:00Z").toEpochMilli() + ",42]", body.get("search_after").toString());
        assertTrue(body.at("/query/bool/filter").toString().contains("\"must_not\":[{\"range\":{\"dueAt\":{\"lt\":\"now\"}}}]"));
        assertEquals(java.util.Set.of("status", "type", "category", "district", "department", "overdue"),
                java.util.Set.copyOf(JSON.convertValue(body.get("aggregations"), Map.class).keySet()));
        assertEquals("category1", body.at("/aggregations/category/terms/field").asText());
    }

    @Test
    void facetsHaveThePostgresShapeWithOverdueAsTrueAndFalse() {
        Aggregate status = Aggregate.of(a -> a.sterms(StringTermsAggregate.of(s -> s.buckets(b -> b.array(List.of(
                StringTermsBucket.of(x -> x.key("DISPATCHED").docCount(7)),
                StringTermsBucket.of(x -> x.key("RESOLVED").docCount(3))))).sumOtherDocCount(0L))));
        Aggregate overdue = Aggregate.of(a -> a.filter(FilterAggregate.of(f -> f.docCount(4))));
        Map<String, List<WorkOrderQueries.FacetCount>> facets = WorkOrderSearch.facets(
                Map.of("status", status, "overdue", overdue), 10);
        assertEquals(List.of(new WorkOrderQueries.FacetCount("DISPATCHED", 7), new WorkOrderQueries.FacetCount("RESOLVED", 3)),
                facets.get("status"));
        assertEquals(List.of(new WorkOrderQueries.FacetCount("false", 6), new WorkOrderQueries.FacetCount("true", 4)),
                facets.get("overdue"));
        assertEquals(List.of(), facets.get("district"));
        assertEquals(List.of("status", "type", "category", "district", "department", "overdue"), List.copyOf(facets.keySet()));
    }
}
