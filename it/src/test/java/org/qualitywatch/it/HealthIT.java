package org.qualitywatch.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class HealthIT {

    @Test
    void reportsDatabaseElasticsearchAndQueue() {
        JsonNode health = waitForHealth(h -> h.at("/checks/elasticsearch/status").asText().equals("UP"),
                Duration.ofSeconds(30));
        assertEquals("UP", health.get("status").asText(), health.toString());
        assertEquals("UP", health.at("/checks/database/status").asText());
        assertEquals("UP", health.at("/checks/queue/status").asText());
        assertTrue(health.at("/checks/queue/figures").has("pending"));
    }

    /**
     * Stops the local Elasticsearch under the running server: health turns red for Elasticsearch
     * only, the rest of the application keeps working, and health is green again once it is back.
     */
    @Test
    void elasticsearchOutageTurnsOnlyItsCheckRedAndQueuesIndexing(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        assumeTrue(TestEnvironment.elasticsearchManagedByQw(),
                "Elasticsearch is external (QW_ES_URL): the outage test stops only the one ./qw manages");
        long id;
        String callId = Recordings.newCallId();
        try {
            TestEnvironment.qw("es", "stop");
            JsonNode down = waitForHealth(h -> h.at("/checks/elasticsearch/status").asText().equals("DOWN"),
                    Duration.ofSeconds(60));
            assertEquals("DEGRADED", down.get("status").asText(), down.toString());
            assertEquals("UP", down.at("/checks/database/status").asText());
            assertEquals(503, ApiClient.anonymous().get("/api/health").status());
            ApiClient admin = ApiClient.loggedIn("admin");
            assertEquals(200, admin.get("/api/admin/users").status(), "the application works without search");

            ApiClient.Response upload = Recordings.upload(admin, TestAudio.stereoCall(dir, "outage.wav", 3),
                    Recordings.metadata(callId, "1006"));
            assertEquals(202, upload.status(), upload.toString());
            id = upload.json().get("id").asLong();
            JsonNode analysed = Recordings.waitForStatus(admin, id, "ANALYSED");
            assertTrue(analysed.get("indexedAt") == null || analysed.get("indexedAt").isNull());
            JsonNode queued = waitForHealth(h -> h.at("/checks/queue/figures/pending").asInt() > 0, Duration.ofSeconds(30));
            assertTrue(queued.at("/checks/queue/detail").asText().contains("waiting"), queued.toString());
        } finally {
            TestEnvironment.qw("es", "start");
        }
        JsonNode up = waitForHealth(h -> h.get("status").asText().equals("UP"), Duration.ofSeconds(90));
        assertEquals("UP", up.at("/checks/elasticsearch/status").asText());
        ApiClient admin = ApiClient.loggedIn("admin");
        Recordings.waitFor(admin, id, d -> d.path("status").asText().equals("INDEXED"), Duration.ofSeconds(60));
        assertEquals(id, Recordings.findByCallId(admin, callId, Duration.ofSeconds(10)).get("id").asLong());
    }

    static JsonNode waitForHealth(Predicate<JsonNode> condition, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            last = ApiClient.anonymous().get("/api/health").json();
            if (condition.test(last)) {
                return last;
            }
            sleep(1000);
        }
        throw new AssertionError("health did not reach the expected state in " + timeout + "; last: " + last);
    }


    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
