package org.qualitywatch.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text search of work orders in Elasticsearch: orders imported through the REST API become
 * findable, the facets agree with the PostgreSQL list for the same filter, a change shows in the
 * facets, a department handler only finds their department's orders, and the index can be rebuilt.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkOrderSearchIT {

    private static final String HEADER = "工单编号,受理时间,受理渠道,首问受理人,业务类型,工单类型,一级分类,二级分类,三级分类,区域,联系电话,问题描述,派单部门,派单时间,回单时间,工单状态,通话流水号\n";
    /** A run's orders: their own token, numbers and acceptance day (in 2021–2023, which no other test uses). */
    private static final Random RANDOM = new Random();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private static final String TOKEN = "检索演练" + RUN;
    private static final LocalDate DAY = LocalDate.of(2021, 1, 1).plusDays(RANDOM.nextInt(3 * 365));
    private static final String PHONE = "137" + String.format("%08d", RANDOM.nextInt(100_000_000));
    /** The run's day in UTC: the orders are accepted 10:00–11:00 Shanghai time. */
    private static final String WINDOW = "from=" + DAY + "T00:00:00Z&to=" + DAY + "T12:00:00Z";
    private static final String SEARCH = "q=" + Recordings.encode(TOKEN) + "&" + WINDOW;

    private static String row(int n, int minute, String type, String category, String district, String description,
                              String department, String status) {
        String accepted = DAY + " 10:" + String.format("%02d", minute) + ":00";
        String dispatched = department.isEmpty() ? "" : DAY + " 10:" + String.format("%02d", minute + 5) + ":00";
        String returned = status.equals("已回单") || status.equals("已归档") ? DAY + " 16:00:00" : "";
        return number(n) + "," + accepted + ",96195热线,王芳(1002),宽带," + type + "," + category + ",宽带,断网," + district + ","
                + (n == 1 ? PHONE : "1390000000" + n) + "," + TOKEN + " " + description + "," + department + "," + dispatched
                + "," + returned + "," + status + ",\n";
    }

    private static String number(int n) {
        return "SE" + RUN.toUpperCase() + "-" + n;
    }

    @Test
    @Order(1)
    void importedOrdersBecomeFindableByTextWithTheFacetsOfThePostgresList() {
        ApiClient admin = ApiClient.loggedIn("admin");
        String csv = HEADER
                + row(1, 1, "报修", "网络质量", "于洪区", "宽带断网已两天", "于洪维护站", "处理中")
                + row(2, 2, "报修", "网络质量", "于洪区", "网速慢晚上更慢", "于洪维护站", "已回单")
                + row(3, 3, "投诉", "收费争议", "铁西区", "宽带断网还多扣费", "铁西维护站", "处理中")
                + row(4, 4, "咨询", "用户服务", "铁西区", "咨询资费", "", "已办结(在线)")
                + row(5, 5, "报修", "网络质量", "铁西区", "光猫亮红灯", "铁西维护站", "已归档")
                + row(6, 6, "报修", "网络质量", "皇姑区", "宽带断网", "于洪维护站", "处理中");
        JsonNode job = WorkOrderIT.importFile(admin, "search.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(6, job.get("created").asInt(), job.toString());

        JsonNode database = WorkOrders.list(admin, WINDOW);
        assertEquals(6, database.get("total").asInt(), "the run's day holds only the run's orders: " + database);
        List<String> facets = List.of("status", "type", "category", "district", "department", "overdue");
        // each order is written twice on import (created, then its clock): wait for the last version
        JsonNode found = WorkOrders.searchUntil(admin, SEARCH, page -> page.path("total").asInt() == 6
                && facets.stream().allMatch(f -> WorkOrders.facet(page, f).equals(WorkOrders.facet(database, f))));
        assertEquals(database.get("items").findValuesAsText("id"), found.get("items").findValuesAsText("id"),
                "the same order: accepted time, then id, newest first");
        assertTrue(WorkOrders.facet(found, "overdue").containsKey("true"), "orders of a past day still in work are late");

        // Chinese is found as a phrase: the characters together and in order
        assertEquals(3, WorkOrders.list(admin, "q=" + Recordings.encode("宽带断网") + "&" + WINDOW).get("total").asInt());
        assertEquals(0, WorkOrders.list(admin, "q=" + Recordings.encode("断网宽带") + "&" + WINDOW).get("total").asInt());
        assertEquals(number(1), WorkOrders.list(admin, "q=" + PHONE).at("/items/0/number").asText(), "by phone number");
        assertEquals(1, WorkOrders.list(admin, "q=" + number(5).toLowerCase()).get("total").asInt(), "by number");
        JsonNode filtered = WorkOrders.list(admin, SEARCH + "&status=DISPATCHED&department=" + Recordings.encode("于洪维护站"));
        assertEquals(2, filtered.get("total").asInt(), filtered.toString());
    }

    @Test
    @Order(2)
    void pagesFollowEachOtherWithTheCursorAndABrokenCursorIsRefused() {
        ApiClient admin = ApiClient.loggedIn("admin");
        List<String> ids = new ArrayList<>();
        String after = "";
        int pages = 0;
        do {
            JsonNode page = WorkOrders.list(admin, SEARCH + "&size=4" + (after.isEmpty() ? "" : "&after=" + after));
            ids.addAll(page.get("items").findValuesAsText("id"));
            after = page.path("nextCursor").isTextual() ? page.get("nextCursor").asText() : "";
            pages++;
        } while (!after.isEmpty() && pages < 5);
        assertEquals(WorkOrders.list(admin, WINDOW).get("items").findValuesAsText("id"), ids);
        ApiClient.Response refused = admin.get("/api/work-orders?" + SEARCH + "&after=bm90LWEtY3Vyc29y");
        assertEquals(400, refused.status(), refused.toString());
        assertEquals("after", refused.json().at("/errors/0/field").asText());
    }

    @Test
    @Order(3)
    void aChangeOfStatusShowsInTheSearchFacets() {
        ApiClient admin = ApiClient.loggedIn("admin");
        long id = WorkOrders.list(admin, "q=" + number(1)).at("/items/0/id").asLong();
        assertEquals(200, admin.post("/api/work-orders/" + id + "/actions", Map.of("action", "CONTACT")).status());
        JsonNode found = WorkOrders.searchUntil(admin, SEARCH,
                page -> WorkOrders.facet(page, "status").getOrDefault("CONTACTED", 0) == 1);
        assertEquals(WorkOrders.facet(WorkOrders.list(admin, WINDOW), "status"), WorkOrders.facet(found, "status"));
        assertEquals(1, WorkOrders.list(admin, SEARCH + "&status=CONTACTED").get("total").asInt());
    }

    @Test
    @Order(4)
    void aDepartmentHandlerOnlyFindsTheOrdersOfTheirDepartment() {
        ApiClient handler = ApiClient.loggedIn("handler"); // 于洪维护站
        JsonNode found = WorkOrders.list(handler, SEARCH);
        assertEquals(3, found.get("total").asInt(), found.toString());
        assertEquals(Map.of("于洪维护站", 3), WorkOrders.facet(found, "department"));
        found.get("items").forEach(item -> assertEquals("于洪维护站", item.get("department").asText()));
        assertEquals(0, WorkOrders.list(handler, "q=" + number(3)).get("total").asInt(), "铁西维护站's order");
        // as in the database list, the handler's department replaces whatever department is asked for
        JsonNode other = WorkOrders.list(handler, SEARCH + "&department=" + Recordings.encode("铁西维护站"));
        assertEquals(Map.of("于洪维护站", 3), WorkOrders.facet(other, "department"), other.toString());
    }

    @Test
    @Order(5)
    void theIndexIsRebuiltFromPostgresAndTheCountsAgree() {
        ApiClient admin = ApiClient.loggedIn("admin");
        assertEquals(403, ApiClient.loggedIn("manager").post("/api/admin/work-orders/reindex", Map.of()).status());
        JsonNode result = admin.post("/api/admin/work-orders/reindex", Map.of()).json();
        assertEquals(0, result.get("failed").asInt(), result.toString());
        assertTrue(result.get("read").asInt() >= 6, result.toString());
        assertEquals(result.get("read").asInt(), result.get("indexed").asInt() + result.get("superseded").asInt());
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
        JsonNode status = admin.get("/api/admin/work-orders/index-status").json();
        while (!status.get("inSync").asBoolean() && java.time.Instant.now().isBefore(deadline)) {
            Recordings.sleep(500);
            status = admin.get("/api/admin/work-orders/index-status").json();
        }
        assertTrue(status.get("inSync").asBoolean(), status.toString());
        assertEquals(status.get("database").asLong(), status.get("index").asLong());
        assertEquals(6, WorkOrders.list(admin, SEARCH).get("total").asInt(), "still found after the rebuild");
    }
}
