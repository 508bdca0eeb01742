package org.qualitywatch.it.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Imports 100,000 work orders (the call-center export's shape) through the file import of a running
 * instance and times it, then times the work-order list with filters and facets at that size (from
 * PostgreSQL), how long the search index takes to follow the import, and the text search with facets
 * (from Elasticsearch).
 * Properties: qw.base-url, bench.orders (100000), bench.queries (200).
 */
public final class WorkOrderBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = "工单编号,受理时间,受理渠道,首问受理人,业务类型,工单类型,一级分类,二级分类,三级分类,区域,联系电话,"
            + "问题描述,派单部门,派单时间,回单时间,工单状态,通话流水号\n";
    private static final String[] DISTRICTS = {"于洪区", "和平区", "浑南区", "大东区", "铁西区", "皇姑区", "沈河区"};
    private static final String[] STATIONS = {"于洪维护站", "和平维护站", "浑南维护站", "大东维护站", "铁西维护站", "皇姑维护站", "沈河维护站"};
    private static final String[] TYPES = {"咨询", "报修", "报修", "报修", "咨询", "求助", "投诉", "建议"};

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String baseUrl = System.getProperty("qw.base-url", "http://127.0.0.1:8280");
    private String csrf;

    public static void main(String[] args) throws Exception {
        new WorkOrderBenchmark().run();
    }

    void run() throws Exception {
        int orders = Integer.getInteger("bench.orders", 100_000);
        int queries = Integer.getInteger("bench.queries", 200);
        login();
        long run = System.currentTimeMillis() % 100000;
        byte[] csv = generate(orders, run);
        long start = System.nanoTime();
        JsonNode job = startImport(csv);
        long id = job.get("id").asLong();
        while (job.get("status").asText().equals("RUNNING")) {
            Thread.sleep(500);
            job = get("/api/work-orders/imports/" + id);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!job.get("status").asText().equals("DONE") || job.get("processed").asInt() != orders) {
            throw new IllegalStateException("import did not finish cleanly: " + job);
        }
        String[] filters = {"", "status=DISPATCHED", "overdue=true", "district=" + enc("铁西区"),
                "department=" + enc("大东维护站") + "&status=ARCHIVED", "status=PRE_PROCESSED", "type=COMPLAINT&from=2026-06-01T00:00:00Z",
                "category=" + enc("网络质量") + "&overdue=false"};
        double[] latencies = latencies(filters, queries);
        // the search index follows the import through the outbox: how long until it has every order
        long waitStart = System.nanoTime();
        JsonNode status = get("/api/admin/work-orders/index-status");
        while (!status.get("inSync").asBoolean() && System.nanoTime() - waitStart < 900e9) {
            Thread.sleep(1000);
            status = get("/api/admin/work-orders/index-status");
        }
        double lag = (System.nanoTime() - waitStart) / 1e9;
        String prefix = "BM" + run;
        String[] texts = {"q=" + prefix + "0000123", "q=" + prefix + "0001", "q=" + enc("演示") + "&district=" + enc("铁西区"),
                "q=" + enc("演示") + "&overdue=true", "q=" + prefix + "00042&status=ARCHIVED",
                "q=" + enc("演示") + "&type=COMPLAINT&from=2026-06-01T00:00:00Z"};
        double[] search = latencies(texts, queries);
        System.out.printf(Locale.ROOT, "%n=== QualityWatch work-order benchmark (%d cores) ===%n"
                        + "import: %d rows of the call-center export (CSV, %.1f MB) through the file import: %.1f s, "
                        + "%.0f rows/s (created %d, failed %d)%n"
                        + "list: %d REST list queries with filters and facet counts over %d orders: p50 %.1f ms, "
                        + "p95 %.1f ms, max %.1f ms%n"
                        + "search index: in step with the database %.1f s after the import finished (%s)%n"
                        + "text search: %d REST text queries (Elasticsearch, filters and facet counts, rows from "
                        + "PostgreSQL) over %d orders: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                Runtime.getRuntime().availableProcessors(), orders, csv.length / 1e6, seconds, orders / seconds,
                job.get("created").asInt(), job.get("failed").asInt(), queries, orders,
                RecordingBenchmark.percentile(latencies, 50), RecordingBenchmark.percentile(latencies, 95),
                latencies[latencies.length - 1], lag, status, queries, orders, RecordingBenchmark.percentile(search, 50),
                RecordingBenchmark.percentile(search, 95), search[search.length - 1]);
    }

    /** Sorted latencies in ms of the list queries in turn, after 20 to warm up. */
    private double[] latencies(String[] queries, int count) throws Exception {
        for (int i = 0; i < 20; i++) {
            get("/api/work-orders?size=20&" + queries[i % queries.length]);
        }
        double[] latencies = new double[count];
        for (int i = 0; i < count; i++) {
            long t = System.nanoTime();
            get("/api/work-orders?size=20&" + queries[i % queries.length]);
            latencies[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(latencies);
        return latencies;
    }

    static byte[] generate(int orders, long run) {
        Random random = new Random(11);
        StringBuilder csv = new StringBuilder(HEADER);
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        LocalDateTime first = LocalDateTime.of(2025, 11, 1, 8, 0);
        for (int i = 0; i < orders; i++) {
            LocalDateTime accepted = first.plusMinutes(random.nextInt(365 * 24 * 60));
            int d = random.nextInt(DISTRICTS.length);
            String type = TYPES[random.nextInt(TYPES.length)];
            boolean dispatched = type.equals("报修") ? random.nextInt(10) < 6 : type.equals("投诉");
            String status = !dispatched ? "已办结(在线)" : random.nextInt(10) < 8 ? "已归档" : "处理中";
            csv.append("BM").append(run).append(String.format("%07d", i)).append(',').append(f.format(accepted))
                    .append(",96195热线,坐席(").append(1001 + random.nextInt(95)).append("),宽带,").append(type)
                    .append(type.equals("报修") ? ",网络质量,宽带,断网," : ",用户服务,业务咨询,资费,").append(DISTRICTS[d])
                    .append(",139").append(String.format("%08d", random.nextInt(100_000_000))).append(",演示").append(',');
            if (dispatched) {
                csv.append(STATIONS[d]).append(',').append(f.format(accepted.plusMinutes(5))).append(',')
                        .append(status.equals("已归档") ? f.format(accepted.plusHours(6 + random.nextInt(40))) : "");
            } else {
                csv.append(",,");
            }
            csv.append(',').append(status).append(",\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void login() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"Demo@2026!\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        csrf = JSON.readTree(r.body()).get("csrfToken").asText();
    }

    private JsonNode startImport(byte[] csv) throws Exception {
        String boundary = "bench" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"preset\"\r\n\r\ncallcenter\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(csv);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/work-orders/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("X-CSRF-Token", csrf)
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 202) {
            throw new IllegalStateException("import refused: " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + ": " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
