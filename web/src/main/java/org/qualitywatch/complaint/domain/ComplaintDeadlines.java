package org.qualitywatch.complaint.domain;

import org.qualitywatch.shared.domain.time.DeadlineSpec;
import org.qualitywatch.shared.domain.time.WorkingCalendar;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The clocks of a complaint, all started when it was received (a reopening restarts resolve and reply):
 * acknowledge, first response, resolve, and reply to the source. The reply is due by the source's rule
 * (its urgent rule for urgent cases) or by the deadline the case itself carries, whichever is earlier.
 */
public final class ComplaintDeadlines {

    public enum Stage { ACKNOWLEDGE, RESPOND, RESOLVE, REPLY }

    public record Due(Stage stage, Instant startedAt, Instant dueAt, Instant metAt) {
        public boolean overdueAt(Instant now) {
            return metAt == null ? !now.isBefore(dueAt) : metAt.isAfter(dueAt);
        }

        /** Whether the deadline is near: {@code fraction} of the stage's time has passed and it is not met. */
        public boolean nearAt(Instant now, double fraction) {
            if (metAt != null || dueAt == null) {
                return false;
            }
            long span = Duration.between(startedAt, dueAt).toMillis();
            return !now.isBefore(startedAt.plusMillis((long) (span * fraction)));
        }
    }

    private ComplaintDeadlines() {
    }

    public static List<Due> of(Complaint c, ComplaintSource source, WorkingCalendar calendar) {
        List<Due> dues = new ArrayList<>();
        Instant received = c.receivedAt();
        Instant restart = c.reopenedAt() != null ? c.reopenedAt() : received;
        add(dues, Stage.ACKNOWLEDGE, source.acknowledge(), received, c.acknowledgedAt(), calendar, null);
        add(dues, Stage.RESPOND, source.respond(), received, c.respondedAt(), calendar, null);
        add(dues, Stage.RESOLVE, source.resolve(), restart, c.resolvedAt(), calendar, null);
        DeadlineSpec reply = c.urgency() != Complaint.Urgency.NORMAL && source.urgentReply() != null
                ? source.urgentReply() : source.reply();
        add(dues, Stage.REPLY, reply, restart, c.repliedAt(), calendar, c.reopenedAt() == null ? c.externalDue() : null);
        return dues;
    }

    private static void add(List<Due> dues, Stage stage, DeadlineSpec spec, Instant start, Instant met,
                            WorkingCalendar calendar, Instant externalDue) {
        Instant due = spec == null ? null : spec.dueFrom(start, calendar);
        if (externalDue != null && (due == null || externalDue.isBefore(due))) {
            due = externalDue;
        }
        if (due != null) {
            dues.add(new Due(stage, start, due, met));
        }
    }

    /** The earliest clock still running. */
    public static Optional<Due> next(List<Due> dues) {
        return dues.stream().filter(d -> d.metAt() == null).min(Comparator.comparing(Due::dueAt));
    }
}
