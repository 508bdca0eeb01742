package org.qualitywatch.shared.domain.time;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which dates are working days (工作日), in one time zone, and deadline arithmetic on them. Immutable and
 * thread-safe.
 *
 * <h2>Working day</h2>
 * A date is a working day when it is an official make-up working day (调休上班, e.g. a Saturday before Spring
 * Festival), or else when it is Monday to Friday and not a public holiday. Make-up days win over the weekend;
 * a date may not be both a holiday and a make-up day. Dates outside the years for which holiday data was
 * loaded are plain Monday-to-Friday weeks.
 *
 * <h2>Day-based deadlines</h2>
 * <ul>
 *   <li>The start instant is mapped to its local date in {@link #zone()}; that date (the acceptance day) never
 *       counts, whatever the time of day and whether or not it is a working day. Day 1 is the first working
 *       day strictly after it. So a request accepted on Friday 16:00 with 3 working days is due at the end of
 *       Wednesday (Mon = 1, Tue = 2, Wed = 3); one accepted on Saturday, or on a holiday, counts from the next
 *       working day as day 1 (accepted 3 October 2026 during National Day: day 1 = Thursday 8 October).</li>
 *   <li>The deadline is the <em>end</em> of day N, represented as the exclusive instant where the next local
 *       day starts (local 00:00 of day N+1). Work done strictly before it is on time. This avoids the
 *       23:59:59.999 fudge and keeps durations exact.</li>
 *   <li>0 working days ("当日", same day) is the end of the start date if it is a working day, else the end of
 *       the next working day.</li>
 * </ul>
 *
 * <h2>Office hours</h2>
 * Working-hour clocks run only between a day start and a day end (e.g. 09:00–18:00, same day, no lunch break)
 * on working days; see {@link #plusWorkingHours(Instant, Duration, LocalTime, LocalTime)}. The calendar carries
 * default office hours ({@link #officeStart()}–{@link #officeEnd()}) used by {@link DeadlineSpec}.
 */
public final class WorkingCalendar {

    /** The zone used when none is given: China has one zone and no daylight-saving time. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");
    public static final LocalTime DEFAULT_OFFICE_START = LocalTime.of(9, 0);
    public static final LocalTime DEFAULT_OFFICE_END = LocalTime.of(18, 0);

    private final ZoneId zone;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkingDays;
    private final LocalTime officeStart;
    private final LocalTime officeEnd;

    private WorkingCalendar(ZoneId zone, Collection<LocalDate> holidays, Collection<LocalDate> makeUpWorkingDays,
                            LocalTime officeStart, LocalTime officeEnd) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.holidays = Collections.unmodifiableSortedSet(new TreeSet<>(Objects.requireNonNull(holidays, "holidays")));
        this.makeUpWorkingDays = Collections.unmodifiableSortedSet(
                new TreeSet<>(Objects.requireNonNull(makeUpWorkingDays, "makeUpWorkingDays")));
        checkHours(officeStart, officeEnd);
        this.officeStart = officeStart;
        this.officeEnd = officeEnd;
        for (LocalDate d : this.holidays) {
            if (this.makeUpWorkingDays.contains(d)) {
                throw new IllegalArgumentException(d + " is listed both as a holiday and as a make-up working day");
            }
        }
    }

    /** A calendar in {@code zone} with the given holidays and make-up working days, default office hours. */
    public static WorkingCalendar of(ZoneId zone, Set<LocalDate> holidays, Set<LocalDate> makeUpWorkingDays) {
        return new WorkingCalendar(zone, holidays, makeUpWorkingDays, DEFAULT_OFFICE_START, DEFAULT_OFFICE_END);
    }

    /** A calendar in {@link #DEFAULT_ZONE} (Asia/Shanghai). */
    public static WorkingCalendar of(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkingDays) {
        return of(DEFAULT_ZONE, holidays, makeUpWorkingDays);
    }

    /** Monday to Friday, no holidays: for tests and for zones without holiday data. */
    public static WorkingCalendar weekdaysOnly(ZoneId zone) {
        return of(zone, Set.of(), Set.of());
    }

    /** The 2026 calendar of mainland China; see {@link Calendars#china2026()}. */
    public static WorkingCalendar china2026() {
        return Calendars.china2026();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this calendar's data, to add years or change office hours. */
    public Builder toBuilder() {
        Builder b = new Builder().zone(zone).officeHours(officeStart, officeEnd);
        b.holidays.addAll(holidays);
        b.makeUpWorkingDays.addAll(makeUpWorkingDays);
        return b;
    }

    /** The same calendar with other default office hours (start before end, same day). */
    public WorkingCalendar withOfficeHours(LocalTime start, LocalTime end) {
        return new WorkingCalendar(zone, holidays, makeUpWorkingDays, start, end);
    }

    public ZoneId zone() {
        return zone;
    }

    /** Public holidays, sorted (放假 dates that would otherwise be working days, plus any weekend dates listed). */
    public Set<LocalDate> holidays() {
        return holidays;
    }

    /** Official make-up working days (调休上班), sorted, usually Saturdays or Sundays. */
    public Set<LocalDate> makeUpWorkingDays() {
        return makeUpWorkingDays;
    }

    public LocalTime officeStart() {
        return officeStart;
    }

    public LocalTime officeEnd() {
        return officeEnd;
    }

    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (makeUpWorkingDays.contains(date)) {
            return true;
        }
        if (holidays.contains(date)) {
            return false;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    public boolean isHoliday(LocalDate date) {
        return holidays.contains(date);
    }

    public boolean isMakeUpWorkingDay(LocalDate date) {
        return makeUpWorkingDays.contains(date);
    }

    /** The local date of {@code instant} in this calendar's zone. */
    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** The first instant of {@code date} in this calendar's zone. */
    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }

    /** The exclusive end of {@code date}: the first instant of the following day. */
    public Instant endOf(LocalDate date) {
        return startOf(date.plusDays(1));
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate d = date.plusDays(1);
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * The Nth working day after {@code date} ({@code date} itself never counts). For {@code days == 0}:
     * {@code date} if it is a working day, else the next working day.
     */
    public LocalDate plusWorkingDays(LocalDate date, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must be 0 or more, was " + days);
        }
        if (days == 0) {
            return isWorkingDay(date) ? date : nextWorkingDay(date);
        }
        LocalDate d = date;
        for (int i = 0; i < days; i++) {
            d = nextWorkingDay(d);
        }
        return d;
    }

    /**
     * The deadline {@code days} working days after {@code start}: the exclusive end (next local midnight) of
     * the Nth working day after the start date; see the class comment. Friday 16:00 + 3 → Thursday 00:00
     * (end of Wednesday).
     */
    public Instant plusWorkingDays(Instant start, int days) {
        return endOf(plusWorkingDays(dateOf(start), days));
    }

    /**
     * Adds {@code amount} of working time, where the clock runs only from {@code dayStart} to {@code dayEnd}
     * (local, same day) on working days. A start before the day start, after the day end or on a non-working
     * day waits for the next opening. When the amount runs out exactly at a day end, that day end is returned
     * (not the next opening). A zero amount returns {@code start} unchanged.
     *
     * <p>Example, 09:00–18:00: Friday 17:00 + 2 h → Monday 10:00; Saturday 12:00 + 1 h → Monday 10:00.
     */
    public Instant plusWorkingHours(Instant start, Duration amount, LocalTime dayStart, LocalTime dayEnd) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(amount, "amount");
        checkHours(dayStart, dayEnd);
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative, was " + amount);
        }
        if (amount.isZero()) {
            return start;
        }
        Duration remaining = amount;
        LocalDate date = dateOf(start);
        Instant cursor = start;
        while (true) {
            if (isWorkingDay(date)) {
                Instant open = ZonedDateTime.of(date, dayStart, zone).toInstant();
                Instant close = ZonedDateTime.of(date, dayEnd, zone).toInstant();
                Instant from = cursor.isAfter(open) ? cursor : open;
                if (from.isBefore(close)) {
                    Duration available = Duration.between(from, close);
                    if (remaining.compareTo(available) <= 0) {
                        return from.plus(remaining);
                    }
                    remaining = remaining.minus(available);
                }
            }
            date = date.plusDays(1);
            cursor = startOf(date);
        }
    }

    /** {@link #plusWorkingHours(Instant, Duration, LocalTime, LocalTime)} with this calendar's office hours. */
    public Instant plusWorkingHours(Instant start, Duration amount) {
        return plusWorkingHours(start, amount, officeStart, officeEnd);
    }

    /**
     * Working days elapsed from {@code a} to {@code b}: the number of working dates d with
     * {@code date(a) < d <= date(b)} (local dates in this zone); negative when {@code b} is before {@code a}.
     * The day of {@code a} never counts, as in {@link #plusWorkingDays(Instant, int)}: a request accepted on
     * Friday afternoon and closed on the following Wednesday took 3 working days, and for every start and
     * {@code n >= 1}, {@code workingDaysBetween(start, plusWorkingDays(start, n) - 1 ns) == n}.
     */
    public int workingDaysBetween(Instant a, Instant b) {
        return workingDaysBetween(dateOf(a), dateOf(b));
    }

    /** Working dates d with {@code a < d <= b}; negative (the reverse count) when {@code b < a}. */
    public int workingDaysBetween(LocalDate a, LocalDate b) {
        if (b.isBefore(a)) {
            return -workingDaysBetween(b, a);
        }
        int count = 0;
        for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    private static void checkHours(LocalTime dayStart, LocalTime dayEnd) {
        Objects.requireNonNull(dayStart, "dayStart");
        Objects.requireNonNull(dayEnd, "dayEnd");
        if (!dayStart.isBefore(dayEnd)) {
            throw new IllegalArgumentException(
                    "office hours must start before they end on the same day, were " + dayStart + "–" + dayEnd);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingCalendar c && zone.equals(c.zone) && holidays.equals(c.holidays)
                && makeUpWorkingDays.equals(c.makeUpWorkingDays) && officeStart.equals(c.officeStart)
                && officeEnd.equals(c.officeEnd);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, holidays, makeUpWorkingDays, officeStart, officeEnd);
    }

    @Override
    public String toString() {
        return "WorkingCalendar[" + zone + ", " + holidays.size() + " holidays, " + makeUpWorkingDays.size()
                + " make-up working days, office " + officeStart + "–" + officeEnd + "]";
    }

    /** Collects holidays and make-up days; {@link #build()} checks that no date is both. */
    public static final class Builder {
        private ZoneId zone = DEFAULT_ZONE;
        private final Set<LocalDate> holidays = new TreeSet<>();
        private final Set<LocalDate> makeUpWorkingDays = new TreeSet<>();
        private LocalTime officeStart = DEFAULT_OFFICE_START;
        private LocalTime officeEnd = DEFAULT_OFFICE_END;

        private Builder() {
        }

        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        public Builder holiday(LocalDate date) {
            holidays.add(Objects.requireNonNull(date, "date"));
            return this;
        }

        /** Every date from {@code first} to {@code last}, both included (weekend dates in the range do no harm). */
        public Builder holidays(LocalDate first, LocalDate last) {
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("holiday range ends before it starts: " + first + " to " + last);
            }
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                holidays.add(d);
            }
            return this;
        }

        public Builder makeUpWorkingDay(LocalDate date) {
            makeUpWorkingDays.add(Objects.requireNonNull(date, "date"));
            return this;
        }

        public Builder makeUpWorkingDays(LocalDate... dates) {
            for (LocalDate d : dates) {
                makeUpWorkingDay(d);
            }
            return this;
        }

        public Builder officeHours(LocalTime start, LocalTime end) {
            checkHours(start, end);
            this.officeStart = start;
            this.officeEnd = end;
            return this;
        }

        public WorkingCalendar build() {
            return new WorkingCalendar(zone, holidays, makeUpWorkingDays, officeStart, officeEnd);
        }
    }
}
