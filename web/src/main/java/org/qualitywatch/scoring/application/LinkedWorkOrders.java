package org.qualitywatch.scoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;

/** The work orders a call is linked to, shown beside its evaluation. */
@ApplicationScoped
public class LinkedWorkOrders {

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    public record Link(long id, String number, String type, String status, String description) {
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<Link> forCall(String callId) {
        List<Object[]> rows = em.createNativeQuery("select id, number, type, status, left(description, 120) "
                + "from qw.work_order where call_ids @> array[?1]::text[] order by accepted_at").setParameter(1, callId)
                .getResultList();
        return rows.stream().map(r -> new Link(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4])).toList();
    }
}
