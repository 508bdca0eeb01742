package org.qualitywatch.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Complaints: idempotent intake, repeats, escalation flag and firing, handling, department scoping, supervision orders. */
class ComplaintIT {

    private static String unique(String prefix) {
        return prefix + "-" + System.nanoTime();
    }

    /** A phone number no earlier run used, so no test case becomes a repeat of another by accident. */
    static String uniquePhone() {
        return "13" + String.format("%09d", Math.floorMod(System.nanoTime(), 1_000_000_000L));
    }

    static Map<String, Object> complaint(String source, String ref, Instant received, String phone, String category1) {
        Map<String, Object> c = new HashMap<>();
        c.put("source", source);
        c.put("externalRef", ref);
        c.put("receivedAt", received.toString());
        c.put("complainantName", "李女士");
        c.put("complainantPhone", phone);
        c.put("businessLine", "BROADBAND");
        c.put("category1", category1);
        c.put("category2", "宽带");
        c.put("district", "于洪区");
        c.put("description", "宽带多次断网，维修不及时");
        return c;
    }

    @Test
    void intakeIsIdempotentUpdatesAreHistoryAndRepeatsAreLinked() {
        ApiClient manager = ApiClient.loggedIn("manager");
        String ref = unique("12345");
        String phone = uniquePhone();
        Instant received = Instant.now().minus(Duration.ofHours(2));
        Map<String, Object> body = complaint("CITY_12345", ref, received, phone, "网络质量");
        JsonNode first = manager.post("/api/complaints", body).json();
        assertEquals("CREATED", first.get("outcome").asText(), first.toString());
        long id = first.get("id").asLong();
        JsonNode again = manager.post("/api/complaints", body).json();
        assertEquals("UNCHANGED", again.get("outcome").asText());
        assertEquals(id, again.get("id").asLong(), "re-sending never duplicates");
        body.put("description", "宽带多次断网，维修不及时，要求赔偿");
        assertEquals("UPDATED", manager.post("/api/complaints", body).json().get("outcome").asText());
        JsonNode detail = manager.get("/api/complaints/" + id).json();
        assertTrue(detail.get("description").asText().contains("赔偿"));
        assertEquals(List.of("RECEIVED", "UPDATED_BY_SOURCE"), detail.get("events").findValuesAsText("kind"));
        assertTrue(detail.get("escalated").asBoolean(), "the city hotline is outside the company: 越级");
        assertEquals(4, detail.get("deadlines").size());

        JsonNode own = manager.post("/api/complaints", complaint("HOTLINE", unique("HL"), Instant.now(), phone, "网络质量")).json();
        JsonNode repeat = manager.get("/api/complaints/" + own.get("id").asLong()).json();
        assertEquals(id, repeat.at("/repeatOf/id").asLong(), "same complainant and category within 30 days");
        assertFalse(repeat.get("escalated").asBoolean());
        JsonNode otherCategory = manager.post("/api/complaints",
                complaint("HOTLINE", unique("HL"), Instant.now(), phone, "收费争议")).json();
        assertTrue(manager.get("/api/complaints/" + otherCategory.get("id").asLong()).json().path("repeatOf").isMissingNode()
                || manager.get("/api/complaints/" + otherCategory.get("id").asLong()).json().get("repeatOf").isNull());
        assertTrue(manager.get("/api/complaints?repeat=true&size=500").body().contains(own.get("id").asText()));

        ApiClient.Response unknown = manager.post("/api/complaints", complaint("PIGEON", unique("X"), Instant.now(), phone, "网络质量"));
        assertEquals(400, unknown.status());
        assertTrue(unknown.json().get("detail").asText().contains("CITY_12345"), unknown.body());
        Map<String, Object> noText = complaint("HOTLINE", unique("X"), Instant.now(), phone, "网络质量");
        noText.remove("description");
        assertEquals(400, manager.post("/api/complaints", noText).status());
    }

    @Test
    void aPassedDeadlineIsEscalatedOnceAndTheSupervisionDepartmentIsTold() {
        ApiClient manager = ApiClient.loggedIn("manager");
        ApiClient admin = ApiClient.loggedIn("admin");
        // received 3 days ago by the media: acknowledgement (2 h) and response (same day) are overdue
        long id = manager.post("/api/complaints", complaint("MEDIA", unique("MEDIA"),
                Instant.now().minus(Duration.ofDays(3)), uniquePhone(), "用户服务")).json().get("id").asLong();
        JsonNode raised = admin.post("/api/complaints/deadline-watch", Map.of()).json();
        assertTrue(raised.get("complaints").asInt() >= 1, raised.toString());
        JsonNode detail = manager.get("/api/complaints/" + id).json();
        assertEquals(2, detail.get("warningLevel").asInt());
        assertEquals("ACKNOWLEDGE", detail.get("nextDueStage").asText());
        assertTrue(detail.get("events").findValuesAsText("kind").contains("DEADLINE_PASSED"));
        admin.post("/api/complaints/deadline-watch", Map.of());
        long passed = detail.get("events").findValuesAsText("kind").stream().filter("DEADLINE_PASSED"::equals).count();
        assertEquals(passed, manager.get("/api/complaints/" + id).json().get("events").findValuesAsText("kind").stream()
                .filter("DEADLINE_PASSED"::equals).count(), "raised once");
        assertTrue(manager.get("/api/complaints?overdue=true&size=500").body().contains("\"id\":" + id));
    }

    @Test
    void aComplaintIsHandledToClosureAndDepartmentsSeeOnlyTheirOwn() {
        ApiClient manager = ApiClient.loggedIn("manager");
        ApiClient handler = ApiClient.loggedIn("handler");
        long id = manager.post("/api/complaints", complaint("REGULATOR", unique("SS"), Instant.now(), uniquePhone(),
                "收费争议")).json().get("id").asLong();
        assertEquals(403, handler.get("/api/complaints/" + id).status(), "not yet the handler's department");
        assertEquals(409, manager.post("/api/complaints/" + id + "/actions", Map.of("action", "REPLY",
                "replyText", "x", "signedBy", "y")).status());
        manager.post("/api/complaints/" + id + "/actions", Map.of("action", "ACKNOWLEDGE"));
        ApiClient.Response noDept = manager.post("/api/complaints/" + id + "/actions", Map.of("action", "ASSIGN"));
        assertEquals(400, noDept.status());
        assertEquals("department", noDept.json().at("/errors/0/field").asText());
        manager.post("/api/complaints/" + id + "/actions", Map.of("action", "ASSIGN", "department", "于洪维护站",
                "person", "赵强", "note", "上门核查计费"));
        assertEquals(200, handler.get("/api/complaints/" + id).status());
        assertTrue(handler.get("/api/complaints?size=500").body().contains("\"id\":" + id));
        assertEquals(403, handler.post("/api/complaints/" + id + "/actions", Map.of("action", "ASSIGN",
                "department", "计费中心")).status(), "departments do not reassign responsibility");
        handler.post("/api/complaints/" + id + "/actions", Map.of("action", "RESOLVE", "note", "核实多收，已退费",
                "refund", 30.5, "satisfaction", "SATISFIED"));
        manager.post("/api/complaints/" + id + "/actions", Map.of("action", "REPLY", "replyText", "经核实已退还多收费用",
                "signedBy", "王经理"));
        JsonNode closed = manager.post("/api/complaints/" + id + "/actions", Map.of("action", "CLOSE", "note", "结案"))
                .json();
        assertEquals("CLOSED", closed.get("status").asText(), closed.toString());
        assertEquals(30.5, closed.get("refundAmount").asDouble());
        assertEquals(List.of("RECEIVED", "ACKNOWLEDGED", "ASSIGNED", "RESOLVED", "REPLIED", "CLOSED"),
                closed.get("events").findValuesAsText("kind"));
        assertFalse(closed.has("nextDueAt") && !closed.get("nextDueAt").isNull(), "no clock runs on a closed case");
        assertTrue(handler.get("/api/notifications").body().contains("/complaints/" + id), "the department was told");
    }

    @Test
    void aSupervisionOrderGoesToTheDepartmentAndBackAndOtherDepartmentsCannotReadIt() {
        ApiClient manager = ApiClient.loggedIn("manager");
        ApiClient handler = ApiClient.loggedIn("handler");
        Map<String, Object> order = new HashMap<>();
        order.put("matter", "宽带报修超时整改");
        order.put("deadline", Instant.now().plus(Duration.ofDays(5)).toString());
        order.put("leadDepartment", "于洪维护站");
        order.put("description", "近一月于洪区宽带报修超时 12 单，请说明原因并整改");
        order.put("goal", "一周内报修及时率恢复到 95% 以上");
        order.put("copyTo", List.of("网络运维中心"));
        JsonNode issued = manager.post("/api/supervision-orders", order).json();
        long id = issued.at("/order/id").asLong();
        assertTrue(issued.at("/order/number").asText().startsWith("DB"), issued.toString());
        assertEquals("ISSUED", issued.at("/order/status").asText());
        assertNotNull(issued.at("/order/issuingPerson").asText());

        order.put("leadDepartment", "铁西维护站");
        long other = manager.post("/api/supervision-orders", order).json().at("/order/id").asLong();
        assertEquals(403, handler.get("/api/supervision-orders/" + other).status());
        assertEquals(403, handler.post("/api/supervision-orders/" + other + "/reply", Map.of("text", "x")).status());
        assertFalse(handler.get("/api/supervision-orders").body().contains("\"id\":" + other + ","));

        assertEquals(400, handler.post("/api/supervision-orders/" + id + "/reply", Map.of("text", " ")).status());
        JsonNode replied = handler.post("/api/supervision-orders/" + id + "/reply",
                Map.of("text", "已增派两名维修人员，超时单已全部处理")).json();
        assertEquals("REPLIED", replied.at("/order/status").asText());
        assertEquals(403, handler.post("/api/supervision-orders/" + id + "/decision", Map.of("accept", true)).status());
        JsonNode back = manager.post("/api/supervision-orders/" + id + "/decision",
                Map.of("accept", false, "comment", "请补充整改后的及时率数据")).json();
        assertEquals("RETURNED", back.at("/order/status").asText());
        handler.post("/api/supervision-orders/" + id + "/reply", Map.of("text", "本周报修及时率 96.3%"));
        JsonNode accepted = manager.post("/api/supervision-orders/" + id + "/decision", Map.of("accept", true)).json();
        assertEquals("ACCEPTED", accepted.at("/order/status").asText());
        assertEquals(List.of("ISSUED", "REPLIED", "RETURNED", "REPLIED", "ACCEPTED"),
                accepted.get("events").findValuesAsText("kind"));
    }

    @Test
    void theSourceRulesAreEditableWithValidation() {
        ApiClient manager = ApiClient.loggedIn("manager");
        JsonNode doc = manager.get("/api/complaint-sources").json();
        ObjectNode body = (ObjectNode) doc.get("body");
        assertTrue(body.get("sources").findValuesAsText("code").containsAll(List.of("HOTLINE", "REGULATOR", "CITY_12345",
                "CONSUMER_12315", "RADIO", "MEDIA", "DEPUTY", "ONLINE", "DIGITAL_CITY", "SUPERVISOR")));
        ((ObjectNode) body.get("sources").get(0)).put("reply", "abc");
        ApiClient.Response bad = manager.put("/api/complaint-sources", Map.of("version", doc.get("version").asLong(),
                "body", body));
        assertEquals(400, bad.status(), bad.toString());
        assertTrue(bad.json().get("detail").asText().contains("reply"), bad.body());
        ((ObjectNode) body.get("sources").get(0)).put("reply", "10天");
        JsonNode saved = manager.put("/api/complaint-sources", Map.of("version", doc.get("version").asLong(), "body", body))
                .json();
        assertTrue(saved.get("customized").asBoolean(), saved.toString());
        assertEquals("10天", saved.at("/body/sources/0/reply").asText());
        assertEquals(409, manager.put("/api/complaint-sources", Map.of("version", doc.get("version").asLong(), "body", body))
                .status());
        JsonNode reset = manager.delete("/api/complaint-sources?version=" + saved.get("version").asLong()).json();
        assertFalse(reset.get("customized").asBoolean());
        assertEquals(403, ApiClient.loggedIn("handler").put("/api/complaint-sources",
                Map.of("version", reset.get("version").asLong(), "body", body)).status());
    }

    @Test
    void attachmentsAreCheckedByContentAndServedAsDownloads() {
        ApiClient manager = ApiClient.loggedIn("manager");
        long id = manager.post("/api/complaints", complaint("MEDIA", unique("TV"), Instant.now(), uniquePhone(), "用户服务"))
                .json().get("id").asLong();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        ApiClient.Response photo = manager.uploadFile("/api/complaints/" + id + "/attachments", "现场照片.png", png, Map.of());
        assertEquals(200, photo.status(), photo.toString());
        long attachmentId = photo.json().get("id").asLong();
        ApiClient.Response exe = manager.uploadFile("/api/complaints/" + id + "/attachments", "photo.jpg",
                new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0}, Map.of());
        assertEquals(400, exe.status());
        assertTrue(exe.json().get("detail").asText().contains("program"), exe.body());
        ApiClient.Response html = manager.uploadFile("/api/complaints/" + id + "/attachments", "note.txt",
                "<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of());
        assertEquals(400, html.status());
        ApiClient.Response big = manager.uploadFile("/api/complaints/" + id + "/attachments", "big.txt",
                "a".repeat(10 * 1024 * 1024 + 1).getBytes(java.nio.charset.StandardCharsets.US_ASCII), Map.of());
        assertEquals(400, big.status());
        assertTrue(big.json().get("detail").asText().contains("at most 10 MB"), big.body());
        assertEquals(1, manager.get("/api/complaints/" + id + "/attachments").json().size(), "only the photo was kept");
        ApiClient.Response download = manager.get("/api/complaints/" + id + "/attachments/" + attachmentId);
        assertEquals(200, download.status());
        assertEquals("image/png", download.contentType());
        assertEquals("nosniff", download.raw().headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(download.raw().headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals(403, ApiClient.loggedIn("handler").get("/api/complaints/" + id + "/attachments/" + attachmentId)
                .status(), "not the handler's department");
    }
}
