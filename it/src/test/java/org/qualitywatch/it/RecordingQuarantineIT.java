package org.qualitywatch.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A PBX batch full of bad input arrives in the drop folder: every row ends as a recording, the bad
 * ones quarantined with a reason, and the good one indexed; the queue never stops.
 */
class RecordingQuarantineIT {

    @Test
    void everyKindOfBadInputIsQuarantinedWithItsReasonAndNothingIsDropped() throws Exception {
        String batch = "batch-" + Recordings.newCallId();
        Path drop = Path.of(System.getProperty("qw.drop-dir"));
        // staged under a dot-name (the scanner ignores those) and renamed in one step, as a PBX should
        Path staging = Files.createDirectories(drop.resolve(".staging-" + batch));
        Map<String, String> expected = new LinkedHashMap<>();
        StringBuilder manifest = new StringBuilder(
                "call_id,file,agent_id,direction,ani,dnis,skill,start_time,end_time,duration_s,ticket_no,ivr_survey\n");
        String good = add(manifest, expected, null, "good.wav", "1006", "IN");
        TestAudio.stereoCall(staging, "good.wav", 4);
        add(manifest, expected, "EMPTY_FILE", "empty.wav", "1006", "IN");
        Files.write(staging.resolve("empty.wav"), new byte[0]);
        add(manifest, expected, "TRUNCATED", "cut.wav", "1006", "IN");
        TestAudio.truncated(staging, "cut.wav");
        add(manifest, expected, "NO_AUDIO_SAMPLES", "header.wav", "1006", "IN");
        TestAudio.headerOnly(staging, "header.wav");
        add(manifest, expected, "NOT_AUDIO", "notes.wav", "1006", "IN");
        Files.writeString(staging.resolve("notes.wav"), ("这不是录音 — just text pretending to be audio " + batch + "\n").repeat(50));
        add(manifest, expected, "UNSUPPORTED_CODEC", "float.wav", "1006", "IN");
        TestAudio.unsupportedCodec(staging, "float.wav");
        add(manifest, expected, "TOO_LARGE", "huge.wav", "1006", "IN");
        TestAudio.garbage(staging, "huge.wav", 21 * 1024 * 1024);
        add(manifest, expected, "TOO_LONG", "long.wav", "1006", "IN");
        TestAudio.silence(staging, "long.wav", 660);
        add(manifest, expected, "INVALID_METADATA", "nometa.wav", "", "SIDEWAYS");
        TestAudio.stereoCall(staging, "nometa.wav", 2);
        add(manifest, expected, "FILE_MISSING", "absent.wav", "1006", "IN");
        add(manifest, expected, "UNSAFE_FILE_NAME", "../../../../etc/passwd", "1006", "IN");
        Files.writeString(staging.resolve("manifest.csv"), manifest.toString());
        Files.createFile(staging.resolve(".done"));

        Files.move(staging, drop.resolve(batch), java.nio.file.StandardCopyOption.ATOMIC_MOVE);

        ApiClient admin = ApiClient.loggedIn("admin");
        for (Map.Entry<String, String> call : expected.entrySet()) {
            JsonNode item = Recordings.findByCallId(admin, call.getKey(), Duration.ofSeconds(90));
            JsonNode details = Recordings.waitFor(admin, item.get("id").asLong(),
                    d -> !d.path("status").asText().matches("RECEIVED|RETRYING|ANALYSED"), Duration.ofSeconds(60));
            if (call.getValue() == null) {
                assertEquals("INDEXED", details.get("status").asText(), details.toString());
            } else {
                assertEquals("QUARANTINED", details.get("status").asText(), call.getValue() + ": " + details);
                assertEquals(call.getValue(), details.get("quarantineCode").asText(), details.toString());
                assertNotNull(details.get("quarantineReason"), details.toString());
                assertTrue(details.get("ingestReference").asText().startsWith("batch " + batch), details.toString());
            }
        }
        JsonNode quarantined = Recordings.search(admin, "quarantined=true&size=200");
        assertTrue(quarantined.get("total").asInt() >= expected.size() - 1);

        JsonNode completeness = admin.get("/api/recordings/completeness").json();
        String missingCall = expected.entrySet().stream().filter(e -> "FILE_MISSING".equals(e.getValue()))
                .findFirst().orElseThrow().getKey();
        assertTrue(completeness.get("missing").findValuesAsText("callId").contains(missingCall), completeness.toString());
        assertTrue(!completeness.get("missing").findValuesAsText("callId").contains(good));
        assertTrue(!Files.exists(drop.resolve(batch)), "the batch was taken");

        // the missing file arrives in a later batch: the waiting recording takes it and goes on
        long waitingId = Recordings.findByCallId(admin, missingCall, Duration.ofSeconds(5)).get("id").asLong();
        String later = batch + "-later";
        Path staging2 = Files.createDirectories(drop.resolve(".staging-" + later));
        TestAudio.stereoCall(staging2, "absent.wav", 3);
        Files.writeString(staging2.resolve("manifest.csv"),
                "call_id,file,agent_id,direction,ani,dnis,skill,start_time,end_time,duration_s,ticket_no,ivr_survey\n"
                        + missingCall + ",absent.wav,1006,IN,13900001111,96195,BB,2026-10-22 09:00:00,"
                        + "2026-10-22 09:01:00,60,,4\n");
        Files.createFile(staging2.resolve(".done"));
        Files.move(staging2, drop.resolve(later), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        JsonNode arrived = Recordings.waitFor(admin, waitingId, d -> d.path("status").asText().equals("INDEXED"),
                Duration.ofSeconds(60));
        assertTrue(arrived.get("hasAudio").asBoolean());
        JsonNode after = admin.get("/api/recordings/completeness").json();
        assertTrue(!after.get("missing").findValuesAsText("callId").contains(missingCall), after.toString());
    }

    private static String add(StringBuilder manifest, Map<String, String> expected, String code, String file,
                              String agent, String direction) {
        String callId = Recordings.newCallId();
        expected.put(callId, code);
        manifest.append(callId).append(',').append(file).append(',').append(agent).append(',').append(direction)
                .append(",13900001111,96195,BB,2026-10-22 09:00:00,2026-10-22 09:01:00,60,,4\n");
        return callId;
    }

}
