package org.qualitywatch.shared.domain.time;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qualitywatch.shared.domain.time.WorkingCalendarTest.at;

class TimeLeftTest {

    private final WorkingCalendar cn = WorkingCalendar.china2026();

    @Test
    void minutesLeftRoundUpAndOverdueRoundsDown() {
        Instant due = at("2026-03-16T10:20");
        TimeLeft almost = TimeLeft.at(due, due.minusSeconds(30));
        assertFalse(almost.overdue());
        assertEquals(1, almost.minutesLeft());
        assertEquals(0, almost.minutesOverdue());

        TimeLeft atDue = TimeLeft.at(due, due);
        assertTrue(atDue.overdue());
        assertEquals(0, atDue.minutesLeft());
        assertEquals(0, atDue.minutesOverdue());

        TimeLeft late = TimeLeft.at(due, due.plusSeconds(90));
        assertTrue(late.overdue());
        assertEquals(1, late.minutesOverdue());
        assertEquals(Duration.ofSeconds(-90), late.remaining());
        assertTrue(late.workingDaysLeft().isEmpty());

        assertEquals(20, TimeLeft.at(due, at("2026-03-16T10:00")).minutesLeft());
    }

    @Test
    void workingDaysLeftAndOverdue() {
        Instant due = at("2026-03-19T00:00");   // end of Wednesday 18 March
        assertEquals(2, TimeLeft.at(due, at("2026-03-16T10:00"), cn).workingDaysLeft().getAsInt());
        assertEquals(0, TimeLeft.at(due, at("2026-03-18T23:59"), cn).workingDaysLeft().getAsInt());

        TimeLeft thursday = TimeLeft.at(due, at("2026-03-19T10:00"), cn);
        assertTrue(thursday.overdue());
        assertEquals(0, thursday.workingDaysLeft().getAsInt());
        assertEquals(1, thursday.workingDaysOverdue().getAsInt());
        assertEquals(600, thursday.minutesOverdue());
        assertEquals(2, TimeLeft.at(due, at("2026-03-21T10:00"), cn).workingDaysOverdue().getAsInt()); // Saturday
        assertEquals(3, TimeLeft.at(due, at("2026-03-23T10:00"), cn).workingDaysOverdue().getAsInt()); // Monday
    }

    @Test
    void holidaysDoNotCountAsWorkingDaysLeft() {
        Instant due = cn.plusWorkingDays(at("2026-09-30T10:00"), 2);   // end of Friday 9 October
        TimeLeft t = TimeLeft.at(due, at("2026-09-30T15:00"), cn);
        assertEquals(2, t.workingDaysLeft().getAsInt());
        assertTrue(t.minutesLeft() > 8 * 24 * 60);
        assertTrue(t.toString().contains("2 working days left"), t.toString());
    }
}
