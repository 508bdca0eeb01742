package org.qualitywatch.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Calibration: blind scoring by monitor and qalead (reference) on two calls, closing, the hand-computed
 * deviations; then the QA reports over evaluations written straight into the database, and the XLSX export.
 */
class CalibrationIT {

    @TempDir
    Path dir;

    /** Full marks on the standard scorecard, with the given answers replaced. */
    static Map<String, Object> answers(Map<String, Object> overrides) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("opening", Map.of("na", false, "yes", true));
        for (String scale : List.of("phrases", "tone", "patience", "initiative", "understanding", "guidance")) {
            a.put(scale, Map.of("na", false, "value", 5));
        }
        a.put("accuracy", Map.of("na", false, "yes", true));
        for (String d : List.of("forbidden", "wrong_promise", "rudeness", "data_leak")) {
            a.put(d, Map.of("na", false, "occurrences", 0));
        }
        a.putAll(overrides);
        return a;
    }

    static long upload(ApiClient client, Path dir) throws Exception {
        String callId = Recordings.newCallId();
        ObjectNode metadata = Recordings.metadata(callId, "1006");
        ApiClient.Response r = Recordings.upload(client, TestAudio.stereoCall(dir, callId + ".wav", 2), metadata);
        assertEquals(202, r.status(), r.toString());
        return r.json().get("id").asLong();
    }

    @Test
    void monitorsScoreBlindAndTheLeadSeesDeviationsOnceClosed() throws Exception {
        ApiClient lead = ApiClient.loggedIn("qalead");
        ApiClient monitor = ApiClient.loggedIn("monitor");
        ApiClient manager = ApiClient.loggedIn("manager");
        ApiClient agent = ApiClient.loggedIn("agent");
        long call1 = upload(lead, dir);
        long call2 = upload(lead, dir);

        Map<String, Object> request = Map.of("name", "IT 校准", "recordingIds", List.of(call1, call2),
                "participants", List.of("monitor", "qalead"), "referenceUser", "qalead", "threshold", 5);
        assertEquals(403, monitor.post("/api/calibration/sessions", request).status(), "monitors do not create");
        ApiClient.Response bad = lead.post("/api/calibration/sessions", Map.of("name", "x", "recordingIds", List.of(call1),
                "participants", List.of("monitor", "agent")));
        assertEquals(400, bad.status(), bad.toString());
        assertTrue(bad.isProblem() && bad.json().get("detail").asText().contains("agent"), bad.toString());
        ApiClient.Response created = lead.post("/api/calibration/sessions", request);
        assertEquals(201, created.status(), created.toString());
        long id = created.json().get("id").asLong();
        String base = "/api/calibration/sessions/" + id;
        assertEquals("OPEN", created.json().get("status").asText());

        // qalead: call 1 full marks = 100, call 2 one forbidden phrase = 95
        assertEquals("100.00", lead.put(base + "/scores/" + call1, Map.of("answers", answers(Map.of()))).json()
                .get("score").decimalValue().setScale(2).toPlainString());
        lead.put(base + "/scores/" + call2, Map.of("answers",
                answers(Map.of("forbidden", Map.of("na", false, "occurrences", 1)))));
        // monitor: call 1 patience 2 of 5 (8 of 20) = 88; call 2 accuracy wrong (section 业务能力 fails) and one
        // forbidden phrase = 80 − 5 = 75
        ApiClient.Response m1 = monitor.put(base + "/scores/" + call1, Map.of("answers",
                answers(Map.of("patience", Map.of("na", false, "value", 2)))));
        assertEquals(200, m1.status(), m1.toString());
        assertEquals(88.0, m1.json().get("score").asDouble(), 0.001);
        ApiClient.Response m2 = monitor.put(base + "/scores/" + call2, Map.of("answers", answers(Map.of(
                "accuracy", Map.of("na", false, "yes", false), "forbidden", Map.of("na", false, "occurrences", 1)))));
        assertEquals(75.0, m2.json().get("score").asDouble(), 0.001, m2.toString());
        ApiClient.Response incomplete = monitor.put(base + "/scores/" + call2, Map.of("answers",
                Map.of("opening", Map.of("na", false, "yes", true))));
        assertEquals(400, incomplete.status(), incomplete.toString());

        // blind while open: the monitor sees only their own scores, the manager only the progress
        JsonNode seenByMonitor = monitor.get(base).json().get("view");
        assertEquals(2, seenByMonitor.get("scores").size(), seenByMonitor.toString());
        seenByMonitor.get("scores").forEach(s -> assertEquals("monitor", s.get("username").asText()));
        JsonNode seenByManager = manager.get(base).json().get("view");
        assertEquals(0, seenByManager.get("scores").size());
        assertEquals(4, seenByManager.get("session").get("scoresSubmitted").asInt());
        assertEquals(409, monitor.get(base + "/results").status(), "no results before closing");
        assertEquals(403, manager.put(base + "/scores/" + call1, Map.of("answers", answers(Map.of()))).status(),
                "only participants score");
        assertEquals(403, agent.get(base).status());
        assertEquals(403, monitor.post(base + "/close", Map.of()).status());

        ApiClient.Response closed = lead.post(base + "/close", Map.of());
        assertEquals(200, closed.status(), closed.toString());
        assertEquals("CLOSED", closed.json().get("status").asText());
        assertEquals(409, monitor.put(base + "/scores/" + call1, Map.of("answers", answers(Map.of()))).status());
        assertEquals(4, monitor.get(base).json().at("/view/scores").size(), "everyone's scores after closing");

        JsonNode results = monitor.get(base + "/results").json();
        assertEquals(1, results.get("monitors").size(), results.toString());
        JsonNode row = results.at("/monitors/0");
        assertEquals("monitor", row.get("monitor").asText());
        // deviations 88 − 100 = −12 and 75 − 95 = −20
        assertEquals(-16.0, row.get("meanDeviation").asDouble(), 0.001);
        assertEquals(16.0, row.get("meanAbsDeviation").asDouble(), 0.001);
        assertEquals(20.0, row.get("maxAbsDeviation").asDouble(), 0.001);
        assertTrue(row.get("flagged").asBoolean());
        // 12 items × 2 calls, patience (call 1) and accuracy (call 2) differ: 22 of 24
        assertEquals(0.9167, row.get("itemAgreement").asDouble(), 0.0001);
        Map<String, Double> perItem = new LinkedHashMap<>();
        results.get("items").forEach(i -> perItem.put(i.get("code").asText(), i.get("agreement").asDouble()));
        assertEquals(0.5, perItem.get("patience"));
        assertEquals(0.5, perItem.get("accuracy"));
        assertEquals(1.0, perItem.get("forbidden"));
        assertEquals(100.0, results.at("/calls/0/reference").asDouble(), 0.001);
        assertEquals(95.0, results.at("/calls/1/reference").asDouble(), 0.001);

        JsonNode sessions = monitor.get("/api/calibration/sessions").json();
        assertTrue(sessions.findValues("id").stream().anyMatch(n -> n.asLong() == id));
        JsonNode reportMonitors = lead.get("/api/qa-reports/monitors").json();
        JsonNode mine = null;
        for (JsonNode m : reportMonitors) {
            if (m.get("monitor").asText().equals("monitor")) {
                mine = m;
            }
        }
        assertNotNull(mine, reportMonitors.toString());
        assertFalse(mine.get("calibrationMeanAbsDeviation").isNull(), mine.toString());
    }

    @Test
    void theReportsSummariseTheCurrentScoresAndExportAWorkbook() throws Exception {
        ApiClient lead = ApiClient.loggedIn("qalead");
        ApiClient monitor = ApiClient.loggedIn("monitor");
        assertEquals(403, monitor.get("/api/qa-reports/summary").status());
        // a period of its own, far in the past, so earlier runs and other tests do not count
        LocalDate monday = LocalDate.of(1995, 1, 2).plusWeeks(new Random().nextInt(1500));
        String team = "IT班组" + monday;
        String agentId = "IT" + monday.toString().replace("-", "");
        long version = publishedVersion(lead, dir);
        try (Connection c = db()) {
            exec(c, "insert into qw.agent (agent_id, name, team) values (?, ?, ?) on conflict (agent_id) do nothing",
                    agentId, "测试坐席", team);
            long e1 = evaluation(c, agentId, version, monday, "RELEASED");
            score(c, e1, 1, "SUBMITTED", 90, "优秀", results(false, false));
            long e2 = evaluation(c, agentId, version, monday.plusDays(1), "ACKNOWLEDGED");
            score(c, e2, 1, "SUBMITTED", 70, "合格", results(true, false));
            long e3 = evaluation(c, agentId, version, monday.plusDays(7), "FINAL");
            score(c, e3, 1, "SUBMITTED", 50, "不合格", results(true, true));
            score(c, e3, 2, "ADJUSTED", 65, "合格", results(true, false));
            exec(c, "insert into qw.appeal (evaluation_id, reason, filed_by, filed_at, window_ends_at, status, reviewer, "
                    + "decided_at) values (?, '评分过严', 'agent', ?, ?, 'ADJUSTED', 'qalead', ?)", e3,
                    ts(monday.plusDays(8)), ts(monday.plusDays(12)), ts(monday.plusDays(9)));
            // not released yet: not counted
            evaluation(c, agentId, version, monday.plusDays(2), "IN_PROGRESS");
        }
        String period = "from=" + monday + "&to=" + monday.plusDays(13);

        JsonNode teams = lead.get("/api/qa-reports/summary?groupBy=team&" + period).json();
        assertEquals(1, teams.size(), teams.toString());
        JsonNode t = teams.get(0);
        assertEquals(team, t.get("key").asText());
        assertEquals(3, t.get("count").asInt());
        assertEquals(75.0, t.get("mean").asDouble(), 0.001); // (90 + 70 + 65) / 3, the adjusted score counts
        assertEquals(65.0, t.get("min").asDouble(), 0.001);
        assertEquals(90.0, t.get("max").asDouble(), 0.001);
        assertEquals(2, t.at("/gradeCounts/合格").asInt());
        assertEquals(1, t.at("/gradeCounts/优秀").asInt());
        assertEquals("测试坐席", lead.get("/api/qa-reports/summary?groupBy=agent&" + period).json().at("/0/label").asText());

        JsonNode buckets = lead.get("/api/qa-reports/distribution?" + period).json();
        assertEquals(10, buckets.size());
        assertEquals(1, buckets.get(6).get("count").asInt());
        assertEquals(1, buckets.get(7).get("count").asInt());
        assertEquals(1, buckets.get(9).get("count").asInt());

        JsonNode trend = lead.get("/api/qa-reports/trend?interval=week&" + period).json();
        assertEquals(2, trend.size(), trend.toString());
        assertEquals(monday.toString(), trend.at("/0/period").asText());
        assertEquals(80.0, trend.at("/0/mean").asDouble(), 0.001);
        assertEquals(65.0, trend.at("/1/mean").asDouble(), 0.001);

        JsonNode failed = lead.get("/api/qa-reports/failed-items?" + period).json();
        assertEquals("patience", failed.at("/0/code").asText(), failed.toString());
        assertEquals("耐心程度", failed.at("/0/name").asText());
        assertEquals(2, failed.at("/0/failed").asInt());
        assertEquals(3, failed.at("/0/answered").asInt());
        assertEquals(1, failed.size(), "forbidden failed only in the replaced score: " + failed);

        JsonNode appeals = lead.get("/api/qa-reports/appeals?" + period).json();
        assertEquals(1, appeals.get("count").asInt());
        assertEquals(1, appeals.get("adjusted").asInt());
        assertEquals(0, appeals.get("upheld").asInt());

        JsonNode monitors = lead.get("/api/qa-reports/monitors?" + period).json();
        assertEquals("monitor", monitors.at("/0/monitor").asText(), monitors.toString());
        assertEquals(3, monitors.at("/0/evaluations").asInt());

        HttpResponse<byte[]> xlsx = lead.getBytes("/api/qa-reports/export.xlsx?" + period);
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains(".xlsx"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertEquals(8, wb.getNumberOfSheets());
            Sheet byTeam = wb.getSheet("按班组 By team");
            Row first = byTeam.getRow(1);
            assertEquals(team, first.getCell(0).getStringCellValue());
            assertEquals(3.0, first.getCell(2).getNumericCellValue(), 0.001);
            assertEquals(75.0, first.getCell(3).getNumericCellValue(), 0.001);
        }
    }

    // ---------------------------------------------------------------- database helpers

    /** The published standard scorecard (created by a calibration session when none exists yet). */
    static long publishedVersion(ApiClient lead, Path dir) throws Exception {
        ApiClient.Response session = lead.post("/api/calibration/sessions", Map.of("name", "IT 评分表",
                "recordingIds", List.of(upload(lead, dir)), "participants", List.of("monitor", "qalead")));
        assertEquals(201, session.status(), session.toString());
        return session.json().get("scorecardVersionId").asLong();
    }

    /** item_results as the scoring module writes them: an array; tolerated both as array and as object. */
    static String results(boolean patienceFailed, boolean forbiddenFailed) {
        return "[{\"code\":\"opening\",\"na\":false,\"failed\":false,\"earned\":10,\"available\":10,\"deducted\":0},"
                + "{\"code\":\"patience\",\"na\":false,\"failed\":" + patienceFailed + ",\"earned\":"
                + (patienceFailed ? 0 : 20) + ",\"available\":20,\"deducted\":0},"
                + "{\"code\":\"initiative\",\"na\":true,\"failed\":false,\"earned\":0,\"available\":0,\"deducted\":0},"
                + "{\"code\":\"forbidden\",\"na\":false,\"failed\":" + forbiddenFailed + ",\"earned\":0,\"available\":0,"
                + "\"deducted\":" + (forbiddenFailed ? 5 : 0) + "}]";
    }

    static Connection db() throws Exception {
        return DriverManager.getConnection(System.getProperty("qw.db-url"), System.getProperty("qw.db-user"),
                System.getProperty("qw.db-password"));
    }

    static Timestamp ts(LocalDate day) {
        return Timestamp.from(day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    static long evaluation(Connection c, String agentId, long version, LocalDate day, String status) throws Exception {
        try (PreparedStatement s = c.prepareStatement("insert into qw.evaluation (recording_id, call_id, agent_id, "
                + "scorecard_version_id, monitor, status, origin, submitted_at) values (0, ?, ?, ?, 'monitor', ?, "
                + "'MANUAL', ?) returning id")) {
            s.setString(1, "IT-CALL-" + day);
            s.setString(2, agentId);
            s.setLong(3, version);
            s.setString(4, status);
            s.setTimestamp(5, ts(day));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    static void score(Connection c, long evaluation, int version, String kind, double score, String grade,
                      String itemResults) throws Exception {
        exec(c, "insert into qw.evaluation_score (evaluation_id, version, kind, answers, score, grade, fatal, "
                + "item_results, scored_by) values (?, ?, ?, '{}'::jsonb, ?, ?, false, ?::jsonb, 'monitor')",
                evaluation, version, kind, score, grade, itemResults);
    }

    static void exec(Connection c, String sql, Object... params) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }
}
