package org.qualitywatch.workorder.domain;

import org.junit.jupiter.api.Test;
import org.qualitywatch.shared.domain.time.DeadlineSpec;
import org.qualitywatch.shared.domain.time.WorkingCalendar;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StageDeadlinesTest {

    private final StageDeadlines deadlines = StageDeadlines.defaults(WorkingCalendar.china2026(),
            DeadlineSpec.parse("20分钟"), DeadlineSpec.parse("24小时"), DeadlineSpec.parse("3个工作日"));

    private static WorkOrder order(WorkOrderType type, Instant accepted) {
        return WorkOrder.accept(new WorkOrder.Facts("callcenter", "N-" + type + accepted, WorkOrder.Channel.PHONE, null,
                "13900000000", "BROADBAND", type, "网络质量", "宽带", "断网", "铁西区", "断网", accepted, "1002", "王芳",
                List.of()), "1002");
    }

    @Test
    void aRepairRunsTheContactAndFixClocksFromDispatchAndAcceptance() {
        Instant accepted = Instant.parse("2026-11-02T01:00:00Z");
        WorkOrder repair = order(WorkOrderType.REPAIR, accepted);
        repair.perform(WorkOrderAction.DISPATCH, "x", "铁西维护站", null, null, accepted.plusSeconds(300));
        var running = deadlines.of(repair, accepted.plusSeconds(600));
        assertEquals(2, running.size());
        assertEquals(accepted.plusSeconds(300 + 20 * 60), running.get(0).dueAt(), "contact within 20 minutes of dispatch");
        assertEquals(accepted.plusSeconds(24 * 3600), running.get(1).dueAt(), "fixed within 24 hours of acceptance");
        assertEquals(StageDeadlines.Stage.CONTACT, deadlines.next(repair, accepted).orElseThrow().stage());

        repair.perform(WorkOrderAction.CONTACT, "x", null, null, null, accepted.plusSeconds(2400));
        var contact = deadlines.of(repair, accepted.plusSeconds(3000)).get(0);
        assertTrue(contact.overdue(), "contacted after 35 minutes: the contact clock was overrun");
        assertEquals(-15, contact.minutesLeft());
        assertEquals(StageDeadlines.Stage.FIX, deadlines.next(repair, accepted).orElseThrow().stage());
    }

    @Test
    void departmentsReportBackWithinThreeWorkingDaysAcrossTheNationalDayHolidays() {
        // dispatched on Wednesday 30 September 2026; 1-7 October are holidays, 10 October a make-up working day
        Instant dispatched = Instant.parse("2026-09-30T02:00:00Z");
        WorkOrder complaint = order(WorkOrderType.COMPLAINT, dispatched);
        complaint.perform(WorkOrderAction.DISPATCH, "x", "计费中心", null, null, dispatched);
        var reportBack = deadlines.next(complaint, dispatched).orElseThrow();
        assertEquals(StageDeadlines.Stage.REPORT_BACK, reportBack.stage());
        // working days after 30 Sep: 8 Oct (Thu), 9 Oct (Fri), 10 Oct (make-up Sat) -> due at the end of 10 October
        assertEquals(Instant.parse("2026-10-10T16:00:00Z"), reportBack.dueAt());
        assertFalse(deadlines.of(complaint, Instant.parse("2026-10-09T08:00:00Z")).get(0).overdue());
    }

    @Test
    void aRepairResolvedOnTheCallStopsItsFixClock() {
        Instant accepted = Instant.parse("2026-11-02T01:00:00Z");
        WorkOrder repair = order(WorkOrderType.REPAIR, accepted);
        repair.perform(WorkOrderAction.PRE_PROCESS, "x", null, null, null, accepted.plusSeconds(240));
        assertTrue(deadlines.next(repair, accepted.plusSeconds(7 * 86400)).isEmpty());
        assertFalse(deadlines.of(repair, accepted.plusSeconds(7 * 86400)).get(0).overdue());
    }

    @Test
    void consultationsResolvedOnTheCallHaveNoClock() {
        WorkOrder consult = order(WorkOrderType.CONSULT, Instant.parse("2026-11-02T01:00:00Z"));
        consult.perform(WorkOrderAction.PRE_PROCESS, "x", null, null, null, Instant.parse("2026-11-02T01:05:00Z"));
        assertTrue(deadlines.of(consult, Instant.parse("2026-11-09T01:00:00Z")).isEmpty());
    }
}
