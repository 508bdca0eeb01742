package org.qualitywatch.workorder.domain;

import org.qualitywatch.shared.domain.time.TimeLeft;
import org.qualitywatch.shared.domain.time.WorkingCalendar;
import org.qualitywatch.workorder.domain.rules.DeadlineRule;
import org.qualitywatch.workorder.domain.rules.DeadlineRuleSet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The clocks of a work order's stages. What starts and stops each stage's clock is fixed here; how
 * long it may run, and for which orders, comes from the editable {@link DeadlineRuleSet} counted on
 * the editable holiday calendar.
 */
public final class StageDeadlines {

    public enum Stage {
        /** The field team contacts the customer: from dispatch to contact (or the return receipt). */
        CONTACT(WorkOrder::dispatchedAt, o -> o.contactedAt() != null ? o.contactedAt() : o.resolvedAt()),
        /** A fault is fixed: from acceptance to the return receipt. */
        FIX(WorkOrder::acceptedAt, WorkOrder::resolvedAt),
        /** A new installation is done: from acceptance to the return receipt. */
        INSTALL(WorkOrder::acceptedAt, WorkOrder::resolvedAt),
        /** A service is reconnected: from acceptance to the return receipt. */
        RECONNECT(WorkOrder::acceptedAt, WorkOrder::resolvedAt),
        /** The department a request was handed to reports back: from dispatch to the return receipt. */
        REPORT_BACK(WorkOrder::dispatchedAt, WorkOrder::resolvedAt);

        private final Function<WorkOrder, Instant> startsAt;
        private final Function<WorkOrder, Instant> metAt;

        Stage(Function<WorkOrder, Instant> startsAt, Function<WorkOrder, Instant> metAt) {
            this.startsAt = startsAt;
            this.metAt = metAt;
        }
    }

    public record StageDeadline(Stage stage, String rule, Instant dueAt, Instant metAt, boolean overdue,
                                long minutesLeft) {
    }

    private final DeadlineRuleSet rules;
    private final WorkingCalendar calendar;

    public StageDeadlines(DeadlineRuleSet rules, WorkingCalendar calendar) {
        this.rules = rules;
        this.calendar = calendar;
    }

    /** Every clock that has started for this order, met or not. */
    public List<StageDeadline> of(WorkOrder order, Instant now) {
        List<StageDeadline> deadlines = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            Instant start = stage.startsAt.apply(order);
            if (start == null) {
                continue;
            }
            Optional<DeadlineRule> rule = rules.ruleFor(stage, order.businessLine(), order.type(), order.category(),
                    order.district());
            if (rule.isEmpty()) {
                continue;
            }
            Instant due = rule.get().limit().dueFrom(start, calendar);
            Instant met = stage.metAt.apply(order);
            TimeLeft left = TimeLeft.at(due, met != null ? met : now);
            deadlines.add(new StageDeadline(stage, rule.get().name() + " " + rule.get().limit(), due, met,
                    left.overdue(), left.overdue() ? -left.minutesOverdue() : left.minutesLeft()));
        }
        return deadlines;
    }

    /** The earliest clock still running: what the order is due for next. */
    public Optional<StageDeadline> next(WorkOrder order, Instant now) {
        return of(order, now).stream().filter(d -> d.metAt() == null)
                .min(Comparator.comparing(StageDeadline::dueAt));
    }
}
