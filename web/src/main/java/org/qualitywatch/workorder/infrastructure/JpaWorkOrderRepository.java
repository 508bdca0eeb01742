package org.qualitywatch.workorder.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.qualitywatch.workorder.domain.WorkOrder;
import org.qualitywatch.workorder.domain.WorkOrderRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaWorkOrderRepository implements WorkOrderRepository {

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    @Override
    public Optional<WorkOrder> find(long id) {
        return Optional.ofNullable(em.find(WorkOrder.class, id));
    }

    @Override
    public Optional<WorkOrder> findByNumber(String source, String number) {
        return em.createQuery("select w from WorkOrder w where w.source = :source and w.number = :number", WorkOrder.class)
                .setParameter("source", source).setParameter("number", number).getResultStream().findFirst();
    }

    @Override
    public void add(WorkOrder order) {
        em.persist(order);
        em.flush();
    }

    @Override
    public List<WorkOrder> findAll(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select w from WorkOrder w where w.id in :ids", WorkOrder.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<WorkOrder> findByCallId(String callId) {
        List<Number> ids = em.createNativeQuery("select id from qw.work_order where ?1 = any(call_ids)")
                .setParameter(1, callId).getResultList();
        return ids.stream().map(id -> em.find(WorkOrder.class, id.longValue())).toList();
    }
}
