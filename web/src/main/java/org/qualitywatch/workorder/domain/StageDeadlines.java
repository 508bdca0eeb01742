package org.qualitywatch.workorder.domain;

import org.qualitywatch.shared.domain.time.DeadlineSpec;
import org.qualitywatch.shared.domain.time.TimeLeft;
import org.qualitywatch.shared.domain.time.WorkingCalendar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The clocks of a work order's stages. Each rule says when its clock starts, what stops it and how
 * long it may run; the defaults are the promises of the domain brief (contact within 20 minutes of
 * dispatch, fix ordinary faults within 24 hours, departments report back within 3 working days).
 */
public final class StageDeadlines {

    public enum Stage { CONTACT, FIX, REPORT_BACK }

    public record Rule(Stage stage, String name, Set<WorkOrderType> types, DeadlineSpec spec,
                       Function<WorkOrder, Instant> startsAt, Function<WorkOrder, Instant> metAt) {
    }

    public record StageDeadline(Stage stage, String rule, Instant dueAt, Instant metAt, boolean overdue,
                                long minutesLeft) {
    }

    private final List<Rule> rules;
    private final WorkingCalendar calendar;

    public StageDeadlines(List<Rule> rules, WorkingCalendar calendar) {
        this.rules = List.copyOf(rules);
        this.calendar = calendar;
    }

    public static StageDeadlines defaults(WorkingCalendar calendar, DeadlineSpec contact, DeadlineSpec fix,
                                          DeadlineSpec reportBack) {
        Set<WorkOrderType> repair = Set.of(WorkOrderType.REPAIR);
        Set<WorkOrderType> others = Set.of(WorkOrderType.COMPLAINT, WorkOrderType.CONSULT, WorkOrderType.HELP,
                WorkOrderType.SUGGESTION);
        return new StageDeadlines(List.of(
                new Rule(Stage.CONTACT, "报修联系时限 " + contact, repair, contact, WorkOrder::dispatchedAt,
                        o -> o.contactedAt() != null ? o.contactedAt() : o.resolvedAt()),
                new Rule(Stage.FIX, "故障修复时限 " + fix, repair, fix, WorkOrder::acceptedAt, WorkOrder::resolvedAt),
                new Rule(Stage.REPORT_BACK, "部门回复时限 " + reportBack, others, reportBack, WorkOrder::dispatchedAt,
                        WorkOrder::resolvedAt)), calendar);
    }

    /** Every clock that has started for this order, met or not. */
    public List<StageDeadline> of(WorkOrder order, Instant now) {
        List<StageDeadline> deadlines = new ArrayList<>();
        for (Rule rule : rules) {
            Instant start = rule.startsAt().apply(order);
            if (!rule.types().contains(order.type()) || start == null) {
                continue;
            }
            Instant due = rule.spec().dueFrom(start, calendar);
            Instant met = rule.metAt().apply(order);
            Instant measuredAt = met != null ? met : now;
            TimeLeft left = TimeLeft.at(due, measuredAt);
            deadlines.add(new StageDeadline(rule.stage(), rule.name(), due, met, left.overdue(),
                    left.overdue() ? -left.minutesOverdue() : left.minutesLeft()));
        }
        return deadlines;
    }

    /** The earliest clock still running: what the order is due for next. */
    public Optional<StageDeadline> next(WorkOrder order, Instant now) {
        return of(order, now).stream().filter(d -> d.metAt() == null)
                .min(Comparator.comparing(StageDeadline::dueAt));
    }
}
