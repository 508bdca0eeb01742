package org.qualitywatch.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Complaint batches: the 12345 GBK export and the regulator's appeals, idempotent re-import, row errors. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ComplaintImportIT {

    static JsonNode importFile(ApiClient client, String name, byte[] content, String preset) {
        return Imports.run(client, "/api/complaints/imports", name, content, preset);
    }

    private static JsonNode find(ApiClient client, String source, String ref) {
        JsonNode page = client.get("/api/complaints?source=" + source + "&q=" + ref).json();
        for (JsonNode item : page.get("items")) {
            if (item.get("externalRef").asText().equals(ref)) {
                return client.get("/api/complaints/" + item.get("id").asLong()).json();
            }
        }
        throw new AssertionError(ref + " not found: " + page);
    }

    @Test
    @Order(1)
    void theCityHotlineGbkBatchImportsAndReimportsUnchanged() throws Exception {
        ApiClient admin = ApiClient.loggedIn("admin");
        byte[] sample = Files.readAllBytes(TestEnvironment.samples().resolve("city-hotline-12345-batch.csv"));
        JsonNode first = importFile(admin, "city-hotline-12345-batch.csv", sample, "city12345");
        assertEquals(15, first.get("processed").asInt(), first.toString());
        assertEquals(0, first.get("failed").asInt(), first.toString());
        assertEquals(15, first.get("created").asInt() + first.get("updated").asInt() + first.get("unchanged").asInt());

        JsonNode again = importFile(admin, "city-hotline-12345-batch.csv", sample, "city12345");
        assertEquals(15, again.get("unchanged").asInt(), "the same file twice changes nothing: " + again);

        JsonNode c = find(admin, "CITY_12345", "12345-20261013-3226");
        assertEquals("2026-10-13T09:00:00Z", c.get("receivedAt").asText());
        assertEquals("2026-10-20T16:00:00Z", c.get("externalDue").asText(), "5个工作日 from 13 Oct: end of 20 Oct");
        assertEquals("DIGITAL_TV", c.get("businessLine").asText());
        assertEquals("求助", c.get("category").get(0).asText());
        assertTrue(c.get("escalated").asBoolean());
        JsonNode history = admin.get("/api/complaints/imports").json();
        assertTrue(history.size() >= 2 && history.get(0).get("errors").isEmpty(), history.toString());
    }

    @Test
    @Order(2)
    void theRegulatorBatchCarriesItsCategoryAndReplyDate() throws Exception {
        ApiClient manager = ApiClient.loggedIn("manager");
        byte[] sample = Files.readAllBytes(TestEnvironment.samples().resolve("regulator-appeals-batch.csv"));
        JsonNode job = importFile(manager, "regulator-appeals-batch.csv", sample, "regulator");
        assertEquals(8, job.get("processed").asInt(), job.toString());
        assertEquals(0, job.get("failed").asInt(), job.toString());
        JsonNode c = find(manager, "REGULATOR", "SS20261030382");
        assertEquals("收费争议", c.get("category").get(0).asText());
        assertEquals("2026-11-09T16:00:00Z", c.get("externalDue").asText(), "end of 2026-11-09 in Shanghai");
        assertEquals(8, importFile(manager, "again.csv", sample, "regulator").get("unchanged").asInt());
    }

    @Test
    @Order(3)
    void badRowsAreReportedWithRowNumberAndReasonAndNeverBlockGoodRows() {
        ApiClient admin = ApiClient.loggedIn("admin");
        String csv = "工单编号,来电时间,诉求人,联系电话,诉求类型,诉求对象,所在区域,诉求内容,承办单位,办理时限,紧急程度\n"
                + "CIT-OK-1,2026年11月02日 09:00,市民,13900000001,投诉,有线宽带,铁西区,断网,有线网络公司,15个工作日,一般\n"
                + ",2026年11月02日 09:00,市民,13900000002,投诉,有线宽带,铁西区,没有编号,有线网络公司,15个工作日,一般\n"
                + "CIT-BAD-2,2026-11-02 09:00,市民,13900000003,投诉,有线宽带,铁西区,日期错,有线网络公司,15个工作日,一般\n"
                + "CIT-BAD-3,2026年11月02日 09:00,市民,13900000004,投诉,有线宽带,铁西区,时限错,有线网络公司,半个月,一般\n";
        JsonNode job = importFile(admin, "bad.csv", csv.getBytes(Charset.forName("GBK")), "city12345");
        assertEquals(1, job.get("created").asInt(), job.toString());
        assertEquals(3, job.get("failed").asInt());
        JsonNode errors = job.get("errors");
        assertEquals("[3, 4, 5]", errors.findValues("row").toString(), errors.toString());
        assertTrue(errors.get(1).get("message").asText().contains("2026-11-02 09:00"), errors.toString());
        assertTrue(errors.get(2).get("value").asText().contains("半个月"), errors.toString());
        assertEquals(0, admin.get("/api/complaints?q=CIT-BAD-2").json().get("total").asInt(), "nothing half written");
    }

    @Test
    @Order(4)
    void aFileWithoutTheNeededColumnsIsRefusedBeforeAnythingIsWritten() {
        ApiClient admin = ApiClient.loggedIn("admin");
        int before = admin.get("/api/complaints/imports").json().size();
        ApiClient.Response refused = admin.uploadFile("/api/complaints/imports", "x.csv",
                "编号,时间\nA,B\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of("preset", "regulator"));
        assertEquals(400, refused.status(), refused.toString());
        assertTrue(refused.json().get("detail").asText().contains("申诉编号"), refused.body());
        assertEquals(before, admin.get("/api/complaints/imports").json().size(), "no job was recorded");
        ApiClient.Response unknown = admin.uploadFile("/api/complaints/imports", "x.csv",
                "编号\nA\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of("preset", "nope"));
        assertEquals(400, unknown.status(), unknown.toString());
        assertEquals(403, ApiClient.loggedIn("monitor").uploadFile("/api/complaints/imports", "x.csv",
                new byte[]{1}, Map.of()).status());
    }
}
