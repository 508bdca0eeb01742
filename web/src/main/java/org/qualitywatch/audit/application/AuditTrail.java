package org.qualitywatch.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.qualitywatch.audit.domain.AuditAction;
import org.qualitywatch.audit.domain.AuditEvent;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Records sensitive actions in their own transaction, so a failing request still leaves its trace. */
@ApplicationScoped
public class AuditTrail {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String actor, AuditAction action, String targetType, String targetId,
                       Map<String, ?> detail, String clientAddress) {
        em.persist(new AuditEvent(Instant.now(), actor, action.name(), targetType, targetId,
                detail == null || detail.isEmpty() ? null : JSON.toJson(detail), clientAddress));
    }

    @Transactional
    public List<AuditEvent> of(String targetType, String targetId, AuditAction action) {
        TypedQuery<AuditEvent> q = em.createQuery("select e from AuditEvent e where e.targetType = :type "
                + "and e.targetId = :id and e.action = :action order by e.id", AuditEvent.class);
        return q.setParameter("type", targetType).setParameter("id", targetId).setParameter("action", action.name())
                .getResultList();
    }
}
