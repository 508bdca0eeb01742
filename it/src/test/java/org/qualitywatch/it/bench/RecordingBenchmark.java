package org.qualitywatch.it.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Measures, against a running QualityWatch instance, (1) the end-to-end ingest rate of one-minute
 * stereo calls through the drop folder into PostgreSQL and Elasticsearch, and (2) search latency
 * through the REST API over at least 100,000 indexed recordings. Prints a report.
 *
 * <p>Arguments (system properties): qw.base-url, qw.drop-dir, qw.db-url/-user/-password, qw.es-url,
 * qw.es-prefix, bench.calls (default 500), bench.docs (default 100000), bench.queries (default 300).
 */
public final class RecordingBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String[] PHRASES = {"您好很高兴为您服务", "我家的数字电视出现马赛克", "宽带已经断了两天了",
            "我要投诉你们的维修人员", "请问高清机顶盒怎么办理", "这个月的账单多扣了二十元", "你们必须赔偿我的损失",
            "我会向通信管理局反映", "请您重启一下光猫试试", "维修师傅明天上午上门", "感谢您的耐心等待",
            "请问还有其他可以帮您的吗", "信号一直不稳定", "套餐降速没有提前告知", "我要求退还差价"};
    private static final String[] LINES = {"DIGITAL_TV", "HD", "BROADBAND", "MOBILE", "FIXED_LINE"};

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl = System.getProperty("qw.base-url", "http://127.0.0.1:8280");
    private final String esUrl = System.getProperty("qw.es-url", "http://127.0.0.1:9200").split(",")[0];
    private final String prefix = System.getProperty("qw.es-prefix", "qwbench");

    public static void main(String[] args) throws Exception {
        new RecordingBenchmark().run();
    }

    void run() throws Exception {
        int calls = Integer.getInteger("bench.calls", 1000);
        int warmUp = Integer.getInteger("bench.warmup-calls", 200);
        int docs = Integer.getInteger("bench.docs", 100_000);
        int queries = Integer.getInteger("bench.queries", 300);
        StringBuilder report = new StringBuilder("\n=== QualityWatch recording benchmark (")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores) ===\n");

        if (warmUp > 0) {
            // a fresh server compiles its hot paths during the first few hundred calls; that is not the steady rate
            ingest(warmUp);
        }
        double rate = ingest(calls);
        report.append(String.format(Locale.ROOT, "ingest (after %d warm-up calls): %d one-minute stereo 8 kHz PCM calls "
                + "through the drop folder "
                + "into PostgreSQL and Elasticsearch (stored, analysed, indexed): %.1f calls/s "
                + "(target >= 100; a large national hotline peaks near 6)%n", warmUp, calls, rate));

        long indexed = loadSearchDocuments(docs);
        double[] latencies = searchLatencies(queries);
        report.append(String.format(Locale.ROOT, "search: %d REST queries over %d indexed recordings "
                        + "(phrase + filters + facets, sorted, deep pages): p50 %.1f ms, p95 %.1f ms, max %.1f ms "
                        + "(target p95 < 100 ms)%n", queries, indexed, percentile(latencies, 50),
                percentile(latencies, 95), latencies[latencies.length - 1]));
        System.out.println(report);
    }

    // ------------------------------------------------------------------ ingest

    double ingest(int calls) throws Exception {
        Path drop = Path.of(System.getProperty("qw.drop-dir"));
        String batch = "bench-" + System.currentTimeMillis();
        Path staging = Files.createDirectories(drop.resolve(".staging-" + batch));
        byte[] wav = oneMinuteCall();
        // a sample of its own per run, so a rerun against the same database is not all duplicates
        ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN).putLong(48, System.nanoTime());
        StringBuilder manifest = new StringBuilder(
                "call_id,file,agent_id,direction,ani,dnis,skill,start_time,end_time,duration_s,ticket_no,ivr_survey\n");
        for (int i = 0; i < calls; i++) {
            ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN).putShort(44, (short) (i + 1));
            Files.write(staging.resolve("b" + i + ".wav"), wav);
            manifest.append(batch).append('-').append(i).append(",b").append(i).append(".wav,")
                    .append(1001 + i % 12).append(",IN,139").append(String.format("%08d", i))
                    .append(",96195,BB,2026-10-24 10:00:00,2026-10-24 10:01:00,60,,\n");
        }
        Files.writeString(staging.resolve("manifest.csv"), manifest.toString());
        Files.createFile(staging.resolve(".done"));
        Instant start = Instant.now();
        Files.move(staging, drop.resolve(batch), StandardCopyOption.ATOMIC_MOVE);
        long done = 0;
        Instant deadline = start.plus(Duration.ofMinutes(20));
        while (done < calls && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            done = count("select count(*) from recording.recording where ingest_reference like ? and status = 'INDEXED'",
                    "batch " + batch + " line %");
        }
        double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        if (done < calls) {
            throw new IllegalStateException("only " + done + " of " + calls + " calls indexed in 20 minutes");
        }
        return calls / seconds;
    }

    /** 60 s, 8 kHz, stereo, 16-bit: the agent talks in bursts on the left, the customer on the right. */
    static byte[] oneMinuteCall() {
        int rate = 8000;
        int frames = rate * 60;
        ByteBuffer data = ByteBuffer.allocate(44 + frames * 4).order(ByteOrder.LITTLE_ENDIAN);
        data.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + frames * 4)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII)).put("fmt ".getBytes(StandardCharsets.US_ASCII))
                .putInt(16).putShort((short) 1).putShort((short) 2).putInt(rate).putInt(rate * 4)
                .putShort((short) 4).putShort((short) 16).put("data".getBytes(StandardCharsets.US_ASCII))
                .putInt(frames * 4);
        for (int i = 0; i < frames; i++) {
            double t = (double) i / rate;
            boolean agent = ((int) t / 4) % 2 == 0;
            short left = agent ? (short) (8000 * Math.sin(2 * Math.PI * 220 * t) * Math.sin(Math.PI * (t % 4) / 4)) : 0;
            short right = !agent ? (short) (7000 * Math.sin(2 * Math.PI * 330 * t) * Math.sin(Math.PI * (t % 4) / 4)) : 0;
            data.putShort(left).putShort(right);
        }
        return data.array();
    }

    private static long count(String sql, String parameter) throws Exception {
        try (Connection c = DriverManager.getConnection(System.getProperty("qw.db-url"),
                System.getProperty("qw.db-user", "qualitywatch"), System.getProperty("qw.db-password", "qualitywatch"));
             PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    // ------------------------------------------------------------------ search

    /** Bulk-loads synthetic recording documents (same template and shape) until the alias holds {@code docs}. */
    long loadSearchDocuments(int docs) throws Exception {
        String alias = prefix + "-recordings";
        long present = esCount(alias);
        Random random = new Random(42);
        LocalDate first = LocalDate.of(2025, 11, 1);
        DateTimeFormatter month = DateTimeFormatter.ofPattern("yyyy.MM");
        long id = 10_000_000L + present;
        while (present < docs) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            int chunk = (int) Math.min(5000, docs - present);
            for (int i = 0; i < chunk; i++, id++) {
                Instant started = first.atStartOfDay(ZONE).toInstant().plusSeconds(random.nextInt(365 * 86400));
                String index = alias + "-" + month.format(started.atZone(ZONE));
                ObjectNode action = JSON.createObjectNode();
                action.putObject("index").put("_index", index).put("_id", String.valueOf(id));
                body.write(JSON.writeValueAsBytes(action));
                body.write('\n');
                body.write(JSON.writeValueAsBytes(document(id, started, random)));
                body.write('\n');
            }
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(esUrl + "/_bulk"))
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || JSON.readTree(response.body()).path("errors").asBoolean()) {
                throw new IllegalStateException("bulk load failed: " + response.body().substring(0, 500));
            }
            present += chunk;
        }
        http.send(HttpRequest.newBuilder(URI.create(esUrl + "/" + alias + "/_refresh"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        return esCount(alias);
    }

    private long esCount(String alias) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(esUrl + "/" + alias
                + "/_count?ignore_unavailable=true&allow_no_indices=true")).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 200 ? JSON.readTree(r.body()).path("count").asLong() : 0;
    }

    private static ObjectNode document(long id, Instant started, Random random) {
        ObjectNode d = JSON.createObjectNode();
        String agent = String.valueOf(1001 + random.nextInt(95));
        double duration = 30 + random.nextInt(570);
        d.put("id", id).put("sourceSystem", "pbx").put("callId", "B" + id).put("agentId", agent)
                .put("team", "班组" + (1 + random.nextInt(8))).put("direction", random.nextInt(10) < 8 ? "IN" : "OUT")
                .put("callerNumberMasked", "139****" + String.format("%04d", random.nextInt(10000)))
                .put("calleeNumber", "96195").put("skill", "BB")
                .put("businessLine", LINES[random.nextInt(LINES.length)])
                .put("startedAt", started.toString()).put("endedAt", started.plusSeconds((long) duration).toString())
                .put("receivedAt", started.plusSeconds(600).toString()).put("durationSeconds", duration)
                .put("status", "INDEXED").put("quarantined", random.nextInt(200) == 0).put("hasTranscript", true)
                .put("codec", "pcm_s16le").put("truncated", false).put("silenceSeconds", random.nextInt(60))
                .put("maxDeadAirSeconds", random.nextInt(20)).put("deadAirCount", random.nextInt(4))
                .put("crossTalkCount", random.nextInt(5)).put("crossTalkSeconds", random.nextInt(10))
                .put("agentTalkRatio", random.nextDouble()).put("satisfaction", 1 + random.nextInt(5));
        d.putArray("workOrders").add("GD" + id);
        d.put("metadataText", "B" + id + " " + agent);
        ArrayNode transcript = d.putArray("transcript");
        double t = 0.5;
        for (int i = 0, n = 2 + random.nextInt(6); i < n; i++) {
            String text = PHRASES[random.nextInt(PHRASES.length)];
            transcript.addObject().put("speaker", i % 2 == 0 ? "AGENT" : "CUSTOMER").put("start", t)
                    .put("end", t + 3).put("text", text);
            t += 3.5 + random.nextInt(10);
        }
        return d;
    }

    double[] searchLatencies(int queries) throws Exception {
        login();
        String[] phrases = {"马赛克", "我要投诉", "赔偿", "通信管理局", "宽带已经断了", "退还差价", "光猫"};
        Random random = new Random(7);
        List<String> plans = new ArrayList<>();
        for (int i = 0; i < queries; i++) {
            StringBuilder q = new StringBuilder("size=20");
            switch (i % 5) {
                case 0 -> q.append("&q=").append(enc(phrases[random.nextInt(phrases.length)]));
                case 1 -> q.append("&q=").append(enc(phrases[random.nextInt(phrases.length)]))
                        .append("&businessLine=").append(LINES[random.nextInt(LINES.length)]).append("&deadAirOver=5");
                case 2 -> q.append("&agent=").append(1001 + random.nextInt(95)).append("&from=2026-01-01T00:00:00Z");
                case 3 -> q.append("&crossTalk=true&sort=duration:desc&minDuration=120");
                default -> q.append("&sort=startedAt:desc");
            }
            plans.add(q.toString());
        }
        for (int i = 0; i < 30; i++) {
            get("/api/recordings?" + plans.get(i % plans.size()));
        }
        double[] latencies = new double[queries];
        String cursor = null;
        for (int i = 0; i < queries; i++) {
            String query = plans.get(i);
            if (i % 5 == 4 && cursor != null) {
                query += "&after=" + enc(cursor);
            }
            long start = System.nanoTime();
            JsonNode page = get("/api/recordings?" + query);
            latencies[i] = (System.nanoTime() - start) / 1e6;
            if (i % 5 == 4) {
                cursor = page.path("nextCursor").asText(null);
            }
        }
        Arrays.sort(latencies);
        return latencies;
    }

    private void login() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"monitor\",\"password\":\"Demo@2026!\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("login failed: " + r.body());
        }
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
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

    static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
