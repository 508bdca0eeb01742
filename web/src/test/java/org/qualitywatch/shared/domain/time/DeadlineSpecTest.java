package org.qualitywatch.shared.domain.time;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qualitywatch.shared.domain.time.DeadlineSpec.Unit.CALENDAR_DAYS;
import static org.qualitywatch.shared.domain.time.DeadlineSpec.Unit.HOURS;
import static org.qualitywatch.shared.domain.time.DeadlineSpec.Unit.MINUTES;
import static org.qualitywatch.shared.domain.time.DeadlineSpec.Unit.WORKING_DAYS;
import static org.qualitywatch.shared.domain.time.DeadlineSpec.Unit.WORKING_HOURS;
import static org.qualitywatch.shared.domain.time.WorkingCalendarTest.at;

class DeadlineSpecTest {

    private final WorkingCalendar cn = WorkingCalendar.china2026();

    @Test
    void parsesTheFormsOfTheBrief() {
        assertEquals(new DeadlineSpec(15, WORKING_DAYS), DeadlineSpec.parse("15个工作日"));
        assertEquals(new DeadlineSpec(2, WORKING_DAYS), DeadlineSpec.parse("2 working days"));
        assertEquals(new DeadlineSpec(24, HOURS), DeadlineSpec.parse("24h"));
        assertEquals(new DeadlineSpec(20, MINUTES), DeadlineSpec.parse("PT20M"));
        assertEquals(new DeadlineSpec(3, CALENDAR_DAYS), DeadlineSpec.parse("3天"));
        assertEquals(DeadlineSpec.sameDay(), DeadlineSpec.parse("当日"));
        assertEquals(DeadlineSpec.sameDay(), DeadlineSpec.parse("same day"));
        assertTrue(DeadlineSpec.parse("当天").isSameDay());
    }

    @Test
    void parsesOtherCommonSpellings() {
        assertEquals(DeadlineSpec.ofWorkingDays(15), DeadlineSpec.parse("十五个工作日"));
        assertEquals(DeadlineSpec.ofWorkingDays(3), DeadlineSpec.parse(" 3个工作日内 "));
        assertEquals(DeadlineSpec.ofWorkingDays(5), DeadlineSpec.parse("5 Business Days"));
        assertEquals(DeadlineSpec.ofWorkingDays(1), DeadlineSpec.parse("1wd"));
        assertEquals(DeadlineSpec.ofWorkingHours(8), DeadlineSpec.parse("8个工作小时"));
        assertEquals(DeadlineSpec.ofWorkingHours(4), DeadlineSpec.parse("4 working hours"));
        assertEquals(DeadlineSpec.ofHours(48), DeadlineSpec.parse("48小时以内"));
        assertEquals(DeadlineSpec.ofHours(8), DeadlineSpec.parse("８小时"));          // full-width digit
        assertEquals(DeadlineSpec.ofHours(72), DeadlineSpec.parse("72 hours"));
        assertEquals(DeadlineSpec.ofHours(2), DeadlineSpec.parse("两个小时"));
        assertEquals(DeadlineSpec.ofMinutes(20), DeadlineSpec.parse("20分钟"));
        assertEquals(DeadlineSpec.ofMinutes(30), DeadlineSpec.parse("30 min"));
        assertEquals(DeadlineSpec.ofMinutes(90), DeadlineSpec.parse("PT1H30M"));
        assertEquals(DeadlineSpec.ofHours(24), DeadlineSpec.parse("pt24h"));
        assertEquals(DeadlineSpec.ofCalendarDays(10), DeadlineSpec.parse("10 calendar days"));
        assertEquals(DeadlineSpec.ofCalendarDays(5), DeadlineSpec.parse("5d"));
        assertEquals(DeadlineSpec.ofCalendarDays(105), DeadlineSpec.parse("一百零五天"));
        assertEquals(DeadlineSpec.ofCalendarDays(0), DeadlineSpec.parse("0天"));
        assertFalse(DeadlineSpec.parse("0天").isSameDay());
    }

    @Test
    void canonicalTextsRoundTrip() {
        List<DeadlineSpec> specs = List.of(DeadlineSpec.ofMinutes(20), DeadlineSpec.ofMinutes(1), DeadlineSpec.ofHours(24),
                DeadlineSpec.ofCalendarDays(3), DeadlineSpec.ofCalendarDays(0), DeadlineSpec.ofWorkingDays(15),
                DeadlineSpec.ofWorkingDays(1), DeadlineSpec.sameDay(), DeadlineSpec.ofWorkingHours(8));
        for (DeadlineSpec s : specs) {
            assertEquals(s, DeadlineSpec.parse(s.toString()), s.toString());
            assertEquals(s, DeadlineSpec.parse(s.toEnglish()), s.toEnglish());
        }
        assertEquals("15个工作日", DeadlineSpec.parse("15 working days").toString());
        assertEquals("当日", DeadlineSpec.parse("same day").toString());
        assertEquals("20分钟", DeadlineSpec.parse("PT20M").toString());
        assertEquals("24小时", DeadlineSpec.parse("24h").toString());
        assertEquals("3天", DeadlineSpec.parse("3 days").toString());
        assertEquals("8个工作小时", DeadlineSpec.parse("8wh").toString());
        assertEquals("1 working day", DeadlineSpec.ofWorkingDays(1).toEnglish());
        assertEquals("3 calendar days", DeadlineSpec.ofCalendarDays(3).toEnglish());
    }

    @Test
    void refusesWhatItCannotReadAndNamesTheAcceptedForms() {
        for (String bad : new String[] {"soon", "3 weeks", "-3 days", "1.5h", "PT30S", "P1M", "天", "15个",
                "五五天", "working days"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DeadlineSpec.parse(bad), bad);
            assertTrue(e.getMessage().contains("15个工作日"), e.getMessage());
            assertTrue(e.getMessage().contains("PT20M"), e.getMessage());
            assertTrue(e.getMessage().contains("当日"), e.getMessage());
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DeadlineSpec.parse("1.5h")).getMessage()
                .contains("whole number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DeadlineSpec.parse("  ")).getMessage()
                .contains("required"));
        assertThrows(IllegalArgumentException.class, () -> DeadlineSpec.parse(null));
        assertThrows(IllegalArgumentException.class, () -> DeadlineSpec.parse("99999999 working days"));
        assertThrows(IllegalArgumentException.class, () -> DeadlineSpec.parse("-PT5M"));
        assertThrows(IllegalArgumentException.class, () -> new DeadlineSpec(-1, HOURS));
    }

    @Test
    void elapsedTimeUnitsIgnoreTheCalendar() {
        // accepted Saturday 10:00: 24 h later is Sunday 10:00, weekend or not
        assertEquals(at("2026-03-15T10:00"), DeadlineSpec.parse("24h").dueFrom(at("2026-03-14T10:00"), cn));
        assertEquals(at("2026-10-01T10:20"), DeadlineSpec.parse("PT20M").dueFrom(at("2026-10-01T10:00"), cn));
    }

    @Test
    void calendarDaysEndAtMidnightAfterTheNthDay() {
        // Monday 10:00 + 3天: Tue, Wed, Thu → Friday 00:00; holidays do not matter
        assertEquals(at("2026-03-20T00:00"), DeadlineSpec.parse("3天").dueFrom(at("2026-03-16T10:00"), cn));
        assertEquals(at("2026-10-04T00:00"), DeadlineSpec.parse("3天").dueFrom(at("2026-09-30T10:00"), cn));
        assertEquals(at("2026-10-04T00:00"), DeadlineSpec.parse("0天").dueFrom(at("2026-10-03T10:00"), cn));
    }

    @Test
    void workingUnitsUseTheCalendar() {
        assertEquals(at("2026-10-24T00:00"), DeadlineSpec.parse("15个工作日").dueFrom(at("2026-09-28T10:00"), cn));
        assertEquals(at("2026-10-09T00:00"), DeadlineSpec.parse("当日").dueFrom(at("2026-10-03T10:00"), cn));
        assertEquals(at("2026-03-14T00:00"), DeadlineSpec.parse("当日").dueFrom(at("2026-03-13T10:00"), cn));
        // Friday 14:00 + 8 office hours: 4 h Friday, 4 h Monday from 09:00
        assertEquals(at("2026-03-16T13:00"), DeadlineSpec.parse("8个工作小时").dueFrom(at("2026-03-13T14:00"), cn));
    }

    @Test
    void timeLeftHasWorkingDaysForWorkingDaySpecs() {
        TimeLeft t = DeadlineSpec.parse("3个工作日").timeLeft(at("2026-03-13T16:00"), at("2026-03-16T10:00"), cn);
        assertEquals(at("2026-03-19T00:00"), t.due());
        assertFalse(t.overdue());
        assertEquals(2, t.workingDaysLeft().getAsInt());
        assertEquals(Duration.between(at("2026-03-16T10:00"), at("2026-03-19T00:00")).toMinutes(), t.minutesLeft());
        assertTrue(DeadlineSpec.parse("24h").timeLeft(at("2026-03-13T16:00"), at("2026-03-16T10:00"), cn)
                .workingDaysLeft().isEmpty());
    }

    @Test
    void dueFromIsStableAcrossManyStarts() {
        DeadlineSpec spec = DeadlineSpec.parse("5个工作日");
        for (Instant s = at("2026-01-01T00:00"); s.isBefore(at("2026-12-20T00:00")); s = s.plus(Duration.ofHours(11))) {
            Instant due = spec.dueFrom(s, cn);
            assertTrue(due.isAfter(s));
            assertEquals(5, cn.workingDaysBetween(s, due.minusNanos(1)));
        }
    }
}
