package org.qualitywatch.workorder.domain;

import java.util.List;
import java.util.Optional;

public interface WorkOrderRepository {

    Optional<WorkOrder> find(long id);

    Optional<WorkOrder> findByNumber(String source, String number);

    void add(WorkOrder order);

    List<WorkOrder> findAll(java.util.Collection<Long> ids);

    List<WorkOrder> findByCallId(String callId);
}
