package org.qualitywatch.complaint.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qualitywatch.complaint.domain.Complaint;
import org.qualitywatch.complaint.domain.ComplaintSource;
import org.qualitywatch.shared.domain.DomainException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Takes complaints in from any source, idempotent on (source, external reference): the same message twice
 * changes nothing; a changed message updates the case and is kept in its history. A new case is linked
 * to an earlier one of the same complainant and category within the repeat window.
 */
@ApplicationScoped
public class ComplaintIntake {

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    @Inject
    ComplaintRules rules;

    @Inject
    ComplaintHandling handling;

    @Inject
    org.qualitywatch.complaint.report.infrastructure.ComplaintIndexing indexing;

    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    public record Result(long id, Outcome outcome) {
    }

    @Transactional
    public Result receive(Complaint.Facts facts, String actor) {
        if (facts.description() == null || facts.description().isBlank()) {
            throw DomainException.invalid("A complaint needs its content (description / 投诉内容).");
        }
        if (facts.externalRef().isBlank()) {
            throw DomainException.invalid("A complaint needs the source's reference number (external reference).");
        }
        ComplaintSource source = rules.source(facts.source());
        String hash = hash(facts);
        Complaint existing = em.createQuery("select c from Complaint c where c.source = :s and c.externalRef = :r",
                        Complaint.class).setParameter("s", source.code()).setParameter("r", facts.externalRef().strip())
                .getResultList().stream().findFirst().orElse(null);
        Instant now = Instant.now();
        if (existing != null) {
            if (existing.matchesContent(hash)) {
                return new Result(existing.id(), Outcome.UNCHANGED);
            }
            existing.updateFromSource(facts, actor, now, "来源更新了投诉内容");
            existing.rememberContent(hash);
            handling.reschedule(existing, now);
            em.flush();
            indexing.queue(List.of(existing.id()));
            return new Result(existing.id(), Outcome.UPDATED);
        }
        Complaint created = Complaint.receive(new Complaint.Facts(source.code(), facts.externalRef().strip(),
                facts.receivedAt(), facts.complainantName(), facts.complainantPhone(), facts.customerId(),
                facts.businessLine(), facts.category1(), facts.category2(), facts.category3(), facts.district(),
                facts.description().strip(), facts.urgency(), facts.externalDue(), facts.workOrders(), facts.callIds()),
                source, actor);
        created.rememberContent(hash);
        em.persist(created);
        em.flush();
        findEarlier(created).ifPresent(earlier -> created.linkRepeat(earlier, now));
        handling.reschedule(created, now);
        em.flush();
        indexing.queue(List.of(created.id()));
        return new Result(created.id(), Outcome.CREATED);
    }

    private java.util.Optional<Complaint> findEarlier(Complaint c) {
        if (c.complainantPhone() == null && c.customerId() == null) {
            return java.util.Optional.empty();
        }
        int days = rules.rules().repeatWindowDays();
        String who = c.complainantPhone() != null && c.customerId() != null
                ? "(c.complainantPhone = :phone or c.customerId = :customer)"
                : c.complainantPhone() != null ? "c.complainantPhone = :phone" : "c.customerId = :customer";
        var query = em.createQuery("select c from Complaint c where c.id <> :id and " + who
                        + (c.category1() == null ? " and c.category1 is null" : " and c.category1 = :cat")
                        + " and c.receivedAt >= :since and c.receivedAt <= :at order by c.receivedAt", Complaint.class)
                .setParameter("id", c.id()).setParameter("since", c.receivedAt().minus(days, ChronoUnit.DAYS))
                .setParameter("at", c.receivedAt());
        if (c.complainantPhone() != null) {
            query.setParameter("phone", c.complainantPhone());
        }
        if (c.customerId() != null) {
            query.setParameter("customer", c.customerId());
        }
        if (c.category1() != null) {
            query.setParameter("cat", c.category1());
        }
        List<Complaint> earlier = query.setMaxResults(1).getResultList();
        return earlier.stream().findFirst();
    }

    static String hash(Complaint.Facts f) {
        String text = String.join("\u0001", Objects.toString(f.receivedAt()), s(f.complainantName()),
                s(f.complainantPhone()), s(f.customerId()), s(f.businessLine()), s(f.category1()), s(f.category2()),
                s(f.category3()), s(f.district()), s(f.description()), Objects.toString(f.urgency()),
                Objects.toString(f.externalDue()), Objects.toString(f.workOrders()), Objects.toString(f.callIds()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String s(String value) {
        return value == null ? "" : value;
    }
}
