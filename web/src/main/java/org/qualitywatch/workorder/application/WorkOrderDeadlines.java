package org.qualitywatch.workorder.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.qualitywatch.platform.config.Settings;
import org.qualitywatch.shared.domain.time.DeadlineSpec;
import org.qualitywatch.shared.domain.time.WorkingCalendar;
import org.qualitywatch.workorder.domain.StageDeadlines;
import org.qualitywatch.workorder.domain.WorkOrder;

import java.time.Instant;
import java.util.List;

/**
 * The stage clocks in force, from settings: {@code QW_DEADLINE_CONTACT} (20分钟),
 * {@code QW_DEADLINE_FIX} (24小时), {@code QW_DEADLINE_REPORT_BACK} (3个工作日), counted on the
 * 2026 working calendar with its public holidays and make-up days.
 */
@ApplicationScoped
public class WorkOrderDeadlines {

    private final StageDeadlines deadlines = StageDeadlines.defaults(WorkingCalendar.china2026(),
            spec("qw.deadline.contact", "20分钟"), spec("qw.deadline.fix", "24小时"),
            spec("qw.deadline.report-back", "3个工作日"));

    private static DeadlineSpec spec(String key, String fallback) {
        String text = Settings.system().get(key, fallback);
        try {
            return DeadlineSpec.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(Settings.environmentName(key) + " = '" + text + "': " + e.getMessage(), e);
        }
    }

    public List<StageDeadlines.StageDeadline> of(WorkOrder order, Instant now) {
        return deadlines.of(order, now);
    }

    /** Recomputes the order's next due time after a change. */
    public void reschedule(WorkOrder order, Instant now) {
        order.scheduleNext(deadlines.next(order, now));
    }
}
