package org.qualitywatch.recording.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qualitywatch.platform.persistence.SqlValues;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Calls that should have a recording, and the ones that still have none. */
@ApplicationScoped
public class ExpectedCallRegistry {

    public enum Origin { MANIFEST, WORK_ORDER }

    public record Missing(String sourceSystem, String callId, Origin origin, String reference, Instant expectedAt) {
    }

    @PersistenceContext(unitName = "recordings")
    EntityManager em;

    @Transactional
    public void expect(String sourceSystem, String callId, Origin origin, String reference, Instant expectedAt) {
        em.createNativeQuery("insert into recording.expected_call (source_system, call_id, origin, reference, expected_at) "
                        + "values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
                .setParameter(1, sourceSystem).setParameter(2, callId).setParameter(3, origin.name())
                .setParameter(4, reference).setParameter(5, expectedAt == null ? null : Timestamp.from(expectedAt))
                .executeUpdate();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<Missing> missing(Instant from, Instant to, int limit) {
        List<Object[]> rows = em.createNativeQuery("select e.source_system, e.call_id, e.origin, e.reference, e.expected_at "
                        + "from recording.expected_call e where coalesce(e.expected_at, e.registered_at) >= ?1 "
                        + "and coalesce(e.expected_at, e.registered_at) < ?2 and not exists (select 1 from recording.recording r "
                        + "where r.source_system = e.source_system and r.call_id = e.call_id and r.audio_sha256 is not null) "
                        + "order by coalesce(e.expected_at, e.registered_at), e.call_id limit ?3")
                .setParameter(1, Timestamp.from(from)).setParameter(2, Timestamp.from(to)).setParameter(3, limit)
                .getResultList();
        List<Missing> missing = new ArrayList<>();
        for (Object[] r : rows) {
            missing.add(new Missing((String) r[0], (String) r[1], Origin.valueOf((String) r[2]), (String) r[3],
                    SqlValues.instant(r[4])));
        }
        return missing;
    }
}
