package org.qualitywatch.workorder.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;
import org.qualitywatch.platform.persistence.SqlValues;
import org.qualitywatch.workorder.domain.rules.RuleDocumentRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class JpaRuleDocumentRepository implements RuleDocumentRepository {

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Stored> find(String kind) {
        List<Object[]> rows = em.createNativeQuery("select version, body::text, updated_by, updated_at "
                + "from qw.rule_document where kind = ?1").setParameter(1, kind).getResultList();
        return rows.stream().findFirst().map(r -> stored(kind, r));
    }

    @Override
    public long version(String kind) {
        List<?> rows = em.createNativeQuery("select version from qw.rule_document where kind = ?1")
                .setParameter(1, kind).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }

    @Override
    public Optional<Long> replace(String kind, long expectedVersion, String body, String actor) {
        long next = expectedVersion + 1;
        // the version check and the write are one statement, so two editors cannot both win
        int changed = expectedVersion == 0
                ? em.createNativeQuery("insert into qw.rule_document (kind, version, body, updated_by) "
                        + "values (?1, 1, cast(?2 as jsonb), ?3) on conflict (kind) do nothing")
                .setParameter(1, kind).setParameter(2, text(body)).setParameter(3, actor).executeUpdate()
                : em.createNativeQuery("update qw.rule_document set version = version + 1, body = cast(?2 as jsonb), "
                        + "updated_by = ?3, updated_at = now() where kind = ?1 and version = ?4")
                .setParameter(1, kind).setParameter(2, text(body)).setParameter(3, actor)
                .setParameter(4, expectedVersion).executeUpdate();
        if (changed == 0) {
            return Optional.empty();
        }
        em.createNativeQuery("insert into qw.rule_document_version (kind, version, body, updated_by) "
                        + "values (?1, ?2, cast(?3 as jsonb), ?4)")
                .setParameter(1, kind).setParameter(2, next).setParameter(3, text(body)).setParameter(4, actor)
                .executeUpdate();
        return Optional.of(next);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Stored> history(String kind) {
        List<Object[]> rows = em.createNativeQuery("select version, null, updated_by, updated_at "
                + "from qw.rule_document_version where kind = ?1 order by version desc")
                .setParameter(1, kind).getResultList();
        return rows.stream().map(r -> stored(kind, r)).toList();
    }

    /** A typed parameter, so that a null body binds as text (not bytea) and casts to jsonb. */
    private static TypedParameterValue<String> text(String value) {
        return new TypedParameterValue<>(StandardBasicTypes.STRING, value);
    }

    private static Stored stored(String kind, Object[] r) {
        return new Stored(kind, ((Number) r[0]).longValue(), (String) r[1], (String) r[2], SqlValues.instant(r[3]));
    }
}
