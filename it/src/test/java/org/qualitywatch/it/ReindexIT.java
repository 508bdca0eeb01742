package org.qualitywatch.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search index is rebuilt from PostgreSQL and ends with the same count. */
class ReindexIT {

    @TempDir
    Path dir;

    @Test
    void reindexEndsWithTheIndexMatchingTheDatabase() throws Exception {
        ApiClient admin = ApiClient.loggedIn("admin");
        long id = Recordings.upload(admin, TestAudio.stereoCall(dir, "reindex.wav", 2),
                Recordings.metadata(Recordings.newCallId(), "1006")).json().get("id").asLong();
        Recordings.waitForStatus(admin, id, "INDEXED");

        ApiClient.Response reindex = admin.post("/api/admin/recordings/reindex", "");
        assertEquals(200, reindex.status(), reindex.toString());
        long queued = reindex.json().get("queued").asLong();
        assertTrue(queued >= 1);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        JsonNode status;
        do {
            Recordings.sleep(1000);
            status = admin.get("/api/admin/recordings/index-status").json();
        } while (!status.get("inSync").asBoolean() && Instant.now().isBefore(deadline));
        assertTrue(status.get("inSync").asBoolean(), status.toString());
        assertEquals(status.get("database").asLong(), status.get("index").asLong());
        assertEquals(queued, status.get("database").asLong());
        assertEquals(403, ApiClient.loggedIn("manager").post("/api/admin/recordings/reindex", "").status());
    }
}
