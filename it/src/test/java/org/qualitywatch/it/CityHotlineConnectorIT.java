package org.qualitywatch.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 12345 connector against the platform simulator: orders pulled once and acknowledged once; replies and
 * closures held while the platform is down, retried, and delivered exactly once when it is back.
 */
class CityHotlineConnectorIT {

    private static final String SIM = "/api/simulators/city-hotline";
    private static final String CONNECTOR = "/api/connectors/city-hotline";

    @AfterAll
    static void platformUp() {
        ApiClient.loggedIn("admin").post(SIM + "/down", Map.of("down", false));
    }

    private static String createOrder(ApiClient admin, String content, String urgency) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("id", "IT-" + System.nanoTime());
        order.put("receivedAt", "2026-11-03 10:15");
        order.put("callerName", "市民");
        order.put("callerPhone", "1390000" + (System.nanoTime() % 10000));
        order.put("requestType", "投诉");
        order.put("subject", "有线宽带");
        order.put("district", "铁西区");
        order.put("content", content);
        order.put("timeLimit", "15个工作日");
        order.put("urgency", urgency);
        ApiClient.Response created = admin.post(SIM + "/orders", order);
        assertEquals(201, created.status(), created.toString());
        return created.json().get("id").asText();
    }

    private static JsonNode complaint(ApiClient admin, String ref) {
        JsonNode page = admin.get("/api/complaints?source=CITY_12345&q=" + ref).json();
        assertEquals(1, page.get("total").asInt(), ref + " once: " + page);
        return admin.get("/api/complaints/" + page.at("/items/0/id").asLong()).json();
    }

    private static JsonNode platform(ApiClient admin, String id) {
        ApiClient.Response state = admin.get(SIM + "/orders/" + id);
        assertEquals(200, state.status(), state.toString());
        return state.json();
    }

    private static void act(ApiClient admin, long id, Map<String, Object> step) {
        ApiClient.Response done = admin.post("/api/complaints/" + id + "/actions", step);
        assertEquals(200, done.status(), done.toString());
    }

    @Test
    void ordersArePulledOnceAndRepliesAndClosuresReachThePlatformExactlyOnce() {
        ApiClient admin = ApiClient.loggedIn("admin");
        admin.post(SIM + "/down", Map.of("down", false));
        String first = createOrder(admin, "宽带每晚断线，报修无人处理。", "紧急");
        String second = createOrder(admin, "装机预约三天无人上门。", "一般");

        JsonNode poll = admin.post(CONNECTOR + "/poll", Map.of()).json();
        assertTrue(poll.at("/poll/enabled").asBoolean(), poll.toString());
        assertEquals("", poll.at("/poll/error").asText(""), poll.toString());
        admin.post(CONNECTOR + "/poll", Map.of());
        JsonNode c = complaint(admin, first);
        complaint(admin, second);
        assertEquals("URGENT", c.get("urgency").asText());
        assertEquals("BROADBAND", c.get("businessLine").asText());
        assertTrue(c.get("escalated").asBoolean());
        assertEquals(1, platform(admin, first).get("acks").asInt(), "acknowledged once, after two polls");
        assertEquals(1, platform(admin, second).get("acks").asInt());

        // the platform goes down; the handlers work the case meanwhile
        assertEquals(true, admin.post(SIM + "/down", Map.of("down", true)).json().get("down").asBoolean());
        long id = c.get("id").asLong();
        act(admin, id, Map.of("action", "ACKNOWLEDGE", "note", "已受理"));
        act(admin, id, Map.of("action", "ASSIGN", "department", "铁西维护站", "note", "上门检修"));
        act(admin, id, Map.of("action", "RESOLVE", "note", "更换分光器，已恢复"));
        act(admin, id, Map.of("action", "REPLY", "replyText", "已于当日上门更换设备，宽带恢复正常。", "signedBy", "张经理"));
        act(admin, id, Map.of("action", "CLOSE", "note", "市民满意", "satisfaction", "SATISFIED"));

        JsonNode flushed = admin.post(CONNECTOR + "/flush", Map.of()).json();
        assertEquals(0, flushed.get("sent").asInt(), flushed.toString());
        assertTrue(flushed.get("lastError").asText().contains("503"), flushed.toString());
        admin.post(CONNECTOR + "/flush", Map.of());
        JsonNode status = admin.get(CONNECTOR + "/status").json();
        assertTrue(status.get("pending").asInt() >= 2, status.toString());
        JsonNode down = platform(admin, first);
        assertEquals(0, down.get("replies").asInt(), down.toString());
        assertEquals(0, down.get("closes").asInt());

        // back up: exactly one reply and one closure, however often we flush
        admin.post(SIM + "/down", Map.of("down", false));
        admin.post(CONNECTOR + "/flush", Map.of());
        admin.post(CONNECTOR + "/flush", Map.of());
        JsonNode up = platform(admin, first);
        assertEquals(1, up.get("replies").asInt(), up.toString());
        assertEquals(1, up.get("closes").asInt(), up.toString());
        assertEquals(1, up.get("acks").asInt(), "the acknowledgement of the case is the order's one acknowledgement");
        JsonNode reply = null;
        for (JsonNode m : up.get("received")) {
            if (m.get("kind").asText().equals("REPLY")) {
                reply = m;
            }
        }
        assertEquals("已于当日上门更换设备，宽带恢复正常。", reply.at("/body/text").asText(), up.toString());
        assertEquals("张经理", reply.at("/body/signedBy").asText());
        assertTrue(reply.get("idempotencyKey").asText().startsWith("evt-"));
        assertEquals(0, admin.get(CONNECTOR + "/status").json().get("pending").asInt());
        assertEquals(1, platform(admin, second).get("acks").asInt());
    }

    @Test
    void thePlatformRefusesCallsWithoutItsTokenAndRepeatsTheFirstResultForAKeySentTwice() throws Exception {
        ApiClient admin = ApiClient.loggedIn("admin");
        String order = createOrder(admin, "重复回复测试。", "一般");
        ApiClient anonymous = ApiClient.anonymous();
        assertEquals(401, anonymous.get(SIM + "/orders").status());
        assertEquals(200, anonymous.getWithHeader(SIM + "/orders?limit=1", "X-Platform-Token", "demo-token").status());
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        int[] statuses = new int[2];
        String[] bodies = new String[2];
        for (int i = 0; i < 2; i++) {
            var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(TestEnvironment.baseUrl()
                            + SIM + "/orders/" + order + "/replies")).header("X-Platform-Token", "demo-token")
                    .header("Idempotency-Key", "it-key-" + order).header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"text\":\"回复\"}")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            statuses[i] = response.statusCode();
            bodies[i] = response.body();
        }
        assertEquals(201, statuses[0], bodies[0]);
        assertEquals(200, statuses[1], bodies[1]);
        assertEquals(ApiClient.JSON.readTree(bodies[0]).get("messageId"), ApiClient.JSON.readTree(bodies[1]).get("messageId"));
        assertEquals(1, platform(admin, order).get("replies").asInt());
        assertEquals(403, ApiClient.loggedIn("manager").post(SIM + "/down", Map.of("down", true)).status());
        assertEquals(403, ApiClient.loggedIn("manager").post(CONNECTOR + "/flush", Map.of()).status());
    }
}
