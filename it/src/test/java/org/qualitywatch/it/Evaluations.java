package org.qualitywatch.it;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Set-up shared by the QA tests: a call of agent 1006 and an evaluation of it assigned to a monitor. */
final class Evaluations {

    private Evaluations() {
    }

    /** Uploads a 6-second call of agent 1006 and waits until it is indexed; returns the recording id. */
    static long recordedCall(ApiClient admin, Path dir) throws java.io.IOException {
        String callId = Recordings.newCallId();
        long id = Recordings.upload(admin, TestAudio.stereoCall(dir, callId + ".wav", 6),
                Recordings.metadata(callId, "1006")).json().get("id").asLong();
        Recordings.waitForStatus(admin, id, "INDEXED");
        return id;
    }

    static JsonNode assign(ApiClient lead, long recordingId, String monitor) {
        ApiClient.Response r = lead.post("/api/evaluations", Map.of("recordingId", recordingId, "monitor", monitor));
        if (r.status() != 200) {
            throw new AssertionError("assigning recording " + recordingId + " to " + monitor + ": " + r);
        }
        return r.json();
    }

    /**
     * Answers for the default scorecard: everything right except patience 4 of 5 and one forbidden phrase,
     * i.e. 100 × 96/100 − 5 = 91.00.
     */
    static Map<String, Object> goodAnswers() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("opening", Map.of("yes", true));
        a.put("phrases", Map.of("value", 5));
        a.put("tone", Map.of("value", 5));
        a.put("patience", Map.of("value", 4));
        a.put("initiative", Map.of("value", 5));
        a.put("understanding", Map.of("value", 5));
        a.put("guidance", Map.of("value", 5));
        a.put("accuracy", Map.of("yes", true));
        a.put("forbidden", Map.of("occurrences", 1));
        a.put("wrong_promise", Map.of("occurrences", 0));
        a.put("rudeness", Map.of("occurrences", 0));
        a.put("data_leak", Map.of("occurrences", 0));
        return a;
    }
}
