package org.qualitywatch.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Work orders: import of the call center's export, idempotent re-import, row errors, lifecycle actions. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkOrderIT {

    static JsonNode importFile(ApiClient client, String name, byte[] content) {
        return Imports.run(client, "/api/work-orders/imports", name, content, "callcenter");
    }

    @Test
    @Order(1)
    void theCallCenterExportImportsAndReimportsWithoutDuplicates() throws Exception {
        ApiClient admin = ApiClient.loggedIn("admin");
        byte[] sample = Files.readAllBytes(TestEnvironment.samples().resolve("callcenter-workorders.csv"));
        JsonNode first = importFile(admin, "callcenter-workorders.csv", sample);
        assertEquals(40, first.get("processed").asInt());
        assertEquals(0, first.get("failed").asInt(), first.toString());
        assertEquals(40, first.get("created").asInt() + first.get("updated").asInt() + first.get("unchanged").asInt());

        JsonNode again = importFile(admin, "callcenter-workorders.csv", sample);
        assertEquals(40, again.get("unchanged").asInt(), "re-sending the same export changes nothing: " + again);

        JsonNode page = WorkOrders.searchUntilTotal(admin, "q=GD2026102100001", 1);
        assertEquals(1, page.get("total").asInt(), page.toString());
        JsonNode item = page.at("/items/0");
        assertEquals("ARCHIVED", item.get("status").asText());
        assertEquals("1006", item.at("/firstReceiver/agentId").asText());
        assertEquals("杨帆", item.at("/firstReceiver/name").asText());
        assertEquals("于洪维护站", item.get("department").asText());
        JsonNode detail = admin.get("/api/work-orders/" + item.get("id").asLong()).json();
        assertEquals(java.util.List.of("ACCEPTED", "DISPATCHED", "RESOLVED", "ARCHIVED"),
                detail.get("events").findValuesAsText("kind"));
        assertTrue(admin.get("/api/work-orders").json().at("/facets/status").size() >= 3);
    }

    @Test
    @Order(2)
    void badRowsAreReportedWithRowNumberAndReasonAndNeverBlockGoodRows() {
        ApiClient manager = ApiClient.loggedIn("manager");
        String csv = "工单编号,受理时间,受理渠道,首问受理人,业务类型,工单类型,一级分类,二级分类,三级分类,区域,联系电话,问题描述,派单部门,派单时间,回单时间,工单状态,通话流水号\n"
                + "BAD-OK-1,2026-11-02 09:00:00,96195热线,刘洋(1004),宽带,报修,网络质量,宽带,断网,铁西区,13900000001,断网,铁西维护站,2026-11-02 09:05:00,,处理中,\n"
                + ",2026-11-02 09:00:00,96195热线,刘洋(1004),宽带,报修,网络质量,宽带,断网,铁西区,13900000002,没有编号,,,,处理中,\n"
                + "BAD-2,2026-13-45 09:00:00,96195热线,刘洋(1004),宽带,报修,网络质量,宽带,断网,铁西区,13900000003,日期错,,,,处理中,\n"
                + "BAD-3,2026-11-02 09:00:00,96195热线,刘洋(1004),宽带,闲聊,网络质量,宽带,断网,铁西区,13900000004,类型错,,,,处理中,\n";
        JsonNode job = importFile(manager, "bad.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, job.get("created").asInt(), job.toString());
        assertEquals(3, job.get("failed").asInt());
        JsonNode errors = job.get("errors");
        assertEquals(3, errors.findValuesAsText("row").size(), errors.toString());
        assertEquals("[3, 4, 5]", errors.findValues("row").toString());
        assertTrue(errors.get(1).get("message").asText().contains("2026-13-45"), errors.toString());
        assertTrue(errors.get(2).get("message").asText().contains("闲聊"), errors.toString());
        assertEquals(0, manager.get("/api/work-orders?q=BAD-2").json().get("total").asInt(), "nothing half written");
    }

    @Test
    @Order(3)
    void aFileWithoutTheNeededColumnsIsRefusedBeforeAnythingIsWritten() {
        ApiClient.Response refused = ApiClient.loggedIn("admin").uploadFile("/api/work-orders/imports", "x.csv",
                "编号,时间\nA,B\n".getBytes(StandardCharsets.UTF_8), Map.of("preset", "callcenter"));
        assertEquals(400, refused.status(), refused.toString());
        assertTrue(refused.json().get("detail").asText().contains("工单编号"), refused.body());
        assertEquals(403, ApiClient.loggedIn("monitor").uploadFile("/api/work-orders/imports", "x.csv",
                new byte[]{1}, Map.of()).status());
    }

    @Test
    @Order(4)
    void theLifecycleAllowsTheNextStagesAndRefusesOthersWithAReason() {
        ApiClient admin = ApiClient.loggedIn("admin");
        long orderId = WorkOrders.searchUntilTotal(admin, "q=BAD-OK-1", 1).at("/items/0/id").asLong();
        ApiClient handler = ApiClient.loggedIn("handler");
        assertEquals(0, handler.get("/api/work-orders?q=BAD-OK-1").json().get("total").asInt(),
                "the handler of 于洪维护站 does not see 铁西维护站's orders");
        ApiClient.Response refused = admin.post("/api/work-orders/" + orderId + "/actions", Map.of("action", "ARCHIVE"));
        assertEquals(409, refused.status(), refused.toString());
        assertTrue(refused.json().get("detail").asText().contains("Allowed now"), refused.body());
        assertEquals(403, handler.get("/api/work-orders/" + orderId).status());

        JsonNode contacted = admin.post("/api/work-orders/" + orderId + "/actions", Map.of("action", "CONTACT")).json();
        assertEquals("CONTACTED", contacted.get("status").asText());
        JsonNode transferred = admin.post("/api/work-orders/" + orderId + "/actions",
                Map.of("action", "TRANSFER", "department", "宽带运维中心", "reason", "光缆故障")).json();
        assertEquals("DISPATCHED", transferred.get("status").asText());
        JsonNode last = transferred.get("events").get(transferred.get("events").size() - 1);
        assertEquals("TRANSFERRED", last.get("kind").asText());
        assertEquals("铁西维护站", last.get("fromDepartment").asText());
        assertEquals("光缆故障", last.get("reason").asText());
        assertEquals("1004", transferred.at("/firstReceiver/agentId").asText(), "the first receiver stays accountable");
        ApiClient.Response noReason = admin.post("/api/work-orders/" + orderId + "/actions",
                Map.of("action", "TRANSFER", "department", "于洪维护站"));
        assertEquals(400, noReason.status(), noReason.toString());
        assertEquals("reason", noReason.json().at("/errors/0/field").asText());
    }

    @Test
    @Order(5)
    void firstContactViolationsAreDetectedAndListedPerPersonAndDepartment() {
        ApiClient admin = ApiClient.loggedIn("admin");
        String header = "工单编号,受理时间,受理渠道,首问受理人,业务类型,工单类型,一级分类,二级分类,三级分类,区域,联系电话,问题描述,派单部门,派单时间,回单时间,工单状态,通话流水号\n";
        String csv = header
                + "FC-NOBODY,2026-11-03 09:00:00,96195热线,,宽带,咨询,用户服务,业务咨询,资费,铁西区,13911110001,无首问,,,,已受理,\n"
                + "FC-BOUNCE,2026-11-03 09:10:00,96195热线,王芳(1002),宽带,报修,网络质量,宽带,断网,皇姑区,13911110002,推诿,皇姑维护站,2026-11-03 09:15:00,,处理中,\n"
                + "FC-SILENT,2026-09-01 09:00:00,96195热线,王芳(1002),宽带,报修,网络质量,宽带,断网,皇姑区,13911110003,无回复,皇姑维护站,2026-09-01 09:05:00,,处理中,\n"
                + "FC-REPEAT-1,2026-11-04 09:00:00,96195热线,王芳(1002),宽带,报修,网络质量,宽带,断网,皇姑区,13911110009,第一次,,,,已办结(在线),\n"
                + "FC-REPEAT-2,2026-11-05 08:00:00,96195热线,王芳(1002),宽带,报修,网络质量,宽带,断网,皇姑区,13911110009,又来电,,,,已办结(在线),\n";
        assertEquals(5, importFile(admin, "fc.csv", csv.getBytes(StandardCharsets.UTF_8)).get("created").asInt());
        long bounce = WorkOrders.searchUntilTotal(admin, "q=FC-BOUNCE", 1).at("/items/0/id").asLong();
        for (String department : new String[]{"铁西维护站", "宽带运维中心", "皇姑维护站"}) {
            assertEquals(200, admin.post("/api/work-orders/" + bounce + "/actions",
                    Map.of("action", "TRANSFER", "department", department, "reason", "不归我们管")).status());
        }
        JsonNode report = admin.get("/api/work-orders/first-contact/violations").json();
        java.util.List<String> kinds = new java.util.ArrayList<>();
        for (JsonNode v : report.get("violations")) {
            kinds.add(v.get("number").asText() + ":" + v.get("kind").asText());
        }
        assertTrue(kinds.contains("FC-NOBODY:NO_FIRST_RECEIVER"), kinds.toString());
        assertTrue(kinds.contains("FC-BOUNCE:BOUNCED"), kinds.toString());
        assertTrue(kinds.contains("FC-SILENT:NOT_REPORTED_BACK_UNCHASED"), kinds.toString());
        assertTrue(kinds.contains("GD2026102100001:CLOSED_WITHOUT_INFORMING"), kinds.toString());
        assertTrue(report.get("byPerson").findValuesAsText("key").contains("1002"));
        assertTrue(report.get("byDepartment").findValuesAsText("key").contains("皇姑维护站"));

        long silent = WorkOrders.searchUntilTotal(admin, "q=FC-SILENT", 1).at("/items/0/id").asLong();
        assertEquals(200, admin.post("/api/work-orders/" + silent + "/actions", Map.of("action", "CHASE", "note", "催办")).status());
        JsonNode after = admin.get("/api/work-orders/first-contact/violations").json();
        assertTrue(!after.get("violations").findValuesAsText("number").contains("FC-SILENT"), "a chase answers the rule");

        JsonNode rates = admin.get("/api/work-orders/first-contact/resolution?window=48&from=2026-11-04T00:00:00Z"
                + "&to=2026-11-06T00:00:00Z").json();
        assertEquals(2, rates.at("/overall/requests").asInt(), rates.toString());
        assertEquals(1, rates.at("/overall/repeated").asInt(), "the second call within 48 h is a repeat of the first");
        assertEquals(0.5, rates.at("/overall/rate").asDouble(), 0.0001);
        JsonNode narrow = admin.get("/api/work-orders/first-contact/resolution?window=12&from=2026-11-04T00:00:00Z"
                + "&to=2026-11-06T00:00:00Z").json();
        assertEquals(0, narrow.at("/overall/repeated").asInt(), "23 h later is outside a 12-hour window");
    }

    @Test
    @Order(6)
    void overdueOrdersAreFoundAndLeaveTheListOnceTheirClocksStop() {
        ApiClient admin = ApiClient.loggedIn("admin");
        JsonNode overdue = WorkOrders.searchUntilTotal(admin, "overdue=true&q=FC-SILENT", 1);
        assertEquals(1, overdue.get("total").asInt(), overdue.toString());
        JsonNode item = overdue.at("/items/0");
        assertTrue(item.get("overdue").asBoolean());
        assertTrue(item.get("minutesLeft").asLong() < 0);
        assertEquals("CONTACT", item.get("dueStage").asText());
        assertTrue(admin.get("/api/work-orders?overdue=true").json().at("/facets/overdue").toString().contains("true"));
        long id = item.get("id").asLong();
        JsonNode detail = admin.get("/api/work-orders/" + id).json();
        assertEquals(java.util.List.of("CONTACT", "FIX"), detail.get("deadlines").findValuesAsText("stage"));
        admin.post("/api/work-orders/" + id + "/actions", Map.of("action", "CONTACT"));
        JsonNode resolved = admin.post("/api/work-orders/" + id + "/actions", Map.of("action", "RESOLVE")).json();
        assertTrue(resolved.get("deadlines").get(1).get("overdue").asBoolean(), "fixed late: the fix clock was overrun");
        // no clock is running any more: the order leaves the overdue list once the search index has followed
        WorkOrders.searchUntilTotal(admin, "overdue=true&q=FC-SILENT", 0);
    }

    @Test
    @Order(7)
    void resolvedComplaintsAreCalledBackAndADissatisfiedAnswerReopensTheOrder() {
        ApiClient admin = ApiClient.loggedIn("admin");
        String header = "工单编号,受理时间,受理渠道,首问受理人,业务类型,工单类型,一级分类,二级分类,三级分类,区域,联系电话,问题描述,派单部门,派单时间,回单时间,工单状态,通话流水号\n";
        String csv = header
                + "CB-COMPLAINT,2026-11-06 09:00:00,96195热线,杨帆(1006),宽带,投诉,收费争议,宽带,多扣费,大东区,13911112222,多扣费投诉,计费中心,2026-11-06 09:10:00,2026-11-07 10:00:00,已回单,\n"
                + "CB-NOANSWER,2026-11-06 10:00:00,96195热线,杨帆(1006),高清,投诉,用户服务,高清,安装延误,大东区,13911113333,安装慢,大东维护站,2026-11-06 10:10:00,2026-11-07 11:00:00,已回单,\n";
        assertEquals(2, importFile(admin, "cb.csv", csv.getBytes(StandardCharsets.UTF_8)).get("created").asInt());

        ApiClient callback = ApiClient.loggedIn("callback");
        JsonNode tasks = callback.get("/api/callbacks").json();
        JsonNode complaint = null;
        JsonNode noAnswer = null;
        for (JsonNode t : tasks) {
            if (t.at("/order/number").asText().equals("CB-COMPLAINT")) complaint = t;
            if (t.at("/order/number").asText().equals("CB-NOANSWER")) noAnswer = t;
        }
        assertTrue(complaint != null && noAnswer != null, "complaints are called back 100 %: " + tasks);
        assertTrue(complaint.get("explanation").asText().contains("投诉"), complaint.toString());

        JsonNode retry = callback.post("/api/callbacks/" + noAnswer.get("id").asLong() + "/result",
                Map.of("reached", false)).json();
        assertEquals("RETRY", retry.get("status").asText(), retry.toString());
        assertEquals(1, retry.get("attempts").asInt());

        ApiClient.Response missing = callback.post("/api/callbacks/" + complaint.get("id").asLong() + "/result",
                Map.of("reached", true));
        assertEquals(400, missing.status(), missing.toString());
        assertEquals("satisfaction", missing.json().at("/errors/0/field").asText());

        JsonNode done = callback.post("/api/callbacks/" + complaint.get("id").asLong() + "/result",
                Map.of("reached", true, "satisfaction", 2, "comment", "费用还没退")).json();
        assertEquals("DONE", done.get("status").asText(), done.toString());
        assertTrue(done.at("/result/reopened").asBoolean());
        JsonNode order = admin.get("/api/work-orders/" + done.at("/order/id").asLong()).json();
        assertEquals("DISPATCHED", order.get("status").asText(), "the dissatisfied callback reopened the order");
        java.util.List<String> kinds = order.get("events").findValuesAsText("kind");
        assertEquals("REOPENED", kinds.get(kinds.size() - 1));
        assertEquals("CALLED_BACK", kinds.get(kinds.size() - 2));
        assertEquals(409, callback.post("/api/callbacks/" + complaint.get("id").asLong() + "/result",
                Map.of("reached", true, "satisfaction", 5)).status(), "a finished callback keeps its result");

        JsonNode stats = admin.get("/api/callbacks/stats?from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z").json();
        assertTrue(stats.at("/overall/sampled").asInt() >= 2, stats.toString());
        assertEquals(403, ApiClient.loggedIn("agent").get("/api/callbacks").status());
    }

    @Test
    @Order(8)
    void overrunClocksAreCountedPerMonthDepartmentAndStage() {
        JsonNode september = ApiClient.loggedIn("manager")
                .get("/api/work-orders/timeouts?from=2026-08-31T16:00:00Z&to=2026-09-30T16:00:00Z").json();
        java.util.List<String> rows = new java.util.ArrayList<>();
        for (JsonNode row : september) {
            rows.add(row.get("month").asText() + " " + row.get("department").asText() + " " + row.get("stage").asText()
                    + " " + row.get("overdue").asInt());
        }
        // FC-SILENT: dispatched 1 Sep 09:05, contacted and fixed only weeks later
        assertTrue(rows.contains("2026-09 皇姑维护站 CONTACT 1"), rows.toString());
        assertTrue(rows.contains("2026-09 皇姑维护站 FIX 1"), rows.toString());
    }
}
