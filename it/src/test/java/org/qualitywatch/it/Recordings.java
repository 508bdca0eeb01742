package org.qualitywatch.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/** Recording helpers for the system tests. */
final class Recordings {

    private Recordings() {
    }

    static String newCallId() {
        return "IT-" + UUID.randomUUID().toString().substring(0, 13);
    }

    static ObjectNode metadata(String callId, String agentId) {
        ObjectNode m = ApiClient.JSON.createObjectNode();
        m.put("callId", callId);
        m.put("agentId", agentId);
        m.put("team", "二班");
        m.put("direction", "IN");
        m.put("callerNumber", "13812345678");
        m.put("calleeNumber", "96195");
        m.put("skill", "BB");
        m.put("startedAt", "2026-10-21T10:25:00+08:00");
        m.put("endedAt", "2026-10-21T10:25:04+08:00");
        m.putArray("workOrders").add("GD-" + callId);
        m.put("satisfaction", 2);
        return m;
    }

    static void transcript(ObjectNode metadata, List<Object[]> lines) {
        var array = metadata.putArray("transcript");
        for (Object[] l : lines) {
            ObjectNode u = array.addObject();
            u.put("speaker", (String) l[0]);
            u.put("start", ((Number) l[1]).doubleValue());
            u.put("end", ((Number) l[2]).doubleValue());
            u.put("text", (String) l[3]);
        }
    }

    static ApiClient.Response upload(ApiClient client, Path file, ObjectNode metadata) {
        return client.upload("/api/recordings", file, metadata.toString());
    }

    static JsonNode details(ApiClient client, long id) {
        ApiClient.Response r = client.get("/api/recordings/" + id);
        if (r.status() != 200) {
            throw new AssertionError("recording " + id + ": " + r);
        }
        return r.json();
    }

    static JsonNode waitFor(ApiClient client, long id, Predicate<JsonNode> condition, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            last = details(client, id);
            if (condition.test(last)) {
                return last;
            }
            sleep(500);
        }
        throw new AssertionError("recording " + id + " did not reach the expected state in " + timeout + "; last: " + last);
    }

    static JsonNode waitForStatus(ApiClient client, long id, String status) {
        return waitFor(client, id, d -> d.path("status").asText().equals(status), Duration.ofSeconds(60));
    }

    static JsonNode search(ApiClient client, String query) {
        ApiClient.Response r = client.get("/api/recordings?" + query);
        if (r.status() != 200) {
            throw new AssertionError("search " + query + ": " + r);
        }
        return r.json();
    }

    /** The recording of a call id, waiting until it is searchable. */
    static JsonNode findByCallId(ApiClient client, String callId, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            JsonNode page = search(client, "q=" + encode(callId));
            for (JsonNode item : page.path("items")) {
                if (item.path("callId").asText().equals(callId)) {
                    return item;
                }
            }
            sleep(500);
        }
        throw new AssertionError("call " + callId + " did not become searchable in " + timeout);
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
