package org.qualitywatch.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Complaint tallies against a hand-counted fixture: ten complaints written straight into qw.complaint (2024, with a
 * 2023 base for year-on-year) in two districts no other test uses, indexed by the admin rebuild; then every tally,
 * MoM / YoY, the rate (‱) with subscriber counts, the regulator's appeals per million, the drill-down list and the
 * XLSX exports are checked against the hand count.
 */
class ComplaintDashboardIT {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String A = "测试甲区";
    static final String B = "测试乙区";
    static final String PERIOD = "from=2024-03-01&to=2024-07-31&district=" + enc(A + "," + B);

    static final ApiClient ADMIN = ApiClient.loggedIn("admin");

    private static boolean loaded;

    /**
     * Writes the fixture in one transaction (so the index never sees half of it) and waits, bounded, for the
     * minute's index catch-up to bring it to the dashboard. Once per test run.
     */
    @BeforeAll
    static synchronized void fixture() throws Exception {
        if (loaded) {
            return;
        }
        try (Connection c = db()) {
            c.setAutoCommit(false);
            // ref, source, received (Shanghai), line, cat1, cat2, district, department, status, escalated, refund
            long c1 = upsert(c, "ITCD-01", "CITY_12345", "2024-03-05T10:00", "BROADBAND", "网络质量", "网速慢", A, "宽带运维中心", "CLOSED", true, null);
            long c2 = upsert(c, "ITCD-02", "CITY_12345", "2024-03-20T09:00", "DIGITAL_TV", "用户服务", "服务态度", B, "客服中心", "CLOSED", true, null);
            long c3 = upsert(c, "ITCD-03", "HOTLINE", "2024-04-02T11:00", "DIGITAL_TV", "收费争议", "退费", A, "计费中心", "CLOSED", false, "50.50");
            long c4 = upsert(c, "ITCD-04", "REGULATOR", "2024-04-15T15:00", "BROADBAND", "收费争议", "重复扣费", A, "计费中心", "CLOSED", true, "100.00");
            long c5 = upsert(c, "ITCD-05", "REGULATOR", "2024-07-01T08:00", "HD", "网络质量", "画面卡顿", B, "网络运维中心", "IN_PROGRESS", true, null);
            upsert(c, "ITCD-06", "DIGITAL_CITY", "2024-04-28T16:00", "DIGITAL_TV", "网络质量", "信号中断", B, "网络运维中心", "CLOSED", true, null);
            // 23:30 in Shanghai on 31 March is still March (15:30 UTC)
            upsert(c, "ITCD-07", "HOTLINE", "2024-03-31T23:30", "DIGITAL_TV", "用户服务", "装维时效", A, "客服中心", "CLOSED", false, null);
            upsert(c, "ITCD-08", "CITY_12345", "2023-03-10T10:00", "BROADBAND", "网络质量", "网速慢", A, "宽带运维中心", "CLOSED", true, null);
            upsert(c, "ITCD-09", "HOTLINE", "2023-04-10T10:00", "DIGITAL_TV", "用户服务", "服务态度", A, "客服中心", "CLOSED", false, null);
            upsert(c, "ITCD-10", "ONLINE", "2023-04-20T10:00", "DIGITAL_TV", "用户服务", "服务态度", B, "客服中心", "CLOSED", true, null);
            // overdue: #1 resolved after its due time, #4 replied after its due time, #5 open past its next deadline
            exec(c, "update qw.complaint set resolve_due = ?, resolved_at = ? where id = ?", at("2024-03-10T10:00"), at("2024-03-12T10:00"), c1);
            exec(c, "update qw.complaint set resolve_due = ?, resolved_at = ?, reply_due = ?, replied_at = ? where id = ?",
                    at("2024-04-20T10:00"), at("2024-04-18T10:00"), at("2024-04-21T10:00"), at("2024-04-25T10:00"), c4);
            exec(c, "update qw.complaint set next_due_at = ?, next_due_stage = 'RESOLVE' where id = ?", at("2024-07-10T10:00"), c5);
            exec(c, "update qw.complaint set repeat_of = ? where id = ?", c1, c2);
            exec(c, "update qw.complaint set complainant_phone = '13812345678', complainant_name = '王先生' where id = ?", c3);
            exec(c, "delete from qw.subscriber_count where month >= date '2024-01-01' and month < date '2025-01-01'");
            c.commit();
        }
        // the catch-up runs every minute; the outbox drains within a second or two
        long deadline = System.currentTimeMillis() + 150_000;
        while (!indexed() && System.currentTimeMillis() < deadline) {
            Thread.sleep(1000);
        }
        assertTrue(indexed(), "the fixture reached the index: " + ADMIN.get("/api/admin/complaints/index-status").body());
        loaded = true;
    }

    /** Every fixture row at its latest version: total, overdue and repeats as written. */
    static boolean indexed() {
        JsonNode d = dashboard(PERIOD);
        return d.get("total").asInt() == 7 && d.at("/overdue/count").asInt() == 3 && d.at("/repeats/count").asInt() == 1
                && dashboard("from=2023-03-01&to=2023-04-30&district=" + enc(A + "," + B)).get("total").asInt() == 3;
    }

    @Test
    void tallies_equal_the_hand_count() {
        JsonNode d = dashboard(PERIOD);
        assertEquals(7, d.get("total").asInt(), d.toString());
        assertEquals(Map.of("CITY_12345", 2, "HOTLINE", 2, "REGULATOR", 2, "DIGITAL_CITY", 1), counts(d.get("bySource")));
        assertEquals(Map.of("网络质量", 3, "收费争议", 2, "用户服务", 2), counts(d.get("byCategory")));
        for (JsonNode cat : d.get("byCategory")) {
            Map<String, Integer> expected = switch (cat.get("key").asText()) {
                case "网络质量" -> Map.of("网速慢", 1, "画面卡顿", 1, "信号中断", 1);
                case "收费争议" -> Map.of("退费", 1, "重复扣费", 1);
                default -> Map.of("服务态度", 1, "装维时效", 1);
            };
            assertEquals(expected, counts(cat.get("children")), cat.toString());
        }
        assertEquals(Map.of(A, 4, B, 3), counts(d.get("byDistrict")));
        assertEquals(Map.of("宽带运维中心", 1, "客服中心", 2, "计费中心", 2, "网络运维中心", 2), counts(d.get("byDepartment")));
        assertEquals(Map.of("BROADBAND", 2, "DIGITAL_TV", 4, "HD", 1), counts(d.get("byBusinessLine")));
        assertEquals(Map.of("CLOSED", 6, "IN_PROGRESS", 1), counts(d.get("byStatus")));
        assertEquals(3, d.at("/overdue/count").asInt(), "resolved late, replied late, open past due");
        assertEquals(5, d.at("/escalated/count").asInt());
        assertEquals(1, d.at("/repeats/count").asInt());
        assertEquals(2, d.at("/refunds/count").asInt());
        assertEquals(150.50, d.get("refundTotal").asDouble(), 0.001);
        assertEquals("CITY_12345", bucket(d.get("bySource"), "CITY_12345").at("/filter/source").asText(), "drill-down filter");
    }

    @Test
    void months_with_month_on_month_and_year_on_year() {
        JsonNode months = dashboard(PERIOD).get("byMonth");
        assertEquals(5, months.size(), months.toString());
        JsonNode march = months.get(0);
        assertEquals("2024-03", march.get("month").asText());
        assertEquals(3, march.get("count").asInt());
        assertEquals(0, march.get("previousMonth").asInt());
        assertTrue(march.path("monthOnMonth").isMissingNode() || march.get("monthOnMonth").isNull(), "no base: no MoM");
        assertEquals(1, march.get("previousYear").asInt());
        assertEquals(200.0, march.get("yearOnYear").asDouble(), 0.001);
        JsonNode april = months.get(1);
        assertEquals(3, april.get("count").asInt());
        assertEquals(3, april.get("previousMonth").asInt());
        assertEquals(0.0, april.get("monthOnMonth").asDouble(), 0.001);
        assertEquals(2, april.get("previousYear").asInt());
        assertEquals(50.0, april.get("yearOnYear").asDouble(), 0.001);
        JsonNode may = months.get(2);
        assertEquals(0, may.get("count").asInt());
        assertEquals(-100.0, may.get("monthOnMonth").asDouble(), 0.001);
        assertEquals(1, months.get(4).get("count").asInt());
        assertEquals("2024-07-01", months.get(4).at("/filter/from").asText());
    }

    @Test
    void filters_narrow_every_figure_and_drill_down_lists_the_cases() {
        JsonNode d = dashboard(PERIOD + "&source=REGULATOR");
        assertEquals(2, d.get("total").asInt());
        assertEquals(2, d.at("/overdue/count").asInt());
        assertEquals(1, d.at("/refunds/count").asInt());
        // the bucket's filter, sent to the case list, lists exactly the cases behind the number
        JsonNode filter = bucket(dashboard(PERIOD).get("bySource"), "CITY_12345").get("filter");
        JsonNode cases = ADMIN.get("/api/complaint-dashboard/cases?" + query(filter)).json();
        assertEquals(2, cases.get("total").asInt(), cases.toString());
        assertEquals("ITCD-02", cases.at("/rows/0/externalRef").asText(), "newest first");
        JsonNode overdue = ADMIN.get("/api/complaint-dashboard/cases?" + query(dashboard(PERIOD).at("/overdue/filter"))).json();
        assertEquals(3, overdue.get("total").asInt(), "the list's overdue equals the dashboard's");
        JsonNode refunds = ADMIN.get("/api/complaint-dashboard/cases?" + PERIOD + "&refund=true").json();
        assertEquals("138****5678", refunds.at("/rows/1/complainantPhone").asText(), refunds.toString());
    }

    @Test
    void rates_per_ten_thousand_and_regulator_per_million() {
        ApiClient manager = ApiClient.loggedIn("manager");
        ApiClient.Response saved = manager.put("/api/subscriber-counts", List.of(
                Map.of("businessLine", "BROADBAND", "month", "2024-03", "subscribers", 20000),
                Map.of("businessLine", "BROADBAND", "month", "2024-04", "subscribers", 20000),
                Map.of("businessLine", "DIGITAL_TV", "month", "2024-03", "subscribers", 30000),
                Map.of("businessLine", "HD", "month", "2024-07", "subscribers", 10000)));
        assertEquals(200, saved.status(), saved.body());
        assertEquals(403, ApiClient.loggedIn("qalead").put("/api/subscriber-counts", List.of()).status(), "QA leads only read");
        try {
            assertEquals(200, manager.put("/api/complaint-rates/targets", List.of(Map.of("businessLine", "*", "perTenThousand", 1),
                    Map.of("businessLine", "HD", "perTenThousand", 0.5))).status());
            JsonNode r = manager.get("/api/complaint-rates?year=2024").json();
            JsonNode broadband = line(r, "BROADBAND");
            assertEquals(1, broadband.at("/months/2/complaints").asInt());
            assertEquals(0.5, broadband.at("/months/2/ratePerTenThousand").asDouble(), 1e-9);
            assertFalse(broadband.at("/months/2/overTarget").asBoolean());
            JsonNode tv = line(r, "DIGITAL_TV");
            assertEquals(2, tv.at("/months/2/complaints").asInt());
            assertEquals(0.6667, tv.at("/months/2/ratePerTenThousand").asDouble(), 1e-9);
            assertEquals(2, tv.at("/months/3/complaints").asInt());
            assertTrue(tv.at("/months/3/ratePerTenThousand").isMissingNode() || tv.at("/months/3/ratePerTenThousand").isNull(),
                    "no subscriber count, no rate");
            JsonNode hd = line(r, "HD");
            assertEquals(1.0, hd.at("/months/6/ratePerTenThousand").asDouble(), 1e-9);
            assertEquals(0.5, hd.get("target").asDouble(), 1e-9);
            assertTrue(hd.at("/months/6/overTarget").asBoolean(), "1‱ is over HD's 0.5‱ target");
            JsonNode q = r.get("quarters");
            assertEquals(0, q.at("/0/appeals").asInt());
            assertEquals(50000, q.at("/0/subscribers").asLong());
            assertEquals(1, q.at("/1/appeals").asInt());
            assertEquals(20000, q.at("/1/subscribers").asLong(), "average of the quarter's months with counts");
            assertEquals(50.0, q.at("/1/perMillion").asDouble(), 1e-9);
            assertEquals(1, q.at("/2/appeals").asInt());
            assertEquals(100.0, q.at("/2/perMillion").asDouble(), 1e-9);
        } finally {
            manager.put("/api/complaint-rates/targets", List.of(Map.of("businessLine", "*", "perTenThousand", 1)));
        }
    }

    @Test
    void exports_open_as_workbooks() throws Exception {
        HttpResponse<byte[]> tally = ADMIN.getBytes("/api/complaint-dashboard/export.xlsx?" + PERIOD + "&tally=bySource");
        assertEquals(200, tally.statusCode());
        assertTrue(tally.headers().firstValue("Content-Disposition").orElse("").contains("bySource"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(tally.body()))) {
            assertEquals(1, wb.getNumberOfSheets());
            Sheet s = wb.getSheet("按来源 By source");
            Map<String, Integer> counts = new HashMap<>();
            for (int i = 1; i <= s.getLastRowNum(); i++) {
                counts.put(s.getRow(i).getCell(0).getStringCellValue(), (int) s.getRow(i).getCell(2).getNumericCellValue());
            }
            assertEquals(Map.of("CITY_12345", 2, "HOTLINE", 2, "REGULATOR", 2, "DIGITAL_CITY", 1), counts);
        }
        HttpResponse<byte[]> all = ADMIN.getBytes("/api/complaint-dashboard/export.xlsx?" + PERIOD + "&tally=all");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(all.body()))) {
            assertEquals(8, wb.getNumberOfSheets());
            assertEquals(7.0, wb.getSheet("汇总 Summary").getRow(1).getCell(1).getNumericCellValue(), 0.001);
        }
        HttpResponse<byte[]> cases = ADMIN.getBytes("/api/complaints/export.xlsx?" + PERIOD + "&refund=true");
        assertEquals(200, cases.statusCode());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(cases.body()))) {
            Sheet s = wb.getSheetAt(0);
            assertEquals(2, s.getLastRowNum(), "two refunded cases");
            assertEquals("138****5678", s.getRow(2).getCell(5).getStringCellValue(), "phones are masked in exports");
        }
        assertEquals(400, ADMIN.get("/api/complaint-dashboard/export.xlsx?" + PERIOD + "&tally=nonsense").status());
    }

    @Test
    void only_managers_read_the_dashboard() {
        assertEquals(200, ApiClient.loggedIn("qalead").get("/api/complaint-dashboard?" + PERIOD).status());
        assertEquals(403, ApiClient.loggedIn("agent").get("/api/complaint-dashboard?" + PERIOD).status());
        assertEquals(401, ApiClient.anonymous().get("/api/complaint-rates?year=2024").status());
        assertEquals(403, ApiClient.loggedIn("manager").post("/api/admin/complaints/reindex", null).status());
    }

    // ---------------------------------------------------------------- helpers

    static JsonNode dashboard(String query) {
        ApiClient.Response r = ADMIN.get("/api/complaint-dashboard?" + query);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    static JsonNode line(JsonNode rates, String line) {
        for (JsonNode l : rates.get("lines")) {
            if (l.get("businessLine").asText().equals(line)) return l;
        }
        throw new AssertionError("no line " + line + " in " + rates);
    }

    static JsonNode bucket(JsonNode buckets, String key) {
        for (JsonNode b : buckets) {
            if (b.get("key").asText().equals(key)) return b;
        }
        throw new AssertionError("no bucket " + key + " in " + buckets);
    }

    static Map<String, Integer> counts(JsonNode buckets) {
        Map<String, Integer> m = new HashMap<>();
        buckets.forEach(b -> m.put(b.get("key").asText(), b.get("count").asInt()));
        return m;
    }

    static String query(JsonNode filter) {
        StringBuilder q = new StringBuilder();
        filter.fields().forEachRemaining(e -> q.append(q.length() == 0 ? "" : "&").append(e.getKey()).append('=')
                .append(enc(e.getValue().asText())));
        return q.toString();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static Timestamp at(String local) {
        return Timestamp.from(LocalDateTime.parse(local).atZone(ZONE).toInstant());
    }

    /** Inserts the complaint, or rewrites it (a new version) when an earlier run left it; returns its id. */
    static long upsert(Connection c, String ref, String source, String received, String line, String cat1, String cat2,
                       String district, String department, String status, boolean escalated, String refund) throws Exception {
        try (PreparedStatement s = c.prepareStatement("insert into qw.complaint (source, external_ref, received_at, business_line, "
                + "category1, category2, district, responsible_department, status, escalated, refund_amount, description) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::numeric, '测试投诉') on conflict (source, external_ref) do update set "
                + "received_at = excluded.received_at, business_line = excluded.business_line, category1 = excluded.category1, "
                + "category2 = excluded.category2, district = excluded.district, responsible_department = excluded.responsible_department, "
                + "status = excluded.status, escalated = excluded.escalated, refund_amount = excluded.refund_amount, "
                + "resolve_due = null, resolved_at = null, reply_due = null, replied_at = null, next_due_at = null, repeat_of = null, "
                + "version = qw.complaint.version + 1 returning id")) {
            s.setString(1, source);
            s.setString(2, ref);
            s.setTimestamp(3, at(received));
            s.setString(4, line);
            s.setString(5, cat1);
            s.setString(6, cat2);
            s.setString(7, district);
            s.setString(8, department);
            s.setString(9, status);
            s.setBoolean(10, escalated);
            s.setString(11, refund);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static void exec(Connection c, String sql, Object... params) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) s.setObject(i + 1, params[i]);
            s.executeUpdate();
        }
    }

    static Connection db() throws Exception {
        return DriverManager.getConnection(System.getProperty("qw.db-url"), System.getProperty("qw.db-user"),
                System.getProperty("qw.db-password"));
    }
}
