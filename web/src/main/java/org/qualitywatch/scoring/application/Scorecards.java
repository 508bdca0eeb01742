package org.qualitywatch.scoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qualitywatch.scoring.domain.Scorecard;
import org.qualitywatch.scoring.domain.ScorecardDefinition;
import org.qualitywatch.scoring.domain.ScorecardVersion;
import org.qualitywatch.shared.domain.DomainException;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scorecard designer's operations: create, redraft, publish. Publishing turns the draft into the
 * version new evaluations use and retires the previous one; published definitions are cached by id
 * as they never change.
 */
@ApplicationScoped
public class Scorecards {

    public static final String DEFAULT_NAME = "标准服务质检评分表";

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    private final Map<Long, ScorecardDefinition> frozen = new ConcurrentHashMap<>();

    public record VersionRef(long id, int version, String status, String createdBy, Instant createdAt,
                             String publishedBy, Instant publishedAt) {
        static VersionRef of(ScorecardVersion v) {
            return v == null ? null : new VersionRef(v.id(), v.version(), v.status().name(), v.createdBy(),
                    v.createdAt(), v.publishedBy(), v.publishedAt());
        }
    }

    public record Summary(long id, String name, String description, VersionRef published, VersionRef draft) {
    }

    public record VersionView(long id, long scorecardId, String name, int version, String status,
                              ScorecardDefinition definition, double positivePoints, VersionRef info) {
    }

    @Transactional
    public List<Summary> list() {
        return em.createQuery("select s from Scorecard s where s.archived = false order by s.id", Scorecard.class)
                .getResultList().stream().map(this::summary).toList();
    }

    private Summary summary(Scorecard s) {
        return new Summary(s.id(), s.name(), s.description(), VersionRef.of(current(s.id(), ScorecardVersion.Status.PUBLISHED)
                .orElse(null)), VersionRef.of(current(s.id(), ScorecardVersion.Status.DRAFT).orElse(null)));
    }

    private Optional<ScorecardVersion> current(long scorecardId, ScorecardVersion.Status status) {
        return em.createQuery("select v from ScorecardVersion v where v.scorecardId = :id and v.status = :status",
                        ScorecardVersion.class).setParameter("id", scorecardId).setParameter("status", status)
                .getResultList().stream().findFirst();
    }

    @Transactional
    public List<VersionRef> versions(long scorecardId) {
        scorecard(scorecardId);
        return em.createQuery("select v from ScorecardVersion v where v.scorecardId = :id order by v.version desc",
                ScorecardVersion.class).setParameter("id", scorecardId).getResultList().stream().map(VersionRef::of).toList();
    }

    @Transactional
    public VersionView version(long versionId) {
        ScorecardVersion v = em.find(ScorecardVersion.class, versionId);
        if (v == null) {
            throw DomainException.notFound("There is no scorecard version " + versionId + ".");
        }
        ScorecardDefinition d = definition(v);
        return new VersionView(v.id(), v.scorecardId(), scorecard(v.scorecardId()).name(), v.version(),
                v.status().name(), d, d.positivePoints(), VersionRef.of(v));
    }

    /** The definition of a version; published ones are read once. */
    @Transactional
    public ScorecardDefinition definition(long versionId) {
        ScorecardDefinition cached = frozen.get(versionId);
        if (cached != null) {
            return cached;
        }
        ScorecardVersion v = em.find(ScorecardVersion.class, versionId);
        if (v == null) {
            throw DomainException.notFound("There is no scorecard version " + versionId + ".");
        }
        return definition(v);
    }

    private ScorecardDefinition definition(ScorecardVersion v) {
        ScorecardDefinition d = ScoringJson.definition(v.definitionJson());
        if (v.status() != ScorecardVersion.Status.DRAFT) {
            frozen.put(v.id(), d);
        }
        return d;
    }

    private Scorecard scorecard(long id) {
        Scorecard s = em.find(Scorecard.class, id);
        if (s == null) {
            throw DomainException.notFound("There is no scorecard " + id + ".");
        }
        return s;
    }

    @Transactional
    public Summary create(String name, String description, ScorecardDefinition definition, String by) {
        if (name == null || name.isBlank()) {
            throw DomainException.invalid("Give the scorecard a name.");
        }
        boolean taken = !em.createQuery("select s.id from Scorecard s where s.name = :name", Long.class)
                .setParameter("name", name.strip()).getResultList().isEmpty();
        if (taken) {
            throw DomainException.conflict("A scorecard named \"" + name.strip() + "\" exists already.");
        }
        Instant now = Instant.now();
        Scorecard s = new Scorecard(name.strip(), description, by, now);
        em.persist(s);
        em.flush();
        em.persist(ScorecardVersion.draft(s.id(), 1, ScoringJson.write(definition), by, now));
        em.flush();
        return summary(s);
    }

    /** Writes the draft (a new version after the published one when there is no draft yet). */
    @Transactional
    public VersionView saveDraft(long scorecardId, ScorecardDefinition definition, String by) {
        scorecard(scorecardId);
        String json = ScoringJson.write(definition);
        ScorecardVersion draft = current(scorecardId, ScorecardVersion.Status.DRAFT).orElse(null);
        if (draft == null) {
            Integer max = em.createQuery("select max(v.version) from ScorecardVersion v where v.scorecardId = :id",
                    Integer.class).setParameter("id", scorecardId).getSingleResult();
            draft = ScorecardVersion.draft(scorecardId, max == null ? 1 : max + 1, json, by, Instant.now());
            em.persist(draft);
        } else {
            draft.redraft(json);
        }
        em.flush();
        return version(draft.id());
    }

    @Transactional
    public VersionView publish(long scorecardId, String by) {
        ScorecardVersion draft = current(scorecardId, ScorecardVersion.Status.DRAFT).orElseThrow(() ->
                DomainException.conflict("Scorecard " + scorecardId + " has no draft to publish; save a draft first."));
        definition(draft); // a draft that no longer reads cannot be published
        current(scorecardId, ScorecardVersion.Status.PUBLISHED).ifPresent(v -> {
            v.retire();
            em.flush();
        });
        draft.publish(by, Instant.now());
        em.flush();
        return version(draft.id());
    }

    /** The published version new evaluations use: of the given scorecard, else of the first one published. */
    @Transactional
    public long publishedVersionId(Long scorecardId) {
        var query = em.createQuery("select v.id from ScorecardVersion v where v.status = :published "
                        + (scorecardId == null ? "" : "and v.scorecardId = :sc ") + "order by v.scorecardId", Long.class)
                .setParameter("published", ScorecardVersion.Status.PUBLISHED);
        if (scorecardId != null) {
            query.setParameter("sc", scorecardId);
        }
        List<Long> ids = query.getResultList();
        if (ids.isEmpty()) {
            throw DomainException.conflict(scorecardId == null ? "No scorecard is published yet; publish one first."
                    : "Scorecard " + scorecardId + " has no published version; publish its draft first.");
        }
        return ids.get(0);
    }

    /** Ships the domain brief's scorecard, published, when there is none at all. */
    @Transactional
    public void ensureDefault() {
        if (!em.createQuery("select s.id from Scorecard s", Long.class).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        Summary s = create(DEFAULT_NAME, "服务规范、服务态度、服务技巧、业务能力共 100 分；禁语扣分；错误承诺、辱骂、泄露客户信息一票否决。",
                ScorecardDefinition.defaults(), "system");
        publish(s.id(), "system");
    }
}
