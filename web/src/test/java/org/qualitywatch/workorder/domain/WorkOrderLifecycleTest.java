package org.qualitywatch.workorder.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.qualitywatch.shared.domain.DomainException;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkOrderLifecycleTest {

    private final Instant t0 = Instant.parse("2026-10-21T02:25:00Z");

    static WorkOrder.Facts facts(String number) {
        return new WorkOrder.Facts("callcenter", number, WorkOrder.Channel.PHONE, null, "13818662011", "DIGITAL_TV",
                WorkOrderType.REPAIR, "网络质量", "数字电视", "马赛克/卡顿", "于洪区", "马赛克", Instant.parse("2026-10-21T02:25:00Z"),
                "1006", "杨帆", List.of("20261021102500-1006-923"));
    }

    @Test
    void theFullPathFromAcceptanceToArchiveRecordsEveryStage() {
        WorkOrder order = WorkOrder.accept(facts("GD1"), "1006");
        order.perform(WorkOrderAction.DISPATCH, "1006", "于洪维护站", null, null, t0.plusSeconds(300));
        order.perform(WorkOrderAction.CONTACT, "handler", null, null, null, t0.plusSeconds(900));
        order.perform(WorkOrderAction.RESOLVE, "handler", null, null, "换了机顶盒", t0.plusSeconds(86_000));
        order.perform(WorkOrderAction.CALL_BACK, "callback", null, null, null, t0.plusSeconds(90_000));
        order.perform(WorkOrderAction.ARCHIVE, "callback", null, null, null, t0.plusSeconds(91_000));
        assertEquals(WorkOrderStatus.ARCHIVED, order.status());
        assertEquals(List.of(WorkOrderEvent.Kind.ACCEPTED, WorkOrderEvent.Kind.DISPATCHED, WorkOrderEvent.Kind.CONTACTED,
                        WorkOrderEvent.Kind.RESOLVED, WorkOrderEvent.Kind.CALLED_BACK, WorkOrderEvent.Kind.ARCHIVED),
                order.events().stream().map(WorkOrderEvent::kind).toList());
        assertEquals("1006", order.firstReceiverAgentId(), "the first receiver stays whoever handles it");
    }

    @Test
    void transfersKeepFromToReasonAndTheFirstReceiver() {
        WorkOrder order = WorkOrder.accept(facts("GD2"), "1006");
        order.perform(WorkOrderAction.DISPATCH, "1006", "于洪维护站", null, null, t0);
        order.perform(WorkOrderAction.TRANSFER, "handler", "宽带运维中心", "不属于本站", null, t0.plusSeconds(60));
        WorkOrderEvent transfer = order.events().get(2);
        assertEquals(WorkOrderEvent.Kind.TRANSFERRED, transfer.kind());
        assertEquals("于洪维护站", transfer.fromDepartment());
        assertEquals("宽带运维中心", transfer.toDepartment());
        assertEquals("不属于本站", transfer.reason());
        assertEquals("宽带运维中心", order.department());
        assertEquals("1006", order.firstReceiverAgentId());
    }

    @Test
    void reopeningAfterADissatisfiedCallbackSendsItBackToADepartment() {
        WorkOrder order = WorkOrder.accept(facts("GD3"), "1006");
        order.perform(WorkOrderAction.DISPATCH, "1006", "于洪维护站", null, null, t0);
        order.perform(WorkOrderAction.CONTACT, "h", null, null, null, t0);
        order.perform(WorkOrderAction.RESOLVE, "h", null, null, null, t0);
        order.perform(WorkOrderAction.REOPEN, "callback", "于洪维护站", "用户不满意：仍有马赛克", null, t0.plusSeconds(10));
        assertEquals(WorkOrderStatus.DISPATCHED, order.status());
        assertNull(order.resolvedAt());
        assertEquals(WorkOrderEvent.Kind.REOPENED, order.events().get(order.events().size() - 1).kind());
    }

    @ParameterizedTest
    @EnumSource(WorkOrderAction.class)
    void everyActionIsAllowedOrRefusedExactlyAsTheTableSays(WorkOrderAction action) {
        for (WorkOrderStatus status : WorkOrderStatus.values()) {
            WorkOrder order = inStatus(status);
            if (action.allowedFrom(status)) {
                order.perform(action, "x", "大东维护站", "reason", null, t0.plusSeconds(5));
                assertEquals(action.leadsTo(status), order.status(), action + " from " + status);
            } else {
                DomainException refused = assertThrows(DomainException.class,
                        () -> order.perform(action, "x", "大东维护站", "reason", null, t0), action + " from " + status);
                assertEquals(DomainException.Kind.CONFLICT, refused.kind());
                assertTrue(refused.getMessage().contains("Allowed now"), refused.getMessage());
            }
        }
    }

    @Test
    void dispatchNeedsADepartmentAndTransferAReason() {
        WorkOrder order = WorkOrder.accept(facts("GD4"), "1006");
        assertEquals("department", assertThrows(DomainException.class,
                () -> order.perform(WorkOrderAction.DISPATCH, "x", " ", null, null, t0)).fieldErrors().get(0).field());
        order.perform(WorkOrderAction.DISPATCH, "x", "于洪维护站", null, null, t0);
        assertEquals("reason", assertThrows(DomainException.class,
                () -> order.perform(WorkOrderAction.TRANSFER, "x", "大东维护站", "", null, t0)).fieldErrors().get(0).field());
    }

    @Test
    void anExportRowBringsTheOrderForwardWithoutSkippingHistory() {
        WorkOrder order = WorkOrder.accept(facts("GD5"), "import");
        assertTrue(order.catchUp(new WorkOrder.SourceProgress(WorkOrderStatus.ARCHIVED, "于洪维护站",
                t0.plusSeconds(300), t0.plusSeconds(180_000)), "import", t0.plusSeconds(200_000)));
        assertEquals(WorkOrderStatus.ARCHIVED, order.status());
        assertEquals(List.of(WorkOrderEvent.Kind.ACCEPTED, WorkOrderEvent.Kind.DISPATCHED, WorkOrderEvent.Kind.RESOLVED,
                WorkOrderEvent.Kind.ARCHIVED), order.events().stream().map(WorkOrderEvent::kind).toList());
        assertTrue(!order.catchUp(new WorkOrder.SourceProgress(WorkOrderStatus.ARCHIVED, "于洪维护站",
                t0.plusSeconds(300), t0.plusSeconds(180_000)), "import", t0), "the same row again changes nothing");
    }

    /** An order brought to the given status by allowed actions. */
    private WorkOrder inStatus(WorkOrderStatus status) {
        WorkOrder order = WorkOrder.accept(facts("S-" + status), "1006");
        switch (status) {
            case ACCEPTED -> { }
            case PRE_PROCESSED -> order.perform(WorkOrderAction.PRE_PROCESS, "x", null, null, null, t0);
            default -> {
                order.perform(WorkOrderAction.DISPATCH, "x", "于洪维护站", null, null, t0);
                if (status == WorkOrderStatus.DISPATCHED) break;
                order.perform(WorkOrderAction.CONTACT, "x", null, null, null, t0);
                if (status == WorkOrderStatus.CONTACTED) break;
                order.perform(WorkOrderAction.RESOLVE, "x", null, null, null, t0);
                if (status == WorkOrderStatus.RESOLVED) break;
                if (status == WorkOrderStatus.CALLED_BACK) {
                    order.perform(WorkOrderAction.CALL_BACK, "x", null, null, null, t0);
                    break;
                }
                order.perform(WorkOrderAction.ARCHIVE, "x", null, null, null, t0);
            }
        }
        assertEquals(status, order.status());
        return order;
    }
}
