package org.qualitywatch.scoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qualitywatch.recording.api.RecordingCatalog;
import org.qualitywatch.recording.api.RecordingDetails;
import org.qualitywatch.scoring.domain.TeachingCase;
import org.qualitywatch.shared.domain.DomainException;

import java.time.Instant;
import java.util.List;

/** The teaching-case library: calls leads keep as examples or lessons for team playback. */
@ApplicationScoped
public class TeachingCases {

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    @Inject
    RecordingCatalog recordings;

    @Transactional
    public List<TeachingCase> list(TeachingCase.Kind kind) {
        if (kind == null) {
            return em.createQuery("select t from TeachingCase t order by t.createdAt desc", TeachingCase.class)
                    .getResultList();
        }
        return em.createQuery("select t from TeachingCase t where t.kind = :kind order by t.createdAt desc",
                TeachingCase.class).setParameter("kind", kind).getResultList();
    }

    @Transactional
    public TeachingCase mark(long recordingId, Long evaluationId, TeachingCase.Kind kind, String title, String notes,
                             List<String> tags, String by) {
        RecordingDetails call = recordings.find(recordingId).orElseThrow(() ->
                DomainException.notFound("There is no recording " + recordingId + "."));
        if (title == null || title.isBlank()) {
            throw DomainException.invalid("Give the case a title, e.g. what the team should learn from it.");
        }
        TeachingCase c = new TeachingCase(recordingId, call.callId(), evaluationId, kind, title.strip(), notes, tags, by,
                Instant.now());
        em.persist(c);
        em.flush();
        return c;
    }

    @Transactional
    public void remove(long id) {
        TeachingCase c = em.find(TeachingCase.class, id);
        if (c == null) {
            throw DomainException.notFound("There is no teaching case " + id + ".");
        }
        em.remove(c);
    }
}
