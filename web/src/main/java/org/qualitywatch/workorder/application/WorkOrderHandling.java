package org.qualitywatch.workorder.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qualitywatch.workorder.domain.WorkOrder;
import org.qualitywatch.workorder.domain.WorkOrderAction;
import org.qualitywatch.workorder.domain.WorkOrderStatus;
import org.qualitywatch.workorder.domain.callback.CallbackPlan;
import org.qualitywatch.workorder.domain.callback.CallbackTask;
import org.qualitywatch.workorder.domain.callback.OrderForSampling;
import org.qualitywatch.workorder.domain.callback.Selection;

import java.time.Instant;

/**
 * What follows a change of a work order: its stage clock is rescheduled and, when it has just
 * reached "resolved", the callback plan decides whether the customer is called back.
 */
@ApplicationScoped
public class WorkOrderHandling {

    @Inject
    WorkOrderDeadlines deadlines;

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    @Inject
    WorkOrderRules rules;

    /** Performs a lifecycle action and what follows it. */
    @Transactional
    public void perform(WorkOrder order, WorkOrderAction action, String actor, String department, String reason,
                        String note, Instant now) {
        WorkOrderStatus before = order.status();
        order.perform(action, actor, department, reason, note, now);
        afterChange(order, before, now);
    }

    @Transactional
    public void afterChange(WorkOrder order, WorkOrderStatus before, Instant now) {
        deadlines.reschedule(order, now);
        if (order.status() == WorkOrderStatus.RESOLVED && before != WorkOrderStatus.RESOLVED && order.id() != null) {
            drawForCallback(order, now);
        }
    }

    /** Reproducible for the seed: the same order always gets the same draw and the same decision. */
    void drawForCallback(WorkOrder order, Instant now) {
        CallbackPlan plan = rules.callbackPlan();
        Selection selection = plan.decide(new OrderForSampling(order.number(), order.businessLine(),
                order.type().name(), order.resolvedAt()));
        if (!selection.selected()) {
            return;
        }
        boolean exists = !em.createQuery("select t.id from CallbackTask t where t.workOrderId = :id", Long.class)
                .setParameter("id", order.id()).getResultList().isEmpty();
        if (!exists) {
            em.persist(CallbackTask.drawn(order.id(), selection, plan.seed(), now));
        }
    }
}
