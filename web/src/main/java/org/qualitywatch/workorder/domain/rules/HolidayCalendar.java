package org.qualitywatch.workorder.domain.rules;

import org.qualitywatch.shared.domain.time.Calendars;
import org.qualitywatch.shared.domain.time.WorkingCalendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The public holidays and make-up working days (调休上班) that working-day deadlines count with. The
 * State Council publishes each year's schedule in November of the year before, so supervision
 * enters next year's days here; weekends need no entry.
 */
public record HolidayCalendar(List<Day> days) {

    public enum Kind { HOLIDAY, WORKDAY }

    public record Day(LocalDate date, Kind kind, String name) {
        public Day {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(kind, "kind");
            name = name == null ? "" : name.strip();
        }
    }

    /** @throws IllegalArgumentException when a date is missing, has no kind, or appears twice */
    public HolidayCalendar {
        days = days == null ? List.of() : days;
        Map<LocalDate, Day> seen = new HashMap<>();
        for (int i = 0; i < days.size(); i++) {
            Day d = days.get(i);
            if (d == null || d.date() == null) {
                throw new IllegalArgumentException("Day " + (i + 1) + " of the holiday calendar has no date.");
            }
            Day before = seen.put(d.date(), d);
            if (before != null) {
                throw new IllegalArgumentException(d.date() + " appears twice in the holiday calendar (\""
                        + before.name() + "\" and \"" + d.name() + "\"); keep one.");
            }
        }
        days = days.stream().sorted(Comparator.comparing(Day::date)).toList();
    }

    public WorkingCalendar toWorkingCalendar() {
        WorkingCalendar.Builder builder = WorkingCalendar.builder().zone(WorkingCalendar.DEFAULT_ZONE);
        for (Day d : days) {
            if (d.kind() == Kind.HOLIDAY) {
                builder.holiday(d.date());
            } else {
                builder.makeUpWorkingDay(d.date());
            }
        }
        return builder.build();
    }

    /** The shipped days: the State Council's 2026 schedule (see {@link Calendars#china2026()}). */
    public static HolidayCalendar defaults() {
        WorkingCalendar china = Calendars.china2026();
        List<Day> days = new ArrayList<>();
        china.holidays().forEach(d -> days.add(new Day(d, Kind.HOLIDAY, festival(d))));
        china.makeUpWorkingDays().forEach(d -> days.add(new Day(d, Kind.WORKDAY, festival(d) + "调休上班")));
        return new HolidayCalendar(days);
    }

    private static String festival(LocalDate d) {
        MonthDay md = MonthDay.from(d);
        if (md.isBefore(MonthDay.of(1, 10))) return "元旦";
        if (md.isBefore(MonthDay.of(3, 1))) return "春节";
        if (md.isBefore(MonthDay.of(4, 30))) return "清明节";
        if (md.isBefore(MonthDay.of(5, 31))) return "劳动节";
        if (md.isBefore(MonthDay.of(6, 30))) return "端午节";
        if (md.isBefore(MonthDay.of(9, 28)) && !md.equals(MonthDay.of(9, 20))) return "中秋节";
        return "国庆节";
    }
}
