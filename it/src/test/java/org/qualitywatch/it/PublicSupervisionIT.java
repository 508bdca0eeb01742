package org.qualitywatch.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Public supervisors: reports, attachments, the feedback loop, escalation, invitations and isolation. */
class PublicSupervisionIT {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    static Map<String, Object> hallAnswers() {
        Map<String, Object> a = new HashMap<>();
        a.put("environment", 3);
        a.put("waiting", "35");
        a.put("greeting", false);
        a.put("badge", true);
        a.put("explanation", 2);
        a.put("attitude", 3);
        a.put("problem", "排队35分钟，仅开一个窗口");
        return a;
    }

    static long draftHallReport(ApiClient supervisor) {
        JsonNode draft = supervisor.post("/api/portal/reports", Map.of("visitType", "SERVICE_HALL")).json();
        assertEquals("DRAFT", draft.get("status").asText(), draft.toString());
        return draft.get("id").asLong();
    }

    static void fill(ApiClient supervisor, long id, Map<String, Object> answers) {
        Map<String, Object> body = new HashMap<>();
        body.put("place", "和平营业厅");
        body.put("visitedAt", Instant.now().minus(Duration.ofHours(3)).toString());
        body.put("answers", answers);
        body.put("overallRating", 2);
        body.put("narrative", "周六上午暗访，排队时间长，营业员未主动问候。");
        ApiClient.Response saved = supervisor.put("/api/portal/reports/" + id, body);
        assertEquals(200, saved.status(), saved.toString());
    }

    @Test
    void aReportIsCheckedOnSubmitAndItsAttachmentsByContent() {
        ApiClient supervisor = ApiClient.loggedIn("supervisor");
        assertEquals("孙丽", supervisor.get("/api/portal/me").json().get("name").asText());
        assertEquals(4, supervisor.get("/api/portal/templates").json().size(), "one template per visit type");
        long id = draftHallReport(supervisor);
        Map<String, Object> partial = hallAnswers();
        partial.remove("attitude");
        partial.put("environment", 7);
        fill(supervisor, id, partial);
        ApiClient.Response incomplete = supervisor.post("/api/portal/reports/" + id + "/submit", Map.of());
        assertEquals(400, incomplete.status(), incomplete.toString());
        List<String> fields = incomplete.json().get("errors").findValuesAsText("field");
        assertTrue(fields.containsAll(List.of("attitude", "environment")), incomplete.body());

        assertEquals(200, supervisor.uploadFile("/api/portal/reports/" + id + "/attachments", "现场.png", PNG, Map.of())
                .status());
        ApiClient.Response exe = supervisor.uploadFile("/api/portal/reports/" + id + "/attachments", "现场2.jpg",
                new byte[]{'M', 'Z', (byte) 0x90, 0, 3}, Map.of());
        assertEquals(400, exe.status(), "a renamed executable is refused");
        assertEquals(400, supervisor.uploadFile("/api/portal/reports/" + id + "/attachments", "a.html",
                "<!doctype html><html><body>x</body></html>".getBytes(StandardCharsets.UTF_8), Map.of()).status());
        assertEquals(400, supervisor.uploadFile("/api/portal/reports/" + id + "/attachments", "big.txt",
                "a".repeat(10 * 1024 * 1024 + 1).getBytes(StandardCharsets.US_ASCII), Map.of()).status());
        assertEquals(1, supervisor.get("/api/portal/reports/" + id + "/attachments").json().size());

        fill(supervisor, id, hallAnswers());
        JsonNode submitted = supervisor.post("/api/portal/reports/" + id + "/submit", Map.of()).json();
        assertEquals("SUBMITTED", submitted.get("status").asText(), submitted.toString());
        assertEquals(409, supervisor.put("/api/portal/reports/" + id, Map.of("place", "x")).status(),
                "a submitted report is read-only");
        assertEquals(409, supervisor.uploadFile("/api/portal/reports/" + id + "/attachments", "late.png", PNG, Map.of())
                .status());
    }

    @Test
    void aFindingGoesToTheDepartmentAndItsAnswerBackToTheSupervisorWhoRatesIt() {
        ApiClient supervisor = ApiClient.loggedIn("supervisor");
        ApiClient manager = ApiClient.loggedIn("manager");
        ApiClient handler = ApiClient.loggedIn("handler");
        long id = draftHallReport(supervisor);
        fill(supervisor, id, hallAnswers());
        supervisor.post("/api/portal/reports/" + id + "/submit", Map.of());

        JsonNode triaged = manager.post("/api/public-supervision/reports/" + id + "/triage",
                Map.of("decision", "FINDING", "leadDepartment", "于洪维护站", "note", "内部：上月同类问题")).json();
        assertEquals("IN_HANDLING", triaged.at("/report/status").asText(), triaged.toString());
        long orderId = triaged.get("supervisionOrderId").asLong();
        JsonNode order = manager.get("/api/supervision-orders/" + orderId).json();
        assertEquals("SUPERVISOR_REPORT", order.at("/order/origin").asText());
        assertEquals(String.valueOf(id), order.at("/order/originRef").asText());
        JsonNode portalView = supervisor.get("/api/portal/reports/" + id).json();
        assertFalse(portalView.toString().contains("内部"), "internal notes never reach the supervisor");
        assertFalse(portalView.has("supervisionOrderId"));

        handler.post("/api/supervision-orders/" + orderId + "/reply", Map.of("text", "已增开窗口并对营业员进行培训"));
        manager.post("/api/supervision-orders/" + orderId + "/decision", Map.of("accept", true));
        JsonNode answered = supervisor.get("/api/portal/reports/" + id).json();
        assertEquals("ANSWERED", answered.get("status").asText(), answered.toString());
        assertEquals("已增开窗口并对营业员进行培训", answered.get("answer").asText());
        assertTrue(supervisor.get("/api/notifications").body().contains("/portal/reports/" + id));

        assertEquals(400, supervisor.post("/api/portal/reports/" + id + "/rating", Map.of("rating", "DISSATISFIED"))
                .status(), "not satisfied needs a comment");
        JsonNode disputed = supervisor.post("/api/portal/reports/" + id + "/rating",
                Map.of("rating", "DISSATISFIED", "comment", "周末仍只开一个窗口")).json();
        assertEquals("DISPUTED", disputed.get("status").asText());
        manager.post("/api/public-supervision/reports/" + id + "/answer",
                Map.of("text", "周末已固定开放三个窗口，欢迎再次监督"));
        JsonNode closed = supervisor.post("/api/portal/reports/" + id + "/rating", Map.of("rating", "SATISFIED")).json();
        assertEquals("CLOSED", closed.get("status").asText(), closed.toString());
        JsonNode summary = manager.get("/api/public-supervision/summary").json();
        assertTrue(summary.get("reports").asInt() >= 1, summary.toString());
    }

    @Test
    void anOverdueFindingEscalates() throws Exception {
        ApiClient supervisor = ApiClient.loggedIn("supervisor");
        ApiClient manager = ApiClient.loggedIn("manager");
        long id = draftHallReport(supervisor);
        fill(supervisor, id, hallAnswers());
        supervisor.post("/api/portal/reports/" + id + "/submit", Map.of());
        long orderId = manager.post("/api/public-supervision/reports/" + id + "/triage",
                Map.of("decision", "FINDING", "leadDepartment", "和平维护站")).json().get("supervisionOrderId").asLong();
        try (Connection c = CalibrationIT.db(); PreparedStatement s = c.prepareStatement(
                "update qw.supervision_order set issued_at = now() - interval '8 days', deadline = now() - interval '1 day' where id = ?")) {
            s.setLong(1, orderId);
            assertEquals(1, s.executeUpdate());
        }
        ApiClient.loggedIn("admin").post("/api/complaints/deadline-watch", Map.of());
        JsonNode order = manager.get("/api/supervision-orders/" + orderId).json();
        assertEquals(2, order.at("/order/warningLevel").asInt(), order.toString());
        assertTrue(order.get("events").findValuesAsText("kind").contains("DEADLINE_PASSED"));
    }

    @Test
    void anInvitedSupervisorCreatesAnAccountAndLosesItWhenDeactivated() {
        ApiClient manager = ApiClient.loggedIn("manager");
        String name = "测试监督员" + (System.nanoTime() % 100000);
        long id = manager.post("/api/supervisors", Map.of("name", name, "affiliation", "用户代表", "kind", "CUSTOMER",
                "termStart", LocalDate.now().toString())).json().get("id").asLong();
        JsonNode roster = manager.get("/api/supervisors").json();
        JsonNode entry = null;
        for (JsonNode s : roster) if (s.get("id").asLong() == id) entry = s;
        assertEquals(LocalDate.now().plusYears(3).toString(), entry.get("termEnd").asText(), "default term 3 years");
        String code = manager.post("/api/supervisors/" + id + "/invitation", Map.of()).json().get("code").asText();
        String username = "sup" + System.nanoTime() % 1_000_000;
        assertEquals(400, ApiClient.anonymous().post("/api/supervisors/invitations/acceptance",
                Map.of("code", "wrong", "username", username, "password", "Supervise@2026!")).status());
        ApiClient.Response accepted = ApiClient.anonymous().post("/api/supervisors/invitations/acceptance",
                Map.of("code", code, "username", username, "password", "Supervise@2026!x"));
        assertEquals(200, accepted.status(), accepted.toString());
        assertEquals(400, ApiClient.anonymous().post("/api/supervisors/invitations/acceptance",
                Map.of("code", code, "username", username + "b", "password", "Supervise@2026!x")).status(), "used once");
        ApiClient fresh = ApiClient.loggedIn(username, "Supervise@2026!x");
        assertEquals(name, fresh.get("/api/portal/me").json().get("name").asText());
        manager.post("/api/supervisors/" + id + "/deactivation", Map.of());
        assertEquals(401, ApiClient.anonymous().post("/api/auth/login",
                Map.of("username", username, "password", "Supervise@2026!x")).status(), "a deactivated supervisor cannot log in");
    }

    @Test
    void aSupervisorReachesNothingButThePortalAndOnlyTheirOwnReports() throws Exception {
        ApiClient supervisor = ApiClient.loggedIn("supervisor");
        long own = draftHallReport(supervisor);
        long other;
        try (Connection c = CalibrationIT.db(); PreparedStatement s = c.prepareStatement(
                "insert into qw.supervisor (name, kind, term_start, term_end, status) values ('别人', 'OTHER', "
                        + "current_date, current_date + 365, 'ACTIVE') returning id")) {
            var rs = s.executeQuery();
            rs.next();
            long otherSupervisor = rs.getLong(1);
            try (PreparedStatement r = c.prepareStatement("insert into qw.supervisor_report (supervisor_id, template_id, "
                    + "visit_type, status, place) select ?, id, visit_type, 'SUBMITTED', '别人的报告' from qw.report_template "
                    + "where status = 'PUBLISHED' limit 1 returning id")) {
                r.setLong(1, otherSupervisor);
                var rr = r.executeQuery();
                rr.next();
                other = rr.getLong(1);
            }
        }
        assertEquals(404, supervisor.get("/api/portal/reports/" + other).status(), "another supervisor's report is not found");
        assertEquals(404, supervisor.put("/api/portal/reports/" + other, Map.of("place", "x")).status());
        assertEquals(404, supervisor.get("/api/portal/reports/" + other + "/attachments").status());
        assertEquals(404, supervisor.post("/api/portal/reports/" + other + "/rating", Map.of("rating", "SATISFIED")).status());
        assertFalse(supervisor.get("/api/portal/reports").body().contains("别人的报告"));
        assertEquals(200, supervisor.get("/api/portal/reports/" + own).status());

        // every GET endpoint of the API, ids guessed as 1: only the portal, the session and their notifications answer
        JsonNode paths = ApiClient.anonymous().get("/openapi?format=JSON").json().get("paths");
        Set<String> allowedPrefixes = Set.of("/api/portal", "/api/auth", "/api/notifications", "/api/health");
        List<String> leaks = new ArrayList<>();
        int checked = 0;
        for (Iterator<String> it = paths.fieldNames(); it.hasNext(); ) {
            String path = it.next();
            if (!paths.get(path).has("get") || allowedPrefixes.stream().anyMatch(path::startsWith)
                    || path.startsWith("/api/simulators")) {
                continue;
            }
            String concrete = path.replaceAll("\\{[^}]+}", "1");
            int status = supervisor.get(concrete).status();
            checked++;
            if (status != 403 && status != 401) {
                leaks.add(concrete + " -> " + status);
            }
        }
        assertTrue(checked > 40, "the OpenAPI document lists the endpoints: " + checked);
        assertTrue(leaks.isEmpty(), "a public supervisor reached: " + leaks);
    }
}
