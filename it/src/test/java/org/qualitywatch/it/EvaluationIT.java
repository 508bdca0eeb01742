package org.qualitywatch.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Evaluations from assignment to final score: draft, submit, agent's view, appeal, review by another lead. */
class EvaluationIT {

    @TempDir
    Path dir;

    @Test
    void aMonitorScoresTheAgentAppealsAndALeadAdjustsEveryVersionKept() throws Exception {
        ApiClient admin = ApiClient.loggedIn("admin");
        ApiClient lead = ApiClient.loggedIn("qalead");
        ApiClient monitor = ApiClient.loggedIn("monitor");
        ApiClient agent = ApiClient.loggedIn("agent");
        long recordingId = Evaluations.recordedCall(admin, dir);
        JsonNode assigned = Evaluations.assign(lead, recordingId, "monitor");
        long id = assigned.get("id").asLong();
        assertEquals("ASSIGNED", assigned.get("status").asText());
        assertEquals("标准服务质检评分表", assigned.at("/scorecard/name").asText());
        assertEquals(409, lead.post("/api/evaluations", Map.of("recordingId", recordingId, "monitor", "monitor")).status(),
                "one evaluation of a call per monitor");

        JsonNode tasks = monitor.get("/api/evaluations?scope=tasks").json();
        assertTrue(tasks.get("items").findValuesAsText("id").contains(String.valueOf(id)), tasks.toString());
        assertEquals(403, agent.get("/api/evaluations/" + id).status(), "the agent sees nothing before release");

        Map<String, Object> partial = new HashMap<>(Evaluations.goodAnswers());
        partial.remove("tone");
        assertEquals(200, monitor.put("/api/evaluations/" + id + "/draft", Map.of("answers", partial)).status());
        assertEquals("IN_PROGRESS", monitor.get("/api/evaluations/" + id).json().get("status").asText());
        assertEquals(403, lead.put("/api/evaluations/" + id + "/draft", Map.of("answers", partial)).status(),
                "only the monitor edits the score");
        ApiClient.Response incomplete = monitor.post("/api/evaluations/" + id + "/submit", Map.of("answers", partial));
        assertEquals(400, incomplete.status(), incomplete.toString());
        assertTrue(incomplete.json().get("detail").asText().contains("语气语调"), incomplete.body());
        JsonNode comment = monitor.post("/api/evaluations/" + id + "/comments",
                Map.of("atSeconds", 2.5, "itemCode", "patience", "text", "此处打断客户")).json();
        assertEquals(2.5, comment.get("atSeconds").asDouble());
        assertEquals(400, monitor.post("/api/evaluations/" + id + "/comments",
                Map.of("atSeconds", 99, "text", "超出通话")).status(), "a comment must fall inside the call");

        JsonNode submitted = monitor.post("/api/evaluations/" + id + "/submit",
                Map.of("answers", Evaluations.goodAnswers())).json();
        assertEquals("RELEASED", submitted.get("status").asText(), submitted.toString());
        assertEquals(91.0, submitted.get("score").asDouble());
        assertEquals("优秀", submitted.get("grade").asText());

        JsonNode seen = agent.get("/api/evaluations/" + id).json();
        assertEquals(91.0, seen.get("score").asDouble());
        assertTrue(seen.at("/allowed/appeal").asBoolean());
        assertFalse(seen.has("draft") && !seen.get("draft").isNull(), "agents do not see drafts");
        assertEquals(1, seen.get("comments").size());
        assertEquals(200, agent.get("/api/recordings/" + recordingId).status(), "agents hear their own calls");
        assertEquals(200, agent.get("/api/recordings/" + recordingId + "/peaks").status());
        String otherCall = Recordings.newCallId();
        long other = Recordings.upload(admin, TestAudio.stereoCall(dir, otherCall + ".wav", 3),
                Recordings.metadata(otherCall, "1001")).json().get("id").asLong();
        assertEquals(403, agent.get("/api/recordings/" + other).status(), "but not other agents' calls");
        assertEquals(403, agent.get("/api/recordings").status(), "nor the recordings search");
        JsonNode mine = agent.get("/api/evaluations?scope=mine").json();
        assertTrue(mine.get("items").findValuesAsText("id").contains(String.valueOf(id)), mine.toString());
        assertTrue(agent.get("/api/notifications").body().contains("/qa/evaluations/" + id),
                "the agent is told the score is out");

        assertEquals(400, agent.post("/api/evaluations/" + id + "/appeal", Map.of("reason", " ")).status());
        JsonNode appealed = agent.post("/api/evaluations/" + id + "/appeal",
                Map.of("reason", "我没有说禁语，是客户说的")).json();
        assertEquals("APPEALED", appealed.get("status").asText(), appealed.toString());
        assertEquals(409, agent.post("/api/evaluations/" + id + "/appeal", Map.of("reason", "再次申诉")).status());
        assertEquals(403, monitor.post("/api/evaluations/" + id + "/review",
                Map.of("decision", "UPHOLD", "reason", "x")).status(), "monitors do not decide appeals");
        assertTrue(lead.get("/api/appeals?status=OPEN").body().contains("我没有说禁语"));

        Map<String, Object> corrected = new HashMap<>(Evaluations.goodAnswers());
        corrected.put("forbidden", Map.of("occurrences", 0));
        JsonNode decided = lead.post("/api/evaluations/" + id + "/review",
                Map.of("decision", "ADJUST", "answers", corrected, "reason", "复听确认禁语为客户所说")).json();
        assertEquals("FINAL", decided.get("status").asText(), decided.toString());
        assertEquals(96.0, decided.get("score").asDouble());
        assertEquals(java.util.List.of("SUBMITTED", "ADJUSTED"), decided.get("scores").findValuesAsText("kind"));
        assertEquals(91.0, decided.at("/scores/0/score").asDouble(), "the first score is kept");
        assertEquals("ADJUSTED", decided.at("/appeal/status").asText());
        assertEquals("qalead", decided.at("/appeal/reviewer").asText());
    }

    @Test
    void theLeadWhoScoredACallCannotDecideItsAppeal() throws Exception {
        ApiClient admin = ApiClient.loggedIn("admin");
        ApiClient lead = ApiClient.loggedIn("qalead");
        ApiClient agent = ApiClient.loggedIn("agent");
        long recordingId = Evaluations.recordedCall(admin, dir);
        long id = lead.post("/api/evaluations", Map.of("recordingId", recordingId)).json().get("id").asLong();
        assertEquals(200, lead.post("/api/evaluations/" + id + "/submit", Map.of("answers", Evaluations.goodAnswers()))
                .status());
        assertEquals(200, agent.post("/api/evaluations/" + id + "/appeal", Map.of("reason", "语速评价不公")).status());
        ApiClient.Response own = lead.post("/api/evaluations/" + id + "/review", Map.of("decision", "UPHOLD", "reason", "维持"));
        assertEquals(403, own.status(), own.toString());
        assertTrue(own.json().get("detail").asText().contains("another QA lead"), own.body());
        assertEquals("APPEALED", lead.get("/api/evaluations/" + id).json().get("status").asText(), "nothing changed");
    }

    @Test
    void publishedScorecardsAreImmutableAndEvaluationsKeepTheirVersion() {
        ApiClient lead = ApiClient.loggedIn("qalead");
        JsonNode defaults = lead.get("/api/scorecards/defaults").json();
        String name = "测试评分表-" + System.nanoTime();
        JsonNode created = lead.post("/api/scorecards", Map.of("name", name, "definition", defaults)).json();
        long scorecardId = created.get("id").asLong();
        assertEquals("DRAFT", created.at("/draft/status").asText());
        ApiClient.Response bad = lead.put("/api/scorecards/" + scorecardId + "/draft",
                Map.of("definition", Map.of("sections", java.util.List.of())));
        assertEquals(400, bad.status(), bad.toString());
        assertTrue(bad.json().get("detail").asText().contains("at least one section"), bad.body());
        JsonNode v1 = lead.post("/api/scorecards/" + scorecardId + "/publish", Map.of()).json();
        assertEquals("PUBLISHED", v1.get("status").asText());
        assertEquals(409, lead.post("/api/scorecards/" + scorecardId + "/publish", Map.of()).status(), "no draft left");
        JsonNode v2 = lead.put("/api/scorecards/" + scorecardId + "/draft", Map.of("definition", defaults)).json();
        assertEquals(2, v2.get("version").asInt(), "editing a published card starts version 2");
        assertEquals("PUBLISHED", lead.get("/api/scorecards/versions/" + v1.get("id").asLong()).json().get("status").asText());
        lead.post("/api/scorecards/" + scorecardId + "/publish", Map.of());
        assertEquals("RETIRED", lead.get("/api/scorecards/versions/" + v1.get("id").asLong()).json().get("status").asText());
        assertEquals(403, ApiClient.loggedIn("monitor").post("/api/scorecards/" + scorecardId + "/publish", Map.of()).status());
        JsonNode trial = lead.post("/api/scorecards/versions/" + v2.get("id").asLong() + "/trial",
                Map.of("answers", Evaluations.goodAnswers())).json();
        assertEquals(91.0, trial.get("score").asDouble(), trial.toString());
    }
}
