package org.qualitywatch.complaint.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qualitywatch.complaint.domain.Complaint;
import org.qualitywatch.complaint.domain.ComplaintDeadlines;
import org.qualitywatch.complaint.domain.SupervisionEvent;
import org.qualitywatch.complaint.domain.SupervisionOrder;
import org.qualitywatch.notification.application.Notifications;
import org.qualitywatch.notification.domain.Notification;
import org.qualitywatch.platform.config.Settings;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Escalation (预警/超时升级): raises the warning of complaints and supervision orders whose deadline is near
 * (level 1) or passed (level 2), records it and notifies the responsible department and the supervision
 * department. Rows are claimed with SKIP LOCKED, so several server nodes may run it at once.
 */
@ApplicationScoped
public class DeadlineWatch {

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    @Inject
    ComplaintHandling handling;

    @Inject
    ComplaintRules rules;

    @Inject
    Notifications notifications;

    private final String supervisionDepartment = Settings.system().get("qw.supervision.department", "服务监督部");

    public record Raised(int complaints, int supervisionOrders) {
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Raised run(Instant now) {
        double fraction = rules.rules().warnAtFraction();
        List<Number> ids = em.createNativeQuery("select id from qw.complaint where next_due_at is not null and "
                        + "status <> 'CLOSED' and warning_level < 2 order by next_due_at limit 500 for update skip locked")
                .getResultList();
        int raised = 0;
        for (Number id : ids) {
            Complaint c = em.find(Complaint.class, id.longValue());
            ComplaintDeadlines.Due next = ComplaintDeadlines.next(handling.deadlines(c)).orElse(null);
            if (next == null) {
                continue;
            }
            int level = next.overdueAt(now) ? 2 : next.nearAt(now, fraction) ? 1 : 0;
            if (level > 0 && c.warn(level, now)) {
                raised++;
                String title = (level == 2 ? "投诉已超时 / overdue：" : "投诉临近时限 / due soon：") + c.externalRef()
                        + "（" + next.stage() + "）";
                String link = "/complaints/" + c.id();
                if (c.responsibleDepartment() != null) {
                    notifications.send(Notification.toDepartment(c.responsibleDepartment(), "COMPLAINT_DEADLINE", title,
                            "时限 " + next.dueAt(), link, now));
                }
                notifications.send(Notification.toDepartment(supervisionDepartment, "COMPLAINT_DEADLINE", title,
                        "时限 " + next.dueAt(), link, now));
            }
        }
        List<Number> orders = em.createNativeQuery("select id from qw.supervision_order where status in ('ISSUED', "
                        + "'RETURNED') and warning_level < 2 order by deadline limit 500 for update skip locked")
                .getResultList();
        int raisedOrders = 0;
        for (Number id : orders) {
            SupervisionOrder o = em.find(SupervisionOrder.class, id.longValue());
            long span = Duration.between(o.issuedAt(), o.deadline()).toMillis();
            int level = !now.isBefore(o.deadline()) ? 2
                    : !now.isBefore(o.issuedAt().plusMillis((long) (span * fraction))) ? 1 : 0;
            if (level > 0 && o.warn(level)) {
                raisedOrders++;
                em.persist(new SupervisionEvent(o.id(), now, level == 2 ? SupervisionEvent.Kind.DEADLINE_PASSED
                        : SupervisionEvent.Kind.DEADLINE_NEAR, "system", "时限 " + o.deadline()));
                String title = (level == 2 ? "督办单已超时：" : "督办单临近时限：") + o.number() + " " + o.matter();
                notifications.send(Notification.toDepartment(o.leadDepartment(), "SUPERVISION", title, null,
                        "/supervision-orders/" + o.id(), now));
                if (level == 2) {
                    notifications.send(Notification.toUser(o.issuedBy(), "SUPERVISION", title, null,
                            "/supervision-orders/" + o.id(), now));
                }
            }
        }
        return new Raised(raised, raisedOrders);
    }
}
