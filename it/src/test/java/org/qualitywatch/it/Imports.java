package org.qualitywatch.it;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** File imports (work orders, complaints): upload with a preset, wait until the job is done, answer the job. */
final class Imports {

    private Imports() {
    }

    static JsonNode run(ApiClient client, String importsPath, String name, byte[] content, String preset) {
        ApiClient.Response started = client.uploadFile(importsPath, name, content, Map.of("preset", preset));
        assertEquals(202, started.status(), started.toString());
        long id = started.json().get("id").asLong();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode job;
        do {
            Recordings.sleep(300);
            job = client.get(importsPath + "/" + id).json();
        } while (job.get("status").asText().equals("RUNNING") && Instant.now().isBefore(deadline));
        assertEquals("DONE", job.get("status").asText(), job.toString());
        return job;
    }
}
