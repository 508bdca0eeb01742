package org.qualitywatch.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Call sampling end to end: analysed recordings of one week (put into PostgreSQL directly, as the bench
 * does, since only the population read matters here), a plan through the API, preview, two runs of the
 * same period (one run, no duplicate tasks), balanced assignment, and who may do what.
 */
class SamplingIT {

    static final String WEEK = "2025-06-04"; // Wednesday: the week 2025-06-02 .. 06-08
    static String tag;
    static String teamA;
    static String teamB;

    static Connection db() throws Exception {
        return DriverManager.getConnection(System.getProperty("qw.db-url"),
                System.getProperty("qw.db-user", "qualitywatch"), System.getProperty("qw.db-password", "qualitywatch"));
    }

    /** 3 agents (one new), 20 calls each over the week, plus a short call, a 投诉 call and a dead-air call. */
    @BeforeAll
    static void population() throws Exception {
        tag = "IT" + System.nanoTime();
        teamA = "抽检一班" + tag;
        teamB = "抽检二班" + tag;
        try (Connection c = db(); Statement s = c.createStatement()) {
            s.execute("insert into qw.agent (agent_id, name, team, hired_on, active) values "
                    + "('" + tag + "-1', '新人', '" + teamA + "', date '2025-05-01', true), "
                    + "('" + tag + "-2', '老王', '" + teamA + "', date '2019-01-01', true), "
                    + "('" + tag + "-3', '老李', '" + teamB + "', date '2019-01-01', true)");
            s.execute("insert into recording.recording (source_system, call_id, agent_id, team, direction, business_line, "
                    + "started_at, ended_at, transcript, status, analysis, ingest_channel) "
                    + "select 'IT-SAMPLING', '" + tag + "-' || a || '-' || i, '" + tag + "-' || a, "
                    + "case when a = 3 then '" + teamB + "' else '" + teamA + "' end, 'IN', "
                    + "case when a = 3 then 'HD' else 'BROADBAND' end, "
                    + "timestamptz '2025-06-02 09:00:00+08' + (i * 8 || ' hours')::interval, "
                    + "timestamptz '2025-06-02 09:05:00+08' + (i * 8 || ' hours')::interval, "
                    + "'[{\"speaker\":\"AGENT\",\"start\":0,\"end\":2,\"text\":\"您好\"}]'::jsonb, 'INDEXED', "
                    + "jsonb_build_object('durationSeconds', 300, 'maxDeadAirSeconds', 2), 'UPLOAD' "
                    + "from generate_series(1, 3) a, generate_series(0, 19) i");
            s.execute("insert into recording.recording (source_system, call_id, agent_id, team, direction, business_line, "
                    + "started_at, ended_at, transcript, status, analysis, ingest_channel) values "
                    + "('IT-SAMPLING', '" + tag + "-short', '" + tag + "-2', '" + teamA + "', 'IN', 'BROADBAND', "
                    + "'2025-06-03T02:00:00Z', '2025-06-03T02:00:10Z', '[{\"text\":\"我要投诉\"}]', 'INDEXED', "
                    + "'{\"durationSeconds\": 10}', 'UPLOAD'), "
                    + "('IT-SAMPLING', '" + tag + "-words', '" + tag + "-2', '" + teamA + "', 'IN', 'BROADBAND', "
                    + "'2025-06-03T03:00:00Z', '2025-06-03T03:05:00Z', '[{\"text\":\"我要投诉你们，还要赔偿\"}]', "
                    + "'INDEXED', '{\"durationSeconds\": 300}', 'UPLOAD'), "
                    + "('IT-SAMPLING', '" + tag + "-silence', '" + tag + "-3', '" + teamB + "', 'IN', 'HD', "
                    + "'2025-06-04T03:00:00Z', '2025-06-04T03:05:00Z', null, 'INDEXED', "
                    + "'{\"durationSeconds\": 300, \"maxDeadAirSeconds\": 45}', 'UPLOAD')");
            // runs need a published scorecard; the scoring module may not have made one in this database
            try (ResultSet rs = s.executeQuery("select count(*) from qw.scorecard_version where status = 'PUBLISHED'")) {
                rs.next();
                if (rs.getInt(1) == 0) {
                    s.execute("insert into qw.scorecard (name, created_by) values ('抽检测试评分表 " + tag + "', 'it')");
                    s.execute("insert into qw.scorecard_version (scorecard_id, version, status, definition, created_by, "
                            + "published_by, published_at) select id, 1, 'PUBLISHED', '{}'::jsonb, 'it', 'it', now() "
                            + "from qw.scorecard where name = '抽检测试评分表 " + tag + "'");
                }
            }
        }
    }

    static Map<String, Object> plan(String name) {
        return Map.of("name", name, "seed", "seed-" + tag, "definition", Map.of(
                "cadence", "WEEKLY", "stratifyBy", "TEAM",
                "population", Map.of("teams", List.of(teamA, teamB)),
                "quota", Map.of("enabled", true, "newAgents", 5, "experienced", 2, "newAgentMonths", 3),
                "mandatory", Map.of("complaints", true, "words", List.of("投诉", "赔偿", "监管"), "deadAirSeconds", 30),
                "assignment", Map.of("monitors", List.of("monitor", "qalead"), "excludeOwnTeam", false, "dueDays", 3)));
    }

    @Test
    void aPlanIsPreviewedAndRunOncePerPeriodWithBalancedAssignment() throws Exception {
        ApiClient lead = ApiClient.loggedIn("qalead");
        ApiClient.Response created = lead.post("/api/sampling/plans", plan("IT 周抽检 " + tag));
        assertEquals(201, created.status(), created.toString());
        long planId = created.json().get("id").asLong();
        assertEquals(30.0, created.json().at("/definition/population/minSeconds").asDouble(), "defaults are stored");

        JsonNode preview = lead.post("/api/sampling/plans/" + planId + "/preview?period=" + WEEK, Map.of()).json();
        assertEquals("2025-06-02", preview.get("periodStart").asText(), preview.toString());
        assertEquals(62, preview.get("population").asInt(), "60 calls + 2 mandatory ones; the 10 s call is out");
        assertEquals(11, preview.get("selected").asInt(), "5 + 2 + 2 by quota, 2 mandatory on top");
        Map<String, Integer> byRule = new HashMap<>();
        for (JsonNode call : preview.get("calls")) {
            byRule.merge(call.get("rule").asText(), 1, Integer::sum);
            assertFalse(call.get("explanation").asText().isBlank());
        }
        assertEquals(Map.of("QUOTA_PER_AGENT", 9, "MANDATORY_WORDS", 1, "MANDATORY_DEAD_AIR", 1), byRule);
        JsonNode again = lead.post("/api/sampling/plans/" + planId + "/preview?period=" + WEEK, Map.of()).json();
        assertEquals(preview.get("calls"), again.get("calls"), "same seed, same sample");

        Map<String, Integer> before = openTasks();
        ApiClient.Response run = lead.post("/api/sampling/plans/" + planId + "/runs?period=" + WEEK, Map.of());
        assertEquals(201, run.status(), run.toString());
        JsonNode first = run.json();
        assertEquals(11, first.get("tasks").size());
        Set<String> previewed = new HashSet<>();
        preview.get("calls").forEach(c -> previewed.add(c.get("callId").asText()));
        for (JsonNode task : first.get("tasks")) {
            assertTrue(previewed.contains(task.get("callId").asText()), "the run takes the previewed sample");
            assertEquals("ASSIGNED", task.get("status").asText());
            assertEquals("seed-" + tag, task.get("seed").asText());
            assertNotNull(task.get("rule").asText());
            assertTrue(Set.of(teamA, teamB).contains(task.get("stratum").asText()), task.toString());
        }
        Map<String, Integer> after = openTasks();
        int m = after.getOrDefault("monitor", 0);
        int q = after.getOrDefault("qalead", 0);
        assertEquals(11, m + q - before.getOrDefault("monitor", 0) - before.getOrDefault("qalead", 0));
        assertTrue(Math.abs(m - q) <= Math.max(1, Math.abs(before.getOrDefault("monitor", 0)
                - before.getOrDefault("qalead", 0)) - 11), "balanced: " + before + " -> " + after);

        ApiClient.Response second = lead.post("/api/sampling/plans/" + planId + "/runs?period=2025-06-08", Map.of());
        assertEquals(200, second.status(), "the same week again answers the first run: " + second);
        assertEquals(first.get("id").asLong(), second.json().get("id").asLong());
        assertEquals(11, second.json().get("tasks").size());
        assertEquals(11, countEvaluations(first.get("id").asLong()), "no duplicate tasks");

        ApiClient manager = ApiClient.loggedIn("manager");
        JsonNode stored = manager.get("/api/sampling/runs/" + first.get("id").asLong()).json();
        assertEquals(11, stored.get("selected").asInt());
        assertEquals(62, stored.at("/population/population").asInt(), stored.toString());
        assertEquals(403, manager.post("/api/sampling/plans/" + planId + "/runs?period=" + WEEK, Map.of()).status());
        assertEquals(403, ApiClient.loggedIn("agent").get("/api/sampling/plans").status());
    }

    @Test
    void invalidPlansAreRefusedWithTheFieldsAtFault() {
        ApiClient lead = ApiClient.loggedIn("qalead");
        ApiClient.Response bad = lead.post("/api/sampling/plans", Map.of("name", "IT bad " + tag, "definition", Map.of(
                "percentage", Map.of("enabled", true, "percent", 150),
                "assignment", Map.of("monitors", List.of("nobody-" + tag)))));
        assertEquals(400, bad.status(), bad.toString());
        assertTrue(bad.contentType().startsWith("application/problem+json"));
        String fields = bad.json().get("errors").toString();
        assertTrue(fields.contains("definition.percentage.percent") && fields.contains("definition.assignment.monitors"),
                fields);
        assertEquals(400, lead.post("/api/sampling/plans/1/preview?period=next-week", Map.of()).status());
    }

    static Map<String, Integer> openTasks() throws Exception {
        Map<String, Integer> open = new HashMap<>();
        try (Connection c = db(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select monitor, count(*) from qw.evaluation where status in "
                     + "('ASSIGNED', 'IN_PROGRESS') group by monitor")) {
            while (rs.next()) {
                open.put(rs.getString(1), rs.getInt(2));
            }
        }
        return open;
    }

    static int countEvaluations(long runId) throws Exception {
        try (Connection c = db(); PreparedStatement s = c.prepareStatement("select count(*) from qw.evaluation where run_id = ?")) {
            s.setLong(1, runId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
