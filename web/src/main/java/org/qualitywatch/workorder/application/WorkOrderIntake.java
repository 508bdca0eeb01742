package org.qualitywatch.workorder.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.qualitywatch.workorder.domain.WorkOrder;
import org.qualitywatch.workorder.domain.WorkOrderRepository;
import org.qualitywatch.workorder.domain.WorkOrderStatus;

import java.time.Instant;
import java.util.Optional;

/**
 * Takes one work order as the call-center system reports it, in its own transaction: created when
 * new, brought up to date when known (so re-sending is safe), unchanged when identical. A row that
 * fails leaves nothing behind.
 */
@ApplicationScoped
public class WorkOrderIntake {

    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    public record Result(long id, Outcome outcome) {
    }

    @Inject
    WorkOrderRepository orders;

    @Inject
    WorkOrderHandling handling;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Result take(WorkOrder.Facts facts, WorkOrder.SourceProgress progress, String contentHash, String actor) {
        Instant now = Instant.now();
        Optional<WorkOrder> known = orders.findByNumber(facts.source(), facts.number());
        if (known.isEmpty()) {
            WorkOrder order = WorkOrder.accept(facts, actor);
            order.catchUp(progress, actor, now);
            order.rememberContent(contentHash);
            orders.add(order);
            handling.afterChange(order, WorkOrderStatus.ACCEPTED, now);
            return new Result(order.id(), Outcome.CREATED);
        }
        WorkOrder order = known.get();
        if (order.matchesContent(contentHash)) {
            return new Result(order.id(), Outcome.UNCHANGED);
        }
        WorkOrderStatus before = order.status();
        order.apply(facts);
        order.catchUp(progress, actor, now);
        order.rememberContent(contentHash);
        handling.afterChange(order, before, now);
        return new Result(order.id(), Outcome.UPDATED);
    }
}
