package org.qualitywatch.it.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Call sampling at scale: puts bench.recordings (1,000,000) analysed recordings of one month straight into
 * PostgreSQL (generate_series: 500 agents in 25 teams, 20 % of them new, three business lines, business
 * hours, 10 s to 15 min, 5 % (2 in 41) with 投诉/赔偿/监管 in the transcript), then times the preview of a monthly plan
 * that draws a 5 % sample stratified by business line on top of per-agent quotas. The preview is the whole
 * work of a run except the inserts: population read (JDBC, streamed), draw, assignment.
 * Properties: qw.base-url, qw.db-url, qw.db-user, qw.db-password, bench.recordings, bench.runs (7).
 */
public final class SamplingBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String MONTH = "2026-10-01";

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String baseUrl = System.getProperty("qw.base-url", "http://127.0.0.1:8280");
    private String csrf;

    public static void main(String[] args) throws Exception {
        new SamplingBenchmark().run();
    }

    void run() throws Exception {
        int recordings = Integer.getInteger("bench.recordings", 1_000_000);
        int runs = Integer.getInteger("bench.runs", 7);
        try (Connection db = DriverManager.getConnection(System.getProperty("qw.db-url"),
                System.getProperty("qw.db-user", "qualitywatch"), System.getProperty("qw.db-password", "qualitywatch"))) {
            long t = System.nanoTime();
            int inserted = populate(db, recordings);
            if (inserted > 0) {
                System.out.printf("inserted %,d recordings in %.1f s%n", inserted, (System.nanoTime() - t) / 1e9);
            }
        }
        login("admin");
        String name = "bench 5% by line + quotas " + System.currentTimeMillis();
        Map<String, Object> plan = Map.of("name", name, "seed", "bench-2026-10", "definition", Map.of(
                "cadence", "MONTHLY", "stratifyBy", "BUSINESS_LINE",
                "quota", Map.of("enabled", true, "newAgents", 20, "experienced", 8),
                "percentage", Map.of("enabled", true, "percent", 5.0, "fallback", "NEXT_IN_ORDER",
                        "order", List.of("BROADBAND", "DIGITAL_TV", "HD")),
                "assignment", Map.of("monitors", List.of("monitor", "qalead"))));
        long planId = send("POST", "/api/sampling/plans", plan).get("id").asLong();
        List<Double> wall = new ArrayList<>();
        List<Long> read = new ArrayList<>();
        List<Long> draw = new ArrayList<>();
        JsonNode last = null;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            last = send("POST", "/api/sampling/plans/" + planId + "/preview?period=" + MONTH, null);
            wall.add((System.nanoTime() - t) / 1e6);
            read.add(last.get("readMillis").asLong());
            draw.add(last.get("drawMillis").asLong());
        }
        // the first preview warms up the JIT; the report covers the others
        List<Double> w = new ArrayList<>(wall.subList(1, wall.size()));
        Collections.sort(w);
        System.out.println();
        System.out.println("Sampling benchmark (" + MONTH.substring(0, 7) + ", stratified 5 % + quotas 20/8)");
        System.out.printf("  population            %,d calls (after the 30 s minimum), selected %,d%n",
                last.get("population").asInt(), last.get("selected").asInt());
        for (JsonNode s : last.get("strata")) {
            System.out.printf("    %-12s population %,9d  mandatory %,6d  quota %,5d  wanted %,6d  percent %,6d  short %d%n",
                    s.get("stratum").asText(), s.get("population").asInt(), s.get("mandatory").asInt(),
                    s.get("quota").asInt(), s.get("wanted").asInt(), s.get("percent").asInt(), s.get("shortBy").asInt());
        }
        System.out.printf("  preview (read + draw + assignment, HTTP)  p50 %.0f ms  max %.0f ms  (first %.0f ms, %d runs)%n",
                w.get(w.size() / 2), w.get(w.size() - 1), wall.get(0), w.size());
        System.out.printf("  of which population read   %s ms%n", read.subList(1, read.size()));
        System.out.printf("  of which draw + assignment %s ms%n", draw.subList(1, draw.size()));
        System.out.println("  target: < 2000 ms");
    }

    /** Inserts the month's recordings unless they are there already; returns how many were inserted. */
    static int populate(Connection db, int n) throws Exception {
        try (Statement s = db.createStatement()) {
            try (ResultSet rs = s.executeQuery("select count(*) from recording.recording where source_system = 'BENCH-SAMPLING'")) {
                rs.next();
                if (rs.getInt(1) == n) {
                    return 0;
                }
            }
            s.execute("delete from recording.recording where source_system = 'BENCH-SAMPLING'");
            s.execute("insert into qw.agent (agent_id, name, team, hired_on, active) select 'B' || a, '坐席' || a, "
                    + "'班组' || (a % 25), case when a % 5 = 0 then date '2026-09-01' else date '2023-01-01' end, true "
                    + "from generate_series(1, 500) a on conflict (agent_id) do nothing");
            s.execute("insert into recording.recording (source_system, call_id, agent_id, team, direction, business_line, "
                    + "skill, started_at, ended_at, transcript, status, analysis, ingest_channel, received_at) "
                    + "select 'BENCH-SAMPLING', 'BS-' || i, 'B' || (1 + i % 500), '班组' || ((1 + i % 500) % 25), "
                    + "case when i % 10 = 0 then 'OUT' else 'IN' end, "
                    + "case when i % 20 < 10 then 'BROADBAND' when i % 20 < 17 then 'DIGITAL_TV' else 'HD' end, "
                    + "'GENERAL', st, st + make_interval(secs => dur), "
                    + "case when i % 41 < 2 then jsonb_build_array(jsonb_build_object('speaker', 'CUSTOMER', 'start', 1.0, "
                    + "'end', 4.0, 'text', '我要' || (array['投诉', '赔偿', '找监管部门'])[1 + i % 3] || '，你们的服务太差了')) "
                    + "else jsonb_build_array(jsonb_build_object('speaker', 'AGENT', 'start', 0.5, 'end', 3.0, "
                    + "'text', '您好，很高兴为您服务，请问有什么可以帮您')) end, "
                    + "'INDEXED', jsonb_build_object('durationSeconds', dur, 'maxDeadAirSeconds', "
                    + "case when i % 97 = 0 then 25.0 else (i % 12)::float8 end), 'BACKFILL', now() "
                    + "from (select i, timestamptz '" + MONTH + " 08:00:00+08' + ((i % 31) || ' days')::interval "
                    + "+ make_interval(secs => (i * 7919) % 43200) as st, (10 + (i * 31) % 890)::float8 as dur "
                    + "from generate_series(1::bigint, " + n + ") i) g");
            s.execute("analyze recording.recording");
        }
        return n;
    }

    private void login(String user) throws Exception {
        JsonNode answer = send("POST", "/api/auth/login", Map.of("username", user, "password", "Demo@2026!"));
        csrf = answer.get("csrfToken").asText();
    }

    private JsonNode send(String method, String path, Object body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json");
        if (csrf != null) {
            b.header("X-CSRF-Token", csrf);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }
}
