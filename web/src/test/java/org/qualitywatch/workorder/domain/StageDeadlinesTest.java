package org.qualitywatch.workorder.domain;

import org.junit.jupiter.api.Test;
import org.qualitywatch.shared.domain.time.DeadlineSpec;
import org.qualitywatch.workorder.domain.rules.DeadlineRule;
import org.qualitywatch.workorder.domain.rules.DeadlineRuleSet;
import org.qualitywatch.workorder.domain.rules.HolidayCalendar;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StageDeadlinesTest {

    private final StageDeadlines deadlines = new StageDeadlines(DeadlineRuleSet.defaults(),
            HolidayCalendar.defaults().toWorkingCalendar());

    private static WorkOrder order(WorkOrderType type, Instant accepted) {
        return order(type, accepted, "断网", "铁西区");
    }

    private static WorkOrder order(WorkOrderType type, Instant accepted, String category3, String district) {
        return WorkOrder.accept(new WorkOrder.Facts("callcenter", "N-" + type + accepted, WorkOrder.Channel.PHONE, null,
                "13900000000", "BROADBAND", type, "网络质量", "宽带", category3, district, "断网", accepted, "1002", "王芳",
                List.of()), "1002");
    }

    private static Instant fixDue(StageDeadlines deadlines, WorkOrder order, Instant now) {
        return deadlines.of(order, now).stream().filter(d -> d.stage() == StageDeadlines.Stage.FIX).findFirst()
                .orElseThrow().dueAt();
    }

    @Test
    void majorFaultsHave48HoursInTownAnd72HoursInRuralDistricts() {
        Instant accepted = Instant.parse("2026-11-02T01:00:00Z");
        assertEquals(accepted.plusSeconds(48 * 3600),
                fixDue(deadlines, order(WorkOrderType.REPAIR, accepted, "光缆中断", "铁西区"), accepted));
        assertEquals(accepted.plusSeconds(72 * 3600),
                fixDue(deadlines, order(WorkOrderType.REPAIR, accepted, "光缆中断", "新民市"), accepted));
        assertEquals(accepted.plusSeconds(24 * 3600),
                fixDue(deadlines, order(WorkOrderType.REPAIR, accepted, "断网", "新民市"), accepted),
                "an ordinary fault has 24 hours wherever it is");
    }

    @Test
    void installationsAndReconnectionsRunTheirOwnCalendarDayClocks() {
        Instant accepted = Instant.parse("2026-11-02T01:00:00Z"); // Monday 09:00 in Shanghai
        WorkOrder install = order(WorkOrderType.HELP, accepted, "新装", "铁西区");
        var installClock = deadlines.next(install, accepted).orElseThrow();
        assertEquals(StageDeadlines.Stage.INSTALL, installClock.stage());
        assertEquals(Instant.parse("2026-11-17T16:00:00Z"), installClock.dueAt(), "end of the 15th day after 2 November");
        WorkOrder reconnect = order(WorkOrderType.HELP, accepted, "复通", "铁西区");
        assertEquals(Instant.parse("2026-11-07T16:00:00Z"), deadlines.next(reconnect, accepted).orElseThrow().dueAt());
    }

    @Test
    void anEditedRuleSetAndCalendarChangeTheClocks() {
        DeadlineRuleSet edited = new DeadlineRuleSet(List.of(
                new DeadlineRule("联系", StageDeadlines.Stage.CONTACT, List.of(), List.of(WorkOrderType.REPAIR), List.of(), null, null,
                        DeadlineSpec.parse("30分钟")),
                new DeadlineRule("宽带联系", StageDeadlines.Stage.CONTACT, List.of("broadband"), List.of(WorkOrderType.REPAIR), List.of(),
                        null, null, DeadlineSpec.parse("15分钟")),
                new DeadlineRule("部门回复", StageDeadlines.Stage.REPORT_BACK, List.of(), List.of(WorkOrderType.COMPLAINT),
                        List.of(), null, null, DeadlineSpec.parse("1个工作日"))), List.of(), List.of());
        // Friday 4 December 2026 declared a holiday: one working day after Thursday 3 December is Monday 7 December
        HolidayCalendar calendar = new HolidayCalendar(List.of(
                new HolidayCalendar.Day(java.time.LocalDate.of(2026, 12, 4), HolidayCalendar.Kind.HOLIDAY, "测试")));
        StageDeadlines custom = new StageDeadlines(edited, calendar.toWorkingCalendar());
        Instant at = Instant.parse("2026-12-03T02:00:00Z");
        WorkOrder repair = order(WorkOrderType.REPAIR, at);
        repair.perform(WorkOrderAction.DISPATCH, "x", "铁西维护站", null, null, at);
        var contact = custom.next(repair, at).orElseThrow();
        assertEquals(at.plusSeconds(15 * 60), contact.dueAt(), "the more specific broadband rule wins");
        assertTrue(contact.rule().startsWith("宽带联系"));
        WorkOrder complaint = order(WorkOrderType.COMPLAINT, at);
        complaint.perform(WorkOrderAction.DISPATCH, "x", "计费中心", null, null, at);
        assertEquals(Instant.parse("2026-12-07T16:00:00Z"), custom.next(complaint, at).orElseThrow().dueAt());
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
