package org.qualitywatch.workorder.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.qualitywatch.workorder.domain.WorkOrder;
import org.qualitywatch.workorder.domain.WorkOrderAction;
import org.qualitywatch.workorder.domain.WorkOrderType;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkOrderDocumentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static WorkOrder order() {
        return WorkOrder.accept(new WorkOrder.Facts("callcenter", "GD2026102100001", WorkOrder.Channel.PHONE, "C-88",
                "13818662011", "DIGITAL_TV", WorkOrderType.REPAIR, "网络质量", "数字电视", null, "于洪区", "马赛克卡顿",
                Instant.parse("2026-10-21T02:25:00Z"), "1006", "杨帆", List.of("call-1")), "1006");
    }

    @Test
    void theDocumentCarriesTheFacetsAndTheSearchableTextButNotThePhoneNumber() throws Exception {
        WorkOrder order = order();
        order.perform(WorkOrderAction.DISPATCH, "1006", "于洪维护站", null, null, Instant.parse("2026-10-21T02:30:00Z"));
        String json = WorkOrderDocuments.json(order, JSON, "k");
        JsonNode doc = JSON.readTree(json);
        assertEquals("DISPATCHED", doc.get("status").asText());
        assertEquals("REPAIR", doc.get("type").asText());
        assertEquals("网络质量", doc.get("category1").asText());
        assertTrue(doc.get("category3").isNull());
        assertEquals("于洪维护站", doc.get("department").asText());
        assertEquals("2026-10-21T02:25:00Z", doc.get("acceptedAt").asText());
        assertEquals("[\"call-1\"]", doc.get("callIds").toString());
        assertEquals("GD2026102100001 C-88 杨帆 马赛克卡顿", doc.get("searchText").asText());
        assertFalse(json.contains("13818662011"), "the number is personal data: only its keyed hash is indexed");
        assertEquals(64, doc.get("customerPhoneHash").asText().length());
    }

    @Test
    void aNewDueTimeIsANewVersionSoTheIndexTakesIt() {
        WorkOrder order = order();
        long before = order.version();
        Instant due = Instant.parse("2026-10-21T03:00:00Z");
        order.scheduleNext(Optional.of(new org.qualitywatch.workorder.domain.StageDeadlines.StageDeadline(
                org.qualitywatch.workorder.domain.StageDeadlines.Stage.CONTACT, null, due, null, false, 0)));
        assertEquals(before + 1, order.version());
        order.scheduleNext(Optional.of(new org.qualitywatch.workorder.domain.StageDeadlines.StageDeadline(
                org.qualitywatch.workorder.domain.StageDeadlines.Stage.CONTACT, null, due, null, false, 0)));
        assertEquals(before + 1, order.version(), "the same due time is no change");
    }
}
