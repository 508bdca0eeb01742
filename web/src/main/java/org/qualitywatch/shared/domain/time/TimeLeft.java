package org.qualitywatch.shared.domain.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * How a clock stands at a given moment: time left until an (exclusive) due instant, or time overdue.
 *
 * <ul>
 *   <li>Overdue when {@code now >= due} (the due instant itself is already late).</li>
 *   <li>{@link #minutesLeft()} is rounded up (30 seconds left shows as 1 minute, never as 0 while still on time);
 *       {@link #minutesOverdue()} is rounded down (0 during the first overdue minute).</li>
 *   <li>With a calendar, {@link #workingDaysLeft()} counts the working days after today's date up to and
 *       including the last day before the due instant (0 = "due today"; Monday 10:00 with a deadline at the end
 *       of Wednesday has 2: Tuesday and Wednesday), and {@link #workingDaysOverdue()} counts working days after
 *       that last day up to and including today (end of Wednesday missed, now Thursday: 1). Both use
 *       {@link WorkingCalendar#workingDaysBetween(Instant, Instant)}; the one that does not apply is 0.</li>
 * </ul>
 */
public final class TimeLeft {

    private final Instant due;
    private final Instant now;
    private final Integer workingDaysLeft;
    private final Integer workingDaysOverdue;

    private TimeLeft(Instant due, Instant now, Integer workingDaysLeft, Integer workingDaysOverdue) {
        this.due = due;
        this.now = now;
        this.workingDaysLeft = workingDaysLeft;
        this.workingDaysOverdue = workingDaysOverdue;
    }

    /** Minutes only, no working days. */
    public static TimeLeft at(Instant due, Instant now) {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(now, "now");
        return new TimeLeft(due, now, null, null);
    }

    /** Minutes and working days, counted in {@code calendar}. */
    public static TimeLeft at(Instant due, Instant now, WorkingCalendar calendar) {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(calendar, "calendar");
        Instant lastOnTime = due.minusNanos(1);
        boolean overdue = !now.isBefore(due);
        int left = overdue ? 0 : Math.max(0, calendar.workingDaysBetween(now, lastOnTime));
        int late = overdue ? Math.max(0, calendar.workingDaysBetween(lastOnTime, now)) : 0;
        return new TimeLeft(due, now, left, late);
    }

    public Instant due() {
        return due;
    }

    public Instant now() {
        return now;
    }

    public boolean overdue() {
        return !now.isBefore(due);
    }

    /** {@code due - now}: negative when overdue. */
    public Duration remaining() {
        return Duration.between(now, due);
    }

    /** Whole minutes left, rounded up; 0 when overdue. */
    public long minutesLeft() {
        if (overdue()) {
            return 0;
        }
        Duration r = remaining();
        long minutes = r.toMinutes();
        return r.compareTo(Duration.ofMinutes(minutes)) > 0 ? minutes + 1 : minutes;
    }

    /** Whole minutes overdue, rounded down; 0 when not overdue. */
    public long minutesOverdue() {
        return overdue() ? Duration.between(due, now).toMinutes() : 0;
    }

    /** Working days left (see the class comment); empty when made without a calendar. */
    public OptionalInt workingDaysLeft() {
        return workingDaysLeft == null ? OptionalInt.empty() : OptionalInt.of(workingDaysLeft);
    }

    /** Working days overdue (see the class comment); empty when made without a calendar. */
    public OptionalInt workingDaysOverdue() {
        return workingDaysOverdue == null ? OptionalInt.empty() : OptionalInt.of(workingDaysOverdue);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeLeft t && due.equals(t.due) && now.equals(t.now)
                && Objects.equals(workingDaysLeft, t.workingDaysLeft)
                && Objects.equals(workingDaysOverdue, t.workingDaysOverdue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(due, now, workingDaysLeft, workingDaysOverdue);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("TimeLeft[due=").append(due).append(", now=").append(now);
        if (overdue()) {
            b.append(", overdue ").append(minutesOverdue()).append(" min");
            if (workingDaysOverdue != null) {
                b.append(", ").append(workingDaysOverdue).append(" working days overdue");
            }
        } else {
            b.append(", ").append(minutesLeft()).append(" min left");
            if (workingDaysLeft != null) {
                b.append(", ").append(workingDaysLeft).append(" working days left");
            }
        }
        return b.append(']').toString();
    }
}
