package org.qualitywatch.workorder.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qualitywatch.workorder.domain.StageDeadlines;
import org.qualitywatch.workorder.domain.WorkOrder;
import org.qualitywatch.workorder.domain.WorkOrderStatus;

import java.time.Instant;
import java.util.List;

/** The stage clocks of the rules in force (see {@link WorkOrderRules}). */
@ApplicationScoped
public class WorkOrderDeadlines {

    private static final List<WorkOrderStatus> RUNNING = List.of(WorkOrderStatus.ACCEPTED, WorkOrderStatus.DISPATCHED,
            WorkOrderStatus.CONTACTED);
    private static final int BATCH = 500;

    @Inject
    WorkOrderRules rules;

    /** This bean through its proxy, so each batch runs in a transaction of its own. */
    @Inject
    WorkOrderDeadlines self;

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    public List<StageDeadlines.StageDeadline> of(WorkOrder order, Instant now) {
        return rules.stageDeadlines().of(order, now);
    }

    /** Recomputes the order's next due time after a change. */
    public void reschedule(WorkOrder order, Instant now) {
        order.scheduleNext(rules.stageDeadlines().next(order, now));
    }

    /**
     * Recomputes the due time of every order whose clocks still run, after the rules or the calendar
     * changed; in batches, each its own transaction, so a large backlog never holds one long lock.
     *
     * @return how many orders were rescheduled
     */
    public int rescheduleRunningOrders(Instant now) {
        long after = 0;
        int total = 0;
        while (true) {
            List<Long> ids = em.createQuery("select w.id from WorkOrder w where w.status in :running and w.id > :after "
                            + "order by w.id", Long.class)
                    .setParameter("running", RUNNING).setParameter("after", after).setMaxResults(BATCH).getResultList();
            if (ids.isEmpty()) {
                return total;
            }
            total += self.rescheduleBatch(ids, now);
            after = ids.get(ids.size() - 1);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int rescheduleBatch(List<Long> ids, Instant now) {
        List<WorkOrder> orders = em.createQuery("select w from WorkOrder w where w.id in :ids", WorkOrder.class)
                .setParameter("ids", ids).getResultList();
        StageDeadlines deadlines = rules.stageDeadlines();
        orders.forEach(o -> o.scheduleNext(deadlines.next(o, now)));
        return orders.size();
    }
}
