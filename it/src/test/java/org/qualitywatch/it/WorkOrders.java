package org.qualitywatch.it;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Work-order list calls shared by the tests. */
final class WorkOrders {

    private WorkOrders() {
    }

    static JsonNode list(ApiClient client, String query) {
        ApiClient.Response r = client.get("/api/work-orders?" + query);
        if (r.status() != 200) {
            throw new AssertionError("work-order list " + query + ": " + r);
        }
        return r.json();
    }

    /**
     * A text query ({@code q}) searches Elasticsearch, which follows PostgreSQL through the search
     * outbox about a second later: asks again until the answer satisfies the condition.
     */
    static JsonNode searchUntil(ApiClient client, String query, Predicate<JsonNode> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            // a monthly index created a moment ago may answer 503 until its shard is allocated
            ApiClient.Response r = client.get("/api/work-orders?" + query);
            if (r.status() == 200 && condition.test(r.json())) {
                return r.json();
            }
            if (r.status() != 200 && r.status() != 503) {
                throw new AssertionError("work-order list " + query + ": " + r);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the work-order search " + query + " did not reach the expected answer in 30 s; "
                        + "last: " + r);
            }
            Recordings.sleep(250);
        }
    }

    static JsonNode searchUntilTotal(ApiClient client, String query, int total) {
        return searchUntil(client, query, page -> page.path("total").asInt() == total);
    }

    /** One facet as key → count, to compare facets whatever the order of equal counts. */
    static TreeMap<String, Integer> facet(JsonNode page, String name) {
        TreeMap<String, Integer> counts = new TreeMap<>();
        page.path("facets").path(name).forEach(f -> counts.put(f.get("key").asText(), f.get("count").asInt()));
        return counts;
    }
}
