package org.qualitywatch.it.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Complaint dashboard at scale: puts bench.complaints (1,000,000) complaints straight into PostgreSQL
 * (generate_series: 22 months from 2025-01, eleven sources in a realistic mix, five business lines, three-level
 * categories, eight districts, fourteen departments, 3 % open of which some overdue, refunds on some billing
 * disputes), rebuilds the complaint index through the admin endpoint (bulk), then times the dashboard endpoint
 * (one search, all aggregations) over bench.runs (20) requests after two warm-ups, rotating four filter sets.
 * Properties: qw.base-url, qw.db-url, qw.db-user, qw.db-password, bench.complaints, bench.runs.
 */
public final class ComplaintBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).build(); // the rebuild request runs minutes: no h2c upgrade
    private final String baseUrl = System.getProperty("qw.base-url", "http://127.0.0.1:8280");
    private String csrf;

    public static void main(String[] args) throws Exception {
        new ComplaintBenchmark().run();
    }

    void run() throws Exception {
        int n = Integer.getInteger("bench.complaints", 1_000_000);
        int runs = Integer.getInteger("bench.runs", 20);
        int inserted;
        try (Connection db = DriverManager.getConnection(System.getProperty("qw.db-url"),
                System.getProperty("qw.db-user", "qualitywatch"), System.getProperty("qw.db-password", "qualitywatch"))) {
            long t = System.nanoTime();
            inserted = populate(db, n);
            if (inserted > 0) {
                System.out.printf("inserted %,d complaints in %.1f s%n", inserted, (System.nanoTime() - t) / 1e9);
            }
        }
        login("admin");
        JsonNode status = send("GET", "/api/admin/complaints/index-status");
        if (inserted > 0 || !status.get("inSync").asBoolean()) {
            long t = System.nanoTime();
            JsonNode result = send("POST", "/api/admin/complaints/reindex");
            System.out.printf("indexed %,d complaints in %.1f s (%s)%n", result.get("indexed").asLong(),
                    (System.nanoTime() - t) / 1e9, result);
            Thread.sleep(2000); // refresh
        }
        List<String> queries = List.of("from=2025-11-01&to=2026-10-31", "from=2025-11-01&to=2026-10-31&source=CITY_12345",
                "from=2025-01-01&to=2026-10-31&businessLine=BROADBAND&district=" + URLEncoder.encode("浑南区", StandardCharsets.UTF_8),
                "from=2026-07-01&to=2026-09-30&department=" + URLEncoder.encode("计费中心", StandardCharsets.UTF_8));
        for (int i = 0; i < 2; i++) {
            send("GET", "/api/complaint-dashboard?" + queries.get(i)); // warm-up
        }
        List<Double> wall = new ArrayList<>();
        List<Long> took = new ArrayList<>();
        JsonNode first = null;
        for (int i = 0; i < runs; i++) {
            String q = queries.get(i % queries.size());
            long t = System.nanoTime();
            JsonNode d = send("GET", "/api/complaint-dashboard?" + q);
            wall.add((System.nanoTime() - t) / 1e6);
            took.add(d.get("tookMillis").asLong());
            if (i == 0) first = d;
        }
        long total = send("GET", "/api/admin/complaints/index-status").get("index").asLong();
        List<Double> w = new ArrayList<>(wall);
        Collections.sort(w);
        List<Long> e = new ArrayList<>(took);
        Collections.sort(e);
        System.out.println();
        System.out.printf("Complaint dashboard benchmark (%,d complaints indexed)%n", total);
        System.out.printf("  12 months, no filter: total %,d, overdue %,d, %d sources, %d months%n", first.get("total").asLong(),
                first.at("/overdue/count").asLong(), first.get("bySource").size(), first.get("byMonth").size());
        System.out.printf("  dashboard (HTTP, one search with all tallies + MoM/YoY)  p50 %.0f ms  p95 %.0f ms  max %.0f ms  (%d runs)%n",
                pct(w, 50), pct(w, 95), w.get(w.size() - 1), w.size());
        System.out.printf("  of which Elasticsearch (took)                           p50 %d ms  p95 %d ms%n",
                e.get((int) Math.ceil(e.size() * 0.5) - 1), e.get((int) Math.ceil(e.size() * 0.95) - 1));
        System.out.println("  target: < 500 ms");
    }

    static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * p / 100.0) - 1));
    }

    /** Inserts the complaints unless they are there already; returns how many were inserted. */
    static int populate(Connection db, int n) throws Exception {
        try (Statement s = db.createStatement()) {
            try (ResultSet rs = s.executeQuery("select count(*) from qw.complaint where external_ref like 'BENCH-%'")) {
                rs.next();
                if (rs.getInt(1) == n) {
                    return 0;
                }
            }
            s.execute("delete from qw.complaint where external_ref like 'BENCH-%'");
            s.execute("insert into qw.complaint (source, external_ref, received_at, complainant_phone, business_line, category1, "
                    + "category2, category3, district, description, status, escalated, responsible_department, resolve_due, "
                    + "resolved_at, reply_due, replied_at, closed_at, refund_amount, next_due_at, next_due_stage) "
                    + "select src, 'BENCH-' || i, rcv, '138' || lpad((i % 100000000)::text, 8, '0'), "
                    + "(array['DIGITAL_TV','DIGITAL_TV','DIGITAL_TV','BROADBAND','BROADBAND','HD','MOBILE','FIXED_LINE'])[1 + i % 8], "
                    + "(array['用户服务','网络质量','收费争议'])[1 + c % 3], "
                    + "(array['服务态度','信号中断','重复扣费','装维时效','网速慢','套餐资费','营业厅服务','画面卡顿','退费'])[1 + c % 9], "
                    + "'三级' || (c % 27), (array['于洪区','和平区','浑南区','大东区','铁西区','皇姑区','沈河区','新民市'])[1 + (i / 7) % 8], "
                    + "'基准测试投诉', case when open then 'IN_PROGRESS' else 'CLOSED' end, "
                    + "src not in ('HOTLINE','GM_HOTLINE','SUPERVISOR'), "
                    + "(array['客服中心','专家座席','于洪维护站','和平维护站','浑南维护站','大东维护站','铁西维护站','皇姑维护站','沈河维护站',"
                    + "'网络运维中心','宽带运维中心','计费中心','业务受理中心','服务监督部'])[1 + (i / 3) % 14], "
                    + "rcv + interval '5 days', case when open then null else rcv + make_interval(hours => 2 + (i % 150)) end, "
                    + "rcv + interval '7 days', case when open then null else rcv + make_interval(hours => 4 + (i % 160)) end, "
                    + "case when open then null else rcv + make_interval(hours => 4 + (i % 160)) end, "
                    + "case when c % 3 = 2 and i % 5 = 0 then (10 + i % 290)::numeric else null end, "
                    + "case when open then rcv + interval '5 days' else null end, case when open then 'RESOLVE' else null end "
                    + "from (select i, (i * 31) % 1000 as c, i % 100 < 3 as open, "
                    + "case when i % 100 < 48 then 'CITY_12345' when i % 100 < 64 then 'DIGITAL_CITY' when i % 100 < 73 then 'ONLINE' "
                    + "when i % 100 < 81 then 'HOTLINE' when i % 100 < 84 then 'GM_HOTLINE' when i % 100 < 88 then 'REGULATOR' "
                    + "when i % 100 < 92 then 'SUPERVISOR' when i % 100 < 94 then 'CONSUMER_12315' when i % 100 < 96 then 'RADIO' "
                    + "when i % 100 < 97 then 'MEDIA' else 'DEPUTY' end as src, "
                    + "timestamptz '2025-01-01 00:00:00+08' + make_interval(secs => ((i::bigint * 7919) % (668 * 86400))::float8) as rcv "
                    + "from generate_series(1, " + n + ") i) g");
            s.execute("analyze qw.complaint");
        }
        return n;
    }

    private void login(String user) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(baseUrl + "/api/auth/login")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("username", user, "password", "Demo@2026!"))))
                .build();
        csrf = JSON.readTree(http.send(r, HttpResponse.BodyHandlers.ofString()).body()).get("csrfToken").asText();
    }

    private JsonNode send(String method, String path) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("X-CSRF-Token", csrf)
                .method(method, HttpRequest.BodyPublishers.noBody());
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }
}
