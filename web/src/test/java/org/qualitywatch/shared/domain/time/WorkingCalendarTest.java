package org.qualitywatch.shared.domain.time;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkingCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime SIX_PM = LocalTime.of(18, 0);

    private final WorkingCalendar cn = WorkingCalendar.china2026();
    private final WorkingCalendar plain = WorkingCalendar.weekdaysOnly(SHANGHAI);

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void weekendsAreNotWorkingDays() {
        assertTrue(plain.isWorkingDay(date("2026-03-13")));   // Friday
        assertFalse(plain.isWorkingDay(date("2026-03-14")));  // Saturday
        assertFalse(plain.isWorkingDay(date("2026-03-15")));  // Sunday
        assertTrue(plain.isWorkingDay(date("2026-03-16")));   // Monday
        assertEquals(date("2026-03-16"), plain.nextWorkingDay(date("2026-03-13")));
    }

    @Test
    void acceptedFridayAfternoonWithThreeWorkingDaysIsDueAtTheEndOfWednesday() {
        Instant due = plain.plusWorkingDays(at("2026-03-13T16:00"), 3);
        assertEquals(at("2026-03-19T00:00"), due);               // Thursday 00:00 = end of Wednesday
        assertEquals(Instant.parse("2026-03-18T16:00:00Z"), due);
        assertEquals(due, cn.plusWorkingDays(at("2026-03-13T16:00"), 3));
    }

    @Test
    void acceptedLateOnFridayOrAtTheWeekendCountsFromMonday() {
        Instant expected = at("2026-03-19T00:00");
        assertEquals(expected, plain.plusWorkingDays(at("2026-03-13T23:59:59"), 3));
        assertEquals(expected, plain.plusWorkingDays(at("2026-03-14T08:00"), 3));
        assertEquals(expected, plain.plusWorkingDays(at("2026-03-15T23:00"), 3));
        // just after midnight Monday morning is Monday's acceptance: Monday does not count
        assertEquals(at("2026-03-20T00:00"), plain.plusWorkingDays(at("2026-03-16T00:00"), 3));
    }

    @Test
    void nationalDayWeekIsSkippedAndTheMakeUpSaturdayCounts() {
        for (int day = 1; day <= 7; day++) {
            assertFalse(cn.isWorkingDay(LocalDate.of(2026, 10, day)), "October " + day);
            assertTrue(cn.isHoliday(LocalDate.of(2026, 10, day)));
        }
        assertTrue(cn.isWorkingDay(date("2026-10-08")));
        assertTrue(cn.isWorkingDay(date("2026-10-10")));          // Saturday, make-up day
        assertTrue(cn.isMakeUpWorkingDay(date("2026-10-10")));
        assertFalse(cn.isWorkingDay(date("2026-10-11")));         // Sunday
        assertTrue(cn.isWorkingDay(date("2026-09-20")));          // Sunday, make-up day

        // accepted Wednesday 30 September: Oct 8 = 1, Oct 9 = 2, Saturday Oct 10 = 3
        assertEquals(at("2026-10-11T00:00"), cn.plusWorkingDays(at("2026-09-30T10:00"), 3));
        // 15 working days from Monday 28 September end on Friday 23 October
        assertEquals(at("2026-10-24T00:00"), cn.plusWorkingDays(at("2026-09-28T10:00"), 15));
    }

    @Test
    void makeUpSaturdayBeforeSpringFestivalIsAWorkingDay() {
        assertTrue(cn.isWorkingDay(date("2026-02-14")));          // Saturday
        assertEquals(DayOfWeek.SATURDAY, date("2026-02-14").getDayOfWeek());
        assertEquals(at("2026-02-15T00:00"), cn.plusWorkingDays(at("2026-02-13T17:30"), 1));
        // then nine days of Spring Festival: day 2 is Tuesday 24 February
        assertEquals(at("2026-02-25T00:00"), cn.plusWorkingDays(at("2026-02-13T17:30"), 2));
        // accepted on the make-up Saturday itself: that day does not count
        assertEquals(at("2026-02-25T00:00"), cn.plusWorkingDays(at("2026-02-14T11:00"), 1));
    }

    @Test
    void acceptedOnAHolidayCountsFromTheNextWorkingDay() {
        // 3 October (holiday): day 1 = Thursday 8 October
        assertEquals(at("2026-10-09T00:00"), cn.plusWorkingDays(at("2026-10-03T09:00"), 1));
        // Oct 8, 9, 10 (make-up Saturday), 12, 13
        assertEquals(at("2026-10-14T00:00"), cn.plusWorkingDays(at("2026-10-03T09:00"), 5));
        assertEquals(date("2026-10-13"), cn.plusWorkingDays(date("2026-10-03"), 5));
    }

    @Test
    void zeroWorkingDaysIsTheEndOfTheSameWorkingDay() {
        assertEquals(at("2026-03-14T00:00"), plain.plusWorkingDays(at("2026-03-13T10:00"), 0));
        assertEquals(at("2026-03-17T00:00"), plain.plusWorkingDays(at("2026-03-14T10:00"), 0));
        assertEquals(at("2026-10-09T00:00"), cn.plusWorkingDays(at("2026-10-03T10:00"), 0));
        assertThrows(IllegalArgumentException.class, () -> cn.plusWorkingDays(at("2026-10-03T10:00"), -1));
    }

    @Test
    void chinaTwentyTwentySixHasTheStateCouncilDays() {
        assertEquals(33, cn.holidays().size());
        assertEquals(Set.of(date("2026-01-04"), date("2026-02-14"), date("2026-02-28"), date("2026-05-09"),
                date("2026-09-20"), date("2026-10-10")), cn.makeUpWorkingDays());
        for (String d : new String[] {"2026-01-01", "2026-02-16", "2026-02-23", "2026-04-06", "2026-05-05",
                "2026-06-19", "2026-09-25", "2026-10-07"}) {
            assertFalse(cn.isWorkingDay(date(d)), d);
        }
        // 365 days - 104 weekend days - 13 statutory holidays = 248 working days
        assertEquals(248, cn.workingDaysBetween(date("2025-12-31"), date("2026-12-31")));
        assertEquals(SHANGHAI, cn.zone());
        assertEquals(cn, Calendars.china2026());
    }

    @Test
    void workingDaysBetweenCountsDaysAfterTheFirstUpToTheSecond() {
        assertEquals(3, plain.workingDaysBetween(at("2026-03-13T16:00"), at("2026-03-18T10:00")));
        assertEquals(-3, plain.workingDaysBetween(at("2026-03-18T10:00"), at("2026-03-13T16:00")));
        assertEquals(0, plain.workingDaysBetween(at("2026-03-13T08:00"), at("2026-03-15T23:00")));
        // Oct 8, 9, 10, 12
        assertEquals(4, cn.workingDaysBetween(at("2026-09-30T10:00"), at("2026-10-12T10:00")));
    }

    @Test
    void workingDaysBetweenInvertsPlusWorkingDays() {
        for (Instant start = at("2025-12-20T00:00"); start.isBefore(at("2027-01-05T00:00"));
             start = start.plus(Duration.ofMinutes(7 * 60 + 13))) {
            for (int n = 1; n <= 12; n++) {
                Instant due = cn.plusWorkingDays(start, n);
                LocalDate lastDay = cn.dateOf(due.minusNanos(1));
                assertEquals(LocalTime.MIDNIGHT, due.atZone(SHANGHAI).toLocalTime());
                assertTrue(cn.isWorkingDay(lastDay), start + " + " + n);
                assertEquals(n, cn.workingDaysBetween(start, due.minusNanos(1)), start + " + " + n);
            }
        }
    }

    @Test
    void workingHoursRunOnlyInOfficeHoursOnWorkingDays() {
        // Friday 17:00 + 2 h: 1 h on Friday, 1 h on Monday
        assertEquals(at("2026-03-16T10:00"), plain.plusWorkingHours(at("2026-03-13T17:00"), Duration.ofHours(2), NINE, SIX_PM));
        // Saturday: waits for Monday's opening
        assertEquals(at("2026-03-16T10:00"), plain.plusWorkingHours(at("2026-03-14T12:00"), Duration.ofHours(1), NINE, SIX_PM));
        // at night and early in the morning
        assertEquals(at("2026-03-13T10:00"), plain.plusWorkingHours(at("2026-03-12T20:00"), Duration.ofHours(1), NINE, SIX_PM));
        assertEquals(at("2026-03-12T10:30"), plain.plusWorkingHours(at("2026-03-12T07:00"), Duration.ofMinutes(90), NINE, SIX_PM));
        // running out exactly at closing time stays on that day
        assertEquals(at("2026-03-12T18:00"), plain.plusWorkingHours(at("2026-03-12T17:00"), Duration.ofHours(1), NINE, SIX_PM));
        // a whole-day amount spanning nights: 4 h Thursday + 4 h Friday
        assertEquals(at("2026-03-13T13:00"), plain.plusWorkingHours(at("2026-03-12T14:00"), Duration.ofHours(8), NINE, SIX_PM));
        // 20 h = 2 full days + 2 h from Monday morning: Mon, Tue, Wed 11:00
        assertEquals(at("2026-03-18T11:00"), plain.plusWorkingHours(at("2026-03-14T12:00"), Duration.ofHours(20), NINE, SIX_PM));
        // across National Day into the first working day
        assertEquals(at("2026-10-08T10:00"), cn.plusWorkingHours(at("2026-09-30T17:00"), Duration.ofHours(2), NINE, SIX_PM));
        // make-up Saturday is a working day for the clock too
        assertEquals(at("2026-10-10T10:00"), cn.plusWorkingHours(at("2026-10-09T17:00"), Duration.ofHours(2), NINE, SIX_PM));
        // zero stays where it is, even at night
        assertEquals(at("2026-03-14T03:00"), plain.plusWorkingHours(at("2026-03-14T03:00"), Duration.ZERO, NINE, SIX_PM));
        // default office hours of the calendar (09:00–18:00) and changed ones
        assertEquals(at("2026-03-16T10:00"), plain.plusWorkingHours(at("2026-03-13T17:00"), Duration.ofHours(2)));
        WorkingCalendar early = plain.withOfficeHours(LocalTime.of(8, 30), LocalTime.of(17, 30));
        // 30 min on Friday until 17:30, 30 min on Monday from 08:30
        assertEquals(at("2026-03-16T09:00"), early.plusWorkingHours(at("2026-03-13T17:00"), Duration.ofHours(1)));
    }

    @Test
    void workingHoursRefuseBadInput() {
        assertThrows(IllegalArgumentException.class,
                () -> plain.plusWorkingHours(at("2026-03-13T17:00"), Duration.ofHours(1), SIX_PM, NINE));
        assertThrows(IllegalArgumentException.class,
                () -> plain.plusWorkingHours(at("2026-03-13T17:00"), Duration.ofHours(-1), NINE, SIX_PM));
    }

    @Test
    void shanghaiHasNoDaylightSavingSoEveryDeadlineIsSixteenHundredUtc() {
        assertNull(SHANGHAI.getRules().nextTransition(at("2000-01-01T00:00")));
        for (Instant start = at("2026-01-01T10:00"); start.isBefore(at("2027-01-01T00:00"));
             start = start.plus(Duration.ofDays(5))) {
            Instant due = cn.plusWorkingDays(start, 2);
            assertEquals(16, due.atZone(ZoneId.of("UTC")).getHour(), start.toString());
        }
    }

    @Test
    void inAZoneWithDaylightSavingDeadlinesStillEndAtLocalMidnight() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        WorkingCalendar de = WorkingCalendar.weekdaysOnly(berlin);
        // Friday 27 March 2026, clocks go forward on Sunday 29 March
        Instant start = ZonedDateTime.of(2026, 3, 27, 10, 0, 0, 0, berlin).toInstant();
        Instant due = de.plusWorkingDays(start, 1);
        assertEquals(ZonedDateTime.of(2026, 3, 31, 0, 0, 0, 0, berlin).toInstant(), due);
        assertEquals(Instant.parse("2026-03-30T22:00:00Z"), due);
        assertEquals(ZonedDateTime.of(2026, 3, 30, 10, 0, 0, 0, berlin).toInstant(),
                de.plusWorkingHours(start.plus(Duration.ofHours(7)), Duration.ofHours(2), NINE, SIX_PM));
    }

    @Test
    void aDateCannotBeBothHolidayAndMakeUpDay() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkingCalendar.builder().holiday(date("2026-10-10")).makeUpWorkingDay(date("2026-10-10")).build());
        assertTrue(e.getMessage().contains("2026-10-10"));
    }

    @Test
    void builderAddsYearsToAnExistingCalendar() {
        WorkingCalendar more = cn.toBuilder().holiday(date("2027-01-01")).build();
        assertFalse(more.isWorkingDay(date("2027-01-01")));
        assertFalse(more.isWorkingDay(date("2026-10-01")));
        assertTrue(cn.isWorkingDay(date("2027-01-01")));
        assertEquals(date("2026-01-01"), cn.holidays().iterator().next());
    }
}
