package org.qualitywatch.calibration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qualitywatch.scoring.domain.ScorecardDefinition;
import org.qualitywatch.shared.domain.DomainException;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Read access to the scorecard versions of the QA schema, for calibration and the QA reports (the
 * scorecard designer itself belongs to the scoring module). Published versions never change, so their
 * parsed definitions are kept.
 */
@ApplicationScoped
public class Scorecards {

    /** The shipped scorecard's name; the scoring module creates it under the same name. */
    public static final String DEFAULT_NAME = "标准服务质检评分表";

    static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    private final Map<Long, ScorecardDefinition> definitions = new ConcurrentHashMap<>();

    @Transactional
    public ScorecardDefinition definition(long versionId) {
        ScorecardDefinition cached = definitions.get(versionId);
        if (cached != null) {
            return cached;
        }
        ScorecardDefinition parsed = parse(versionId);
        definitions.put(versionId, parsed);
        return parsed;
    }

    private ScorecardDefinition parse(long versionId) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("select definition::text from qw.scorecard_version where id = ?1")
                .setParameter(1, versionId).getResultList();
        if (rows.isEmpty()) {
            throw DomainException.notFound("There is no scorecard version " + versionId + ".");
        }
        return JSON.fromJson(rows.get(0), ScorecardDefinition.class);
    }

    /** The published version to use by default: the standard scorecard's, else the oldest published one. */
    @Transactional
    @SuppressWarnings("unchecked")
    public Long publishedVersion() {
        List<Number> ids = em.createNativeQuery("select v.id from qw.scorecard_version v join qw.scorecard s "
                        + "on s.id = v.scorecard_id where v.status = 'PUBLISHED' and not s.archived "
                        + "order by (s.name = ?1) desc, v.id limit 1")
                .setParameter(1, DEFAULT_NAME).getResultList();
        return ids.isEmpty() ? null : ids.get(0).longValue();
    }

    /** Whether the version exists and is published (new scores are only given on published versions). */
    @Transactional
    public boolean isPublished(long versionId) {
        return !em.createNativeQuery("select 1 from qw.scorecard_version where id = ?1 and status = 'PUBLISHED'")
                .setParameter(1, versionId).getResultList().isEmpty();
    }

    /**
     * Publishes {@link ScorecardDefinition#defaults()} as "标准服务质检评分表" version 1 when no scorecard is
     * published yet, so that calibration works before anyone designed a scorecard.
     */
    @Transactional
    public long ensurePublished(String actor) {
        Long existing = publishedVersion();
        if (existing != null) {
            return existing;
        }
        em.createNativeQuery("insert into qw.scorecard (name, description, created_by) values (?1, ?2, ?3) "
                        + "on conflict (name) do nothing")
                .setParameter(1, DEFAULT_NAME).setParameter(2, "服务质检标准评分表（系统预置）").setParameter(3, actor)
                .executeUpdate();
        em.createNativeQuery("insert into qw.scorecard_version (scorecard_id, version, status, definition, created_by, "
                        + "published_by, published_at) select s.id, 1, 'PUBLISHED', cast(?2 as jsonb), ?3, ?3, now() "
                        + "from qw.scorecard s where s.name = ?1 and not exists "
                        + "(select 1 from qw.scorecard_version v where v.scorecard_id = s.id)")
                .setParameter(1, DEFAULT_NAME).setParameter(2, JSON.toJson(ScorecardDefinition.defaults()))
                .setParameter(3, actor).executeUpdate();
        Long created = publishedVersion();
        if (created == null) {
            throw DomainException.conflict("No scorecard is published. Publish a scorecard version first.");
        }
        return created;
    }
}
