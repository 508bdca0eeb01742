package org.qualitywatch.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editable work-order rules: versions, validation, and their effect on open orders' clocks. */
class WorkOrderRulesIT {

    private static final String HEADER = "工单编号,受理时间,受理渠道,首问受理人,业务类型,工单类型,一级分类,二级分类,三级分类,区域,联系电话,问题描述,派单部门,派单时间,回单时间,工单状态,通话流水号\n";

    @AfterAll
    static void backToTheDefaults() {
        ApiClient admin = ApiClient.loggedIn("admin");
        for (String kind : new String[]{"categories", "deadlines", "calendar", "callbacks"}) {
            JsonNode doc = admin.get("/api/work-order-rules/" + kind).json();
            if (doc.get("customized").asBoolean()) {
                admin.delete("/api/work-order-rules/" + kind + "?version=" + doc.get("version").asLong());
            }
        }
    }

    private static JsonNode order(ApiClient client, String number) {
        return client.get("/api/work-orders/" + WorkOrders.searchUntilTotal(client, "q=" + number, 1)
                .at("/items/0/id").asLong()).json();
    }

    private static Instant due(JsonNode detail, String stage) {
        for (JsonNode d : detail.get("deadlines")) {
            if (d.get("stage").asText().equals(stage)) {
                return Instant.parse(d.get("dueAt").asText());
            }
        }
        throw new AssertionError("no " + stage + " clock in " + detail.get("deadlines"));
    }

    @Test
    void editedDeadlineRulesMoveTheClocksOfOpenOrdersAndStaleOrBadEditsAreRefused() {
        ApiClient admin = ApiClient.loggedIn("admin");
        String dispatched = Instant.now().minus(Duration.ofMinutes(5)).atZone(java.time.ZoneId.of("Asia/Shanghai"))
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        WorkOrderIT.importFile(admin, "rules.csv", (HEADER
                + "RULES-1," + dispatched + ",96195热线,刘洋(1004),宽带,报修,网络质量,宽带,断网,铁西区,13900000101,断网,铁西维护站," + dispatched + ",,处理中,\n"
                + "RULES-MAJOR," + dispatched + ",96195热线,刘洋(1004),宽带,报修,网络质量,宽带,光缆中断,新民市,13900000102,光缆断,于洪维护站," + dispatched + ",,处理中,\n")
                .getBytes(StandardCharsets.UTF_8));
        JsonNode before = order(admin, "RULES-1");
        Instant dispatchedAt = due(before, "CONTACT").minus(Duration.ofMinutes(20));
        JsonNode major = order(admin, "RULES-MAJOR");
        assertEquals(Duration.ofHours(72), Duration.between(Instant.parse(major.get("acceptedAt").asText()), due(major, "FIX")),
                "a major fault in a rural district has 72 hours");

        JsonNode doc = admin.get("/api/work-order-rules/deadlines").json();
        long v0 = doc.get("version").asLong(); // 0 on a fresh database
        assertFalse(doc.get("customized").asBoolean());
        ObjectNode body = (ObjectNode) doc.get("body");
        for (JsonNode rule : body.get("rules")) {
            if (rule.get("stage").asText().equals("CONTACT")) {
                ((ObjectNode) rule).put("limit", "30分钟");
            }
        }
        ApiClient.Response saved = admin.put("/api/work-order-rules/deadlines", Map.of("version", v0, "body", body));
        assertEquals(200, saved.status(), saved.toString());
        assertEquals(v0 + 1, saved.json().get("version").asLong());
        assertTrue(saved.json().get("customized").asBoolean());
        assertTrue(saved.json().get("rescheduled").asInt() >= 1, saved.body());
        assertEquals(dispatchedAt.plus(Duration.ofMinutes(30)), due(order(admin, "RULES-1"), "CONTACT"),
                "the open order's contact clock follows the edited rule");

        ApiClient.Response stale = admin.put("/api/work-order-rules/deadlines", Map.of("version", v0, "body", body));
        assertEquals(409, stale.status(), stale.toString());
        assertTrue(stale.json().get("detail").asText().contains("Reload"), stale.body());

        ((ObjectNode) body.get("rules").get(0)).put("limit", "abc");
        ApiClient.Response bad = admin.put("/api/work-order-rules/deadlines", Map.of("version", v0 + 1, "body", body));
        assertEquals(400, bad.status(), bad.toString());
        assertTrue(bad.json().get("detail").asText().contains("limit"), bad.body());
        ((ObjectNode) body.get("rules").get(0)).put("limit", "20分钟");
        ((ArrayNode) body.get("rules").get(0).get("categories")).add("没有这个分类");
        ApiClient.Response unknownCategory = admin.put("/api/work-order-rules/deadlines", Map.of("version", v0 + 1, "body", body));
        assertEquals(400, unknownCategory.status(), unknownCategory.toString());
        assertTrue(unknownCategory.json().get("detail").asText().contains("没有这个分类"), unknownCategory.body());
        assertEquals(v0 + 1, admin.get("/api/work-order-rules/deadlines").json().get("version").asLong(), "nothing half saved");

        assertEquals(403, ApiClient.loggedIn("agent").put("/api/work-order-rules/deadlines",
                Map.of("version", v0 + 1, "body", body)).status());
        assertEquals(400, admin.delete("/api/work-order-rules/deadlines").status(), "a reset names the version it resets");
        JsonNode reset = admin.delete("/api/work-order-rules/deadlines?version=" + (v0 + 1)).json();
        assertFalse(reset.get("customized").asBoolean());
        assertEquals(v0 + 2, reset.get("version").asLong());
        assertEquals(dispatchedAt.plus(Duration.ofMinutes(20)), due(order(admin, "RULES-1"), "CONTACT"));
        assertEquals(v0 + 2, admin.get("/api/work-order-rules/deadlines/history").json().size());
    }

    @Test
    void aHolidayAddedToTheCalendarMovesAWorkingDayDeadline() {
        ApiClient admin = ApiClient.loggedIn("admin");
        // a complaint dispatched on Thursday 3 December 2026: 3 working days end on Tuesday 8 December
        WorkOrderIT.importFile(admin, "cal.csv", (HEADER
                + "RULES-CAL,2026-12-03 10:00:00,96195热线,刘洋(1004),宽带,投诉,用户服务,服务态度,维修人员态度,铁西区,13900000103,态度差,计费中心,2026-12-03 10:00:00,,处理中,\n")
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(Instant.parse("2026-12-08T16:00:00Z"), due(order(admin, "RULES-CAL"), "REPORT_BACK"));
        JsonNode doc = admin.get("/api/work-order-rules/calendar").json();
        ObjectNode body = (ObjectNode) doc.get("body");
        ((ArrayNode) body.get("days")).addObject().put("date", "2026-12-04").put("kind", "HOLIDAY").put("name", "测试假日");
        ApiClient.Response saved = admin.put("/api/work-order-rules/calendar",
                Map.of("version", doc.get("version").asLong(), "body", body));
        assertEquals(200, saved.status(), saved.toString());
        assertEquals(Instant.parse("2026-12-09T16:00:00Z"), due(order(admin, "RULES-CAL"), "REPORT_BACK"),
                "Friday 4 December is now a holiday: the third working day is Wednesday 9 December");
        ((ArrayNode) body.get("days")).addObject().put("date", "2026-12-04").put("kind", "WORKDAY");
        ApiClient.Response twice = admin.put("/api/work-order-rules/calendar",
                Map.of("version", saved.json().get("version").asLong(), "body", body));
        assertEquals(400, twice.status());
        assertTrue(twice.json().get("detail").asText().contains("2026-12-04 appears twice"), twice.body());
    }

    @Test
    void theCallbackPlanDecidesWhichResolvedOrdersAreCalledBack() {
        ApiClient admin = ApiClient.loggedIn("admin");
        JsonNode doc = admin.get("/api/work-order-rules/callbacks").json();
        ObjectNode body = (ObjectNode) doc.get("body");
        ArrayNode rules = body.putArray("rules");
        rules.addObject().put("name", "宽带报修全部回访").put("businessLine", "BROADBAND").put("orderType", "REPAIR").put("ratio", 1.0);
        assertEquals(200, admin.put("/api/work-order-rules/callbacks",
                Map.of("version", doc.get("version").asLong(), "body", body)).status());
        WorkOrderIT.importFile(admin, "cbplan.csv", (HEADER
                + "RULES-CB,2026-11-20 10:00:00,96195热线,刘洋(1004),宽带,报修,网络质量,宽带,网速慢,铁西区,13900000104,慢,铁西维护站,2026-11-20 10:05:00,,处理中,\n")
                .getBytes(StandardCharsets.UTF_8));
        long id = WorkOrders.searchUntilTotal(admin, "q=RULES-CB", 1).at("/items/0/id").asLong();
        admin.post("/api/work-orders/" + id + "/actions", Map.of("action", "CONTACT"));
        admin.post("/api/work-orders/" + id + "/actions", Map.of("action", "RESOLVE"));
        JsonNode tasks = admin.get("/api/callbacks?size=500").json();
        boolean found = false;
        for (JsonNode t : tasks) {
            if (t.at("/order/number").asText().equals("RULES-CB")) {
                found = true;
                assertEquals("宽带报修全部回访", t.get("ruleName").asText(), t.toString());
            }
        }
        assertTrue(found, "the edited plan calls back every broadband repair: " + tasks);
    }

    @Test
    void theCategoryTreeIsEditableAndRefusesAFourthLevel() {
        ApiClient manager = ApiClient.loggedIn("manager");
        JsonNode doc = manager.get("/api/work-order-rules/categories").json();
        ObjectNode body = (ObjectNode) doc.get("body");
        ((ArrayNode) body.get("nodes")).addObject().put("name", "网络安全").putArray("children");
        ApiClient.Response saved = manager.put("/api/work-order-rules/categories",
                Map.of("version", doc.get("version").asLong(), "body", body));
        assertEquals(200, saved.status(), saved.toString());
        assertEquals("网络安全", saved.json().at("/body/nodes/3/name").asText());
        assertEquals("网络安全", ApiClient.loggedIn("agent").get("/api/work-order-rules/categories").json()
                .at("/body/nodes/3/name").asText(), "every staff member reads the tree for the pickers");
        ObjectNode level3 = (ObjectNode) body.at("/nodes/0/children/0/children/0");
        level3.putArray("children").addObject().put("name", "第四级");
        ApiClient.Response deep = manager.put("/api/work-order-rules/categories",
                Map.of("version", saved.json().get("version").asLong(), "body", body));
        assertEquals(400, deep.status());
        assertTrue(deep.json().get("detail").asText().contains("three levels"), deep.body());
    }
}
