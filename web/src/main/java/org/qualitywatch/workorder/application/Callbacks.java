package org.qualitywatch.workorder.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qualitywatch.notification.application.Notifications;
import org.qualitywatch.notification.domain.Notification;
import org.qualitywatch.platform.config.Settings;
import org.qualitywatch.shared.domain.DomainException;
import org.qualitywatch.workorder.domain.WorkOrder;
import org.qualitywatch.workorder.domain.WorkOrderAction;
import org.qualitywatch.workorder.domain.WorkOrderRepository;
import org.qualitywatch.workorder.domain.callback.CallbackTask;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The callback workbench: the tasks, their results, and the figures. A dissatisfied answer
 * (satisfaction 1 or 2) or a repair that is not fixed reopens the order to its department, which
 * sees it back in its list with the reason.
 */
@ApplicationScoped
public class Callbacks {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    @Inject
    WorkOrderRepository orders;

    @Inject
    WorkOrderHandling handling;

    @Inject
    Notifications notifications;

    private final int maxAttempts = Settings.system().getInt("qw.callback.max-attempts", 3);
    private final Duration retryAfter = Settings.system().getDuration("qw.callback.retry-after", Duration.ofHours(2));

    public record Task(CallbackTask task, WorkOrder order) {
    }

    public record Result(boolean reached, Integer satisfaction, CallbackTask.Checklist checklist, String comment,
                         String recordingCallId, Instant retryAt) {
    }

    @Transactional
    public List<Task> tasks(List<CallbackTask.Status> statuses, String businessLine, int size) {
        List<CallbackTask.Status> wanted = statuses.isEmpty()
                ? List.of(CallbackTask.Status.PENDING, CallbackTask.Status.RETRY) : statuses;
        List<CallbackTask> tasks = em.createQuery("select t from CallbackTask t where t.status in :statuses "
                        + "order by t.nextAttemptAt nulls last, t.id", CallbackTask.class)
                .setParameter("statuses", wanted).setMaxResults(Math.min(Math.max(size, 1), 500)).getResultList();
        // the orders of the whole page in one query
        Map<Long, WorkOrder> byId = new java.util.HashMap<>();
        orders.findAll(tasks.stream().map(CallbackTask::workOrderId).toList()).forEach(o -> byId.put(o.id(), o));
        List<Task> result = new ArrayList<>();
        for (CallbackTask t : tasks) {
            WorkOrder order = byId.get(t.workOrderId());
            if (businessLine == null || businessLine.isBlank() || businessLine.equals(order.businessLine())) {
                result.add(new Task(t, order));
            }
        }
        return result;
    }

    @Transactional
    public Task record(long taskId, Result result, String actor) {
        CallbackTask task = em.find(CallbackTask.class, taskId);
        if (task == null) {
            throw DomainException.notFound("There is no callback task " + taskId + ".");
        }
        WorkOrder order = orders.find(task.workOrderId()).orElseThrow();
        Instant now = Instant.now();
        if (!result.reached()) {
            task.notReached(now, result.retryAt(), maxAttempts, retryAfter);
            return new Task(task, order);
        }
        if (result.satisfaction() == null) {
            throw new DomainException(DomainException.Kind.INVALID, "Record the customer's satisfaction (1 to 5).",
                    List.of(new DomainException.FieldError("satisfaction", "required when the customer was reached")));
        }
        boolean notFixed = result.checklist() != null && Boolean.FALSE.equals(result.checklist().fixed());
        boolean reopen = task.reached(result.satisfaction(), result.checklist() == null ? null
                : JSON.toJson(result.checklist()), notFixed, result.comment(), result.recordingCallId(), now);
        if (WorkOrderAction.CALL_BACK.allowedFrom(order.status())) {
            handling.perform(order, WorkOrderAction.CALL_BACK, actor, null, null,
                    "满意度 " + result.satisfaction() + (result.comment() == null ? "" : "：" + result.comment()), now);
        }
        if (reopen && WorkOrderAction.REOPEN.allowedFrom(order.status())) {
            String why = notFixed ? "回访：问题未解决" : "回访：用户不满意（满意度 " + result.satisfaction() + "）";
            String department = order.department() == null ? "客服中心" : order.department();
            String reason = why + (result.comment() == null ? "" : "：" + result.comment());
            handling.perform(order, WorkOrderAction.REOPEN, actor, department, reason, null, now);
            notifications.send(Notification.toDepartment(department, "WORK_ORDER_REOPENED",
                    "工单 " + order.number() + " 已重新打开 / reopened", reason, "/work-orders/" + order.id(), now));
        }
        return new Task(task, order);
    }

    public record LineFigures(String businessLine, long resolved, long sampled, long done, long reached,
                              Double reachRate, Double averageSatisfaction, long reopened) {
    }

    /** Per business line: orders resolved in the period, drawn, called, reached, satisfaction, reopened. */
    @Transactional
    @SuppressWarnings("unchecked")
    public Map<String, Object> stats(Instant from, Instant to) {
        List<Object[]> rows = em.createNativeQuery("select coalesce(w.business_line, 'OTHER'), count(*), count(t.id), "
                        + "count(t.id) filter (where t.status in ('DONE', 'UNREACHABLE')), "
                        + "count(t.id) filter (where t.reached), avg(t.satisfaction), count(t.id) filter (where t.reopened) "
                        // orders that reached "resolved" in the period, even if a callback reopened them since
                        + "from (select distinct e.work_order_id from qw.work_order_event e where e.kind = 'RESOLVED' "
                        + "and e.at >= ?1 and e.at < ?2) r join qw.work_order w on w.id = r.work_order_id "
                        + "left join qw.callback_task t on t.work_order_id = w.id group by 1 order by 1")
                .setParameter(1, Timestamp.from(from)).setParameter(2, Timestamp.from(to)).getResultList();
        List<LineFigures> lines = new ArrayList<>();
        long[] total = new long[6];
        double satisfactionSum = 0;
        for (Object[] r : rows) {
            LineFigures f = figures((String) r[0], r);
            lines.add(f);
            for (int i = 0; i < 4; i++) total[i] += ((Number) r[i + 1]).longValue();
            total[5] += ((Number) r[6]).longValue();
            if (r[5] != null) satisfactionSum += ((Number) r[5]).doubleValue() * ((Number) r[4]).longValue();
        }
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("byBusinessLine", lines);
        stats.put("overall", new LineFigures("ALL", total[0], total[1], total[2], total[3],
                total[2] == 0 ? null : round((double) total[3] / total[2]),
                total[3] == 0 ? null : round(satisfactionSum / total[3]), total[5]));
        return stats;
    }

    private static LineFigures figures(String line, Object[] r) {
        long done = ((Number) r[3]).longValue();
        long reached = ((Number) r[4]).longValue();
        return new LineFigures(line, ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), done, reached,
                done == 0 ? null : round((double) reached / done), r[5] == null ? null : round(((Number) r[5]).doubleValue()),
                ((Number) r[6]).longValue());
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
