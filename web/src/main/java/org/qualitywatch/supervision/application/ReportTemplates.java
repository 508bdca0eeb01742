package org.qualitywatch.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qualitywatch.shared.domain.DomainException;
import org.qualitywatch.supervision.domain.ReportTemplate;
import org.qualitywatch.supervision.domain.TemplateDefinition;
import org.qualitywatch.supervision.domain.VisitType;

import java.time.Instant;
import java.util.List;

/**
 * Report templates, one published version per visit type. Staff publish a new version as a whole; reports
 * keep the version they were written with.
 */
@ApplicationScoped
public class ReportTemplates {

    static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    public record View(long id, String visitType, int version, String status, TemplateDefinition definition,
                       Instant publishedAt) {
        static View of(ReportTemplate t) {
            return new View(t.id(), t.visitType().name(), t.version(), t.status().name(), ReportTemplates.definition(t),
                    t.publishedAt());
        }
    }

    static TemplateDefinition definition(ReportTemplate t) {
        return JSON.fromJson(t.definitionJson(), TemplateDefinition.class);
    }

    @Transactional
    public List<View> current() {
        return em.createQuery("select t from ReportTemplate t where t.status = :p order by t.visitType", ReportTemplate.class)
                .setParameter("p", ReportTemplate.Status.PUBLISHED).getResultList().stream().map(View::of).toList();
    }

    @Transactional
    public ReportTemplate published(VisitType type) {
        return em.createQuery("select t from ReportTemplate t where t.visitType = :v and t.status = :p", ReportTemplate.class)
                .setParameter("v", type).setParameter("p", ReportTemplate.Status.PUBLISHED).getResultList().stream()
                .findFirst().orElseThrow(() -> DomainException.conflict("No report template is published for " + type + "."));
    }

    @Transactional
    public ReportTemplate byId(long id) {
        ReportTemplate t = em.find(ReportTemplate.class, id);
        if (t == null) {
            throw DomainException.notFound("There is no report template " + id + ".");
        }
        return t;
    }

    @Transactional
    public View publish(VisitType type, String definitionJson, String by) {
        TemplateDefinition definition;
        try {
            definition = JSON.fromJson(definitionJson, TemplateDefinition.class);
        } catch (JsonbException e) {
            Throwable t = e;
            while (t.getCause() != null && t.getCause() != t) {
                t = t.getCause();
            }
            throw DomainException.invalid("The template was not published: " + t.getMessage());
        }
        Integer max = em.createQuery("select max(t.version) from ReportTemplate t where t.visitType = :v", Integer.class)
                .setParameter("v", type).getSingleResult();
        em.createQuery("select t from ReportTemplate t where t.visitType = :v and t.status = :p", ReportTemplate.class)
                .setParameter("v", type).setParameter("p", ReportTemplate.Status.PUBLISHED).getResultList()
                .forEach(ReportTemplate::retire);
        em.flush();
        ReportTemplate t = ReportTemplate.published(type, max == null ? 1 : max + 1, JSON.toJson(definition), by,
                Instant.now());
        em.persist(t);
        em.flush();
        return View.of(t);
    }

    /** Ships the default template of each visit type that has none. */
    @Transactional
    public void ensureDefaults() {
        for (VisitType type : VisitType.values()) {
            boolean any = !em.createQuery("select t.id from ReportTemplate t where t.visitType = :v", Long.class)
                    .setParameter("v", type).setMaxResults(1).getResultList().isEmpty();
            if (!any) {
                em.persist(ReportTemplate.published(type, 1, JSON.toJson(TemplateDefinition.defaults(type)), "system",
                        Instant.now()));
            }
        }
    }
}
