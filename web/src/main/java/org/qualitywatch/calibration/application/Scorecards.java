package org.qualitywatch.calibration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qualitywatch.scoring.domain.ScorecardDefinition;

/**
 * What calibration needs of the scorecards, served by the scoring module's
 * {@link org.qualitywatch.scoring.application.Scorecards} (the designer and the default card live there).
 */
@ApplicationScoped
public class Scorecards {

    static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    org.qualitywatch.scoring.application.Scorecards scoring;

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    public ScorecardDefinition definition(long versionId) {
        return scoring.definition(versionId);
    }

    /** Whether the version exists and is published (new scores are only given on published versions). */
    @Transactional
    public boolean isPublished(long versionId) {
        return !em.createNativeQuery("select 1 from qw.scorecard_version where id = ?1 and status = 'PUBLISHED'")
                .setParameter(1, versionId).getResultList().isEmpty();
    }

    /** The published version sessions use by default (the shipped card is published at first start). */
    public long ensurePublished(String actor) {
        scoring.ensureDefault();
        return scoring.publishedVersionId(null);
    }
}
