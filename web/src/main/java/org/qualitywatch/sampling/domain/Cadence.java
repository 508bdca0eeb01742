package org.qualitywatch.sampling.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/** How often a plan samples: a day, a week (Monday to Sunday) or a calendar month. */
public enum Cadence {
    DAILY, WEEKLY, MONTHLY;

    /** The period of this cadence that contains {@code day}, as local dates and instants in {@code zone}. */
    public PeriodWindow periodOf(LocalDate day, ZoneId zone) {
        LocalDate start = switch (this) {
            case DAILY -> day;
            case WEEKLY -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTHLY -> day.withDayOfMonth(1);
        };
        LocalDate end = switch (this) {
            case DAILY -> start.plusDays(1);
            case WEEKLY -> start.plusWeeks(1);
            case MONTHLY -> start.plusMonths(1);
        };
        return new PeriodWindow(start, end, start.atStartOfDay(zone).toInstant(), end.atStartOfDay(zone).toInstant());
    }
}
