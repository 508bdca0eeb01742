package org.qualitywatch.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordingIngestIT {

    @TempDir
    Path dir;

    @Test
    void anUploadedCallIsAnalysedIndexedFoundByTranscriptPhraseAndPlayable() throws Exception {
        ApiClient admin = ApiClient.loggedIn("admin");
        String callId = Recordings.newCallId();
        Path audio = TestAudio.stereoCall(dir, callId + ".wav", 8);
        ObjectNode metadata = Recordings.metadata(callId, "1006");
        Recordings.transcript(metadata, List.of(
                new Object[]{"AGENT", 0.2, 3.5, "您好很高兴为您服务"},
                new Object[]{"CUSTOMER", 4.2, 7.8, "宽带又断了我要找监管部门" + callId.substring(3, 8)}));
        ApiClient.Response upload = Recordings.upload(admin, audio, metadata);
        assertEquals(202, upload.status(), upload.toString());
        long id = upload.json().get("id").asLong();

        JsonNode indexed = Recordings.waitForStatus(admin, id, "INDEXED");
        JsonNode analysis = indexed.get("analysis");
        assertEquals(2, analysis.get("channels").asInt());
        assertEquals(8.0, analysis.get("durationSeconds").asDouble(), 0.1);
        assertEquals("AGENT", analysis.at("/channelStats/0/role").asText());
        assertEquals(4.0, analysis.at("/channelStats/0/talkSeconds").asDouble(), 0.3);
        assertEquals(4.0, analysis.at("/channelStats/1/talkSeconds").asDouble(), 0.3);
        assertEquals("坐席 杨帆", indexed.get("agentName").asText());

        // indexed documents become searchable at the next refresh (1 s)
        String phrase = "q=" + Recordings.encode("找监管部门" + callId.substring(3, 8));
        JsonNode page = Recordings.search(admin, phrase);
        for (int i = 0; i < 20 && page.get("total").asInt() == 0; i++) {
            Recordings.sleep(500);
            page = Recordings.search(admin, phrase);
        }
        assertEquals(1, page.get("total").asInt(), page.toString());
        JsonNode hit = page.at("/items/0/hits/0");
        assertEquals(4.2, hit.get("start").asDouble(), 0.001);
        assertTrue(hit.get("html").asText().contains("<em>"), hit.toString());
        assertEquals("138****5678", page.at("/items/0/callerNumber").asText(), "numbers are masked in lists");

        ApiClient.Response play = admin.getWithHeader("/api/recordings/" + id + "/audio", "Range", "bytes=0-");
        assertEquals(206, play.status());
        assertEquals("audio/mpeg", play.contentType());
        ApiClient.Response seek = admin.getWithHeader("/api/recordings/" + id + "/audio", "Range", "bytes=100-199");
        assertEquals(206, seek.status());
        assertEquals("bytes 100-199/", seek.raw().headers().firstValue("Content-Range").orElse("").replaceAll("\\d+$", ""));
        assertEquals("100", seek.raw().headers().firstValue("Content-Length").orElse(""));

        ApiClient.Response download = admin.get("/api/recordings/" + id + "/download");
        assertEquals(200, download.status());
        assertTrue(download.raw().headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));

        assertEquals(1, auditCount("RECORDING_PLAYED", id), "one play, seeks not counted again");
        assertEquals(1, auditCount("RECORDING_DOWNLOADED", id));

        JsonNode peaks = admin.get("/api/recordings/" + id + "/peaks").json();
        assertEquals(2, peaks.get("channels").size());
        assertEquals(peaks.get("peaksPerSecond").asInt() * 8, peaks.at("/channels/0").size(), 2);
    }

    @Test
    void theSameAudioTwiceIsOneRecordingAndAnotherAudioForTheSameCallIsAConflict() throws Exception {
        ApiClient lead = ApiClient.loggedIn("qalead");
        String callId = Recordings.newCallId();
        Path audio = TestAudio.stereoCall(dir, callId + ".wav", 3);
        ApiClient.Response first = Recordings.upload(lead, audio, Recordings.metadata(callId, "1006"));
        assertEquals(202, first.status(), first.toString());
        long id = first.json().get("id").asLong();

        ApiClient.Response again = Recordings.upload(lead, audio, Recordings.metadata(callId, "1006"));
        assertEquals(200, again.status(), again.toString());
        assertTrue(again.json().get("duplicate").asBoolean());
        assertEquals(id, again.json().get("id").asLong());

        Path other = TestAudio.stereoCall(dir, callId + "-b.wav", 3);
        ApiClient.Response conflict = Recordings.upload(lead, other, Recordings.metadata(callId, "1006"));
        assertEquals(409, conflict.status(), conflict.toString());
        assertTrue(conflict.isProblem());
        String detail = conflict.json().get("detail").asText();
        long quarantinedId = Long.parseLong(detail.replaceAll(".*quarantine as recording (\\d+).*", "$1"));
        JsonNode kept = Recordings.details(lead, quarantinedId);
        assertEquals("QUARANTINED", kept.get("status").asText());
        assertEquals("CALL_ID_CONFLICT", kept.get("quarantineCode").asText());
        assertEquals(id, kept.get("conflictWith").asLong());
    }

    @Test
    void uploadsWithBadMetadataAreRefusedNamingTheProblem() throws Exception {
        ApiClient admin = ApiClient.loggedIn("admin");
        Path audio = TestAudio.stereoCall(dir, "bad-meta.wav", 2);
        ObjectNode metadata = Recordings.metadata(Recordings.newCallId(), "1006");
        metadata.remove("agentId");
        metadata.put("direction", "SIDEWAYS");
        ApiClient.Response response = Recordings.upload(admin, audio, metadata);
        assertEquals(400, response.status(), response.toString());
        assertTrue(response.json().get("detail").asText().contains("agent id is missing"), response.body());
        assertTrue(response.json().get("detail").asText().contains("SIDEWAYS"), response.body());
    }

    @Test
    void monitorsMaySearchButNotUploadAndAgentsMayDoNeither() throws Exception {
        Path audio = TestAudio.stereoCall(dir, "roles.wav", 2);
        ApiClient monitor = ApiClient.loggedIn("monitor");
        assertEquals(200, monitor.get("/api/recordings").status());
        assertEquals(403, Recordings.upload(monitor, audio, Recordings.metadata(Recordings.newCallId(), "1006")).status());
        assertEquals(403, ApiClient.loggedIn("agent").get("/api/recordings").status());
        assertEquals(403, ApiClient.loggedIn("supervisor").get("/api/recordings/1").status());
    }

    static long auditCount(String action, long recordingId) throws Exception {
        try (Connection c = DriverManager.getConnection(System.getProperty("qw.db-url"),
                System.getProperty("qw.db-user"), System.getProperty("qw.db-password"));
             PreparedStatement s = c.prepareStatement("select count(*) from qw.audit_event where action = ? "
                     + "and target_type = 'recording' and target_id = ?")) {
            s.setString(1, action);
            s.setString(2, String.valueOf(recordingId));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
