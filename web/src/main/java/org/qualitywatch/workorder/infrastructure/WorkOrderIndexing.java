package org.qualitywatch.workorder.infrastructure;

import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;
import org.qualitywatch.workorder.application.WorkOrderDocuments;
import org.qualitywatch.workorder.domain.WorkOrder;

/**
 * JPA listener that queues a work order's search document whenever Hibernate writes the row. It
 * runs inside the flush, so the outbox entry commits or rolls back with the change. JPA calls
 * listeners before the entity's own callbacks: {@link WorkOrder#storedAcceptedAt()} still holds
 * the acceptance time from before this write.
 */
public class WorkOrderIndexing {

    @Inject
    WorkOrderDocuments documents;

    @PostPersist
    void created(WorkOrder order) {
        documents.enqueue(order, null);
    }

    @PostUpdate
    void changed(WorkOrder order) {
        documents.enqueue(order, order.storedAcceptedAt());
    }
}
