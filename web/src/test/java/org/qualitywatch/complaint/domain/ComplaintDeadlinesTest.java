package org.qualitywatch.complaint.domain;

import org.junit.jupiter.api.Test;
import org.qualitywatch.shared.domain.DomainException;
import org.qualitywatch.shared.domain.time.Calendars;
import org.qualitywatch.shared.domain.time.WorkingCalendar;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComplaintDeadlinesTest {

    private static final WorkingCalendar CHINA = Calendars.china2026();
    private static final ComplaintSourceRules RULES = ComplaintSourceRules.defaults();

    private static Complaint received(String source, Instant at, Complaint.Urgency urgency, Instant externalDue) {
        return Complaint.receive(new Complaint.Facts(source, "REF-" + at, at, "张先生", "13900001111", null,
                "BROADBAND", "收费争议", "宽带", "多收费", "铁西区", "多收了宽带费", urgency, externalDue, List.of(),
                List.of()), RULES.source(source).orElseThrow(), "test");
    }

    private static Instant due(Complaint c, ComplaintDeadlines.Stage stage) {
        return ComplaintDeadlines.of(c, RULES.source(c.source()).orElseThrow(), CHINA).stream()
                .filter(d -> d.stage() == stage).findFirst().orElseThrow().dueAt();
    }

    @Test
    void aCityHotlineCaseReceivedBeforeNationalDayIsDueAfterTheHolidays() {
        // Wednesday 30 September 2026, 10:00 in Shanghai; 1-7 October are holidays, 10 October is a working Saturday
        Complaint c = received("CITY_12345", Instant.parse("2026-09-30T02:00:00Z"), Complaint.Urgency.NORMAL, null);
        assertEquals(Instant.parse("2026-10-08T16:00:00Z"), due(c, ComplaintDeadlines.Stage.ACKNOWLEDGE),
                "1 working day: Thursday 8 October");
        assertEquals(Instant.parse("2026-10-09T16:00:00Z"), due(c, ComplaintDeadlines.Stage.RESPOND));
        // 15 working days after 30 Sep: 8, 9, 10 (make-up), 12-16, 19-23, 26, 27 October
        assertEquals(Instant.parse("2026-10-27T16:00:00Z"), due(c, ComplaintDeadlines.Stage.REPLY));
        assertTrue(c.escalated(), "a city-hotline complaint reached a body outside the company (越级)");
    }

    @Test
    void theCasesOwnDeadlineWinsWhenEarlierAndEmergenciesAreDueTheSameDay() {
        Instant at = Instant.parse("2026-11-20T01:00:00Z"); // Friday 09:00
        Complaint regulator = received("REGULATOR", at, Complaint.Urgency.NORMAL, Instant.parse("2026-11-23T16:00:00Z"));
        assertEquals(Instant.parse("2026-11-23T16:00:00Z"), due(regulator, ComplaintDeadlines.Stage.REPLY),
                "the regulator asked for a reply by Monday 23 November, before the 5-working-day rule");
        Complaint urgent = received("CITY_12345", at, Complaint.Urgency.EMERGENCY, null);
        assertEquals(Instant.parse("2026-11-20T16:00:00Z"), due(urgent, ComplaintDeadlines.Stage.REPLY), "当日");
        Complaint own = received("HOTLINE", at, Complaint.Urgency.NORMAL, null);
        assertFalse(own.escalated(), "the own hotline is not an outside body");
        assertEquals(at.plusSeconds(4 * 3600), due(own, ComplaintDeadlines.Stage.ACKNOWLEDGE), "4 elapsed hours");
    }

    @Test
    void theNextClockMovesAsStagesAreMetAndWarningsAreRaisedOnce() {
        Instant at = Instant.parse("2026-11-16T01:00:00Z"); // Monday
        Complaint c = received("RADIO", at, Complaint.Urgency.NORMAL, null);
        ComplaintSource radio = RULES.source("RADIO").orElseThrow();
        c.schedule(ComplaintDeadlines.of(c, radio, CHINA));
        assertEquals("ACKNOWLEDGE", c.nextDueStage());
        ComplaintDeadlines.Due ack = ComplaintDeadlines.next(ComplaintDeadlines.of(c, radio, CHINA)).orElseThrow();
        assertFalse(ack.nearAt(at.plusSeconds(3600), 0.75));
        assertTrue(ack.nearAt(Instant.parse("2026-11-17T13:00:00Z"), 0.75));
        assertTrue(ack.overdueAt(Instant.parse("2026-11-17T16:00:00Z")));
        assertTrue(c.warn(2, Instant.parse("2026-11-17T16:00:00Z")));
        assertFalse(c.warn(2, Instant.parse("2026-11-17T16:01:00Z")), "a level is raised once");
        c.perform(new Complaint.Step(ComplaintAction.ASSIGN, "线路问题", "网络运维中心", "李工", null, null, null, null),
                "staff", Instant.parse("2026-11-18T01:00:00Z"));
        c.schedule(ComplaintDeadlines.of(c, radio, CHINA));
        assertEquals("RESPOND", c.nextDueStage());
        assertEquals(0, c.warningLevel(), "a new stage starts without a warning");
    }

    @Test
    void theLifecycleRefusesStepsOutOfOrderAndAsksForWhatIsMissing() {
        Complaint c = received("HOTLINE", Instant.parse("2026-11-16T01:00:00Z"), Complaint.Urgency.NORMAL, null);
        DomainException early = assertThrows(DomainException.class, () -> c.perform(new Complaint.Step(
                ComplaintAction.REPLY, null, null, null, "已处理", "王经理", null, null), "staff", Instant.now()));
        assertEquals(DomainException.Kind.CONFLICT, early.kind());
        assertTrue(early.getMessage().contains("Allowed now"), early.getMessage());
        assertEquals(DomainException.Kind.INVALID, assertThrows(DomainException.class, () -> c.perform(
                new Complaint.Step(ComplaintAction.ASSIGN, null, " ", null, null, null, null, null), "staff",
                Instant.now())).kind());
        c.perform(new Complaint.Step(ComplaintAction.ASSIGN, null, "计费中心", null, null, null, null, null), "s", Instant.now());
        assertEquals(DomainException.Kind.INVALID, assertThrows(DomainException.class, () -> c.perform(
                new Complaint.Step(ComplaintAction.RESOLVE, "退费", null, null, null, null, null, new BigDecimal("-1")),
                "s", Instant.now())).kind());
        c.perform(new Complaint.Step(ComplaintAction.RESOLVE, "已退费", null, null, null, null, null, new BigDecimal("30.00")),
                "s", Instant.now());
        c.perform(new Complaint.Step(ComplaintAction.REPLY, null, null, null, "已退还多收费用", "王经理", null, null), "s",
                Instant.now());
        c.perform(new Complaint.Step(ComplaintAction.CLOSE, "结案", null, null, null, null,
                Complaint.Satisfaction.SATISFIED, null), "s", Instant.now());
        assertEquals(ComplaintStatus.CLOSED, c.status());
        assertEquals(new BigDecimal("30.00"), c.refundAmount());
        c.perform(new Complaint.Step(ComplaintAction.REOPEN, "用户再次来电", null, null, null, null, null, null), "s",
                Instant.now());
        assertEquals(ComplaintStatus.IN_PROGRESS, c.status());
    }
}
