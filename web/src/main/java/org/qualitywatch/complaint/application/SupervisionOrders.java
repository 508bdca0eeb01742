package org.qualitywatch.complaint.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qualitywatch.complaint.domain.Complaint;
import org.qualitywatch.complaint.domain.SupervisionEvent;
import org.qualitywatch.complaint.domain.SupervisionOrder;
import org.qualitywatch.identity.application.AuthenticatedUser;
import org.qualitywatch.identity.domain.Role;
import org.qualitywatch.notification.application.Notifications;
import org.qualitywatch.notification.domain.Notification;
import org.qualitywatch.shared.domain.DomainException;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Supervision orders: issued by supervision staff, answered by the lead department, accepted or sent back by
 * the issuer. Department handlers see and answer only their own department's orders.
 */
@ApplicationScoped
public class SupervisionOrders {

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    jakarta.enterprise.event.Event<org.qualitywatch.complaint.domain.SupervisionOrderAccepted> accepted;

    public record Loaded(SupervisionOrder order, List<SupervisionEvent> events) {
    }

    private static boolean isHandlerOnly(AuthenticatedUser u) {
        return u.roles().contains(Role.DEPT_HANDLER) && !u.hasAnyRole("ADMIN", "MANAGER", "QA_LEAD");
    }

    @Transactional
    public SupervisionOrder issue(SupervisionOrder.Draft draft, AuthenticatedUser by) {
        Instant now = Instant.now();
        long seq = ((Number) em.createNativeQuery("select nextval('qw.supervision_order_number')").getSingleResult())
                .longValue();
        String number = "DB" + now.atZone(ZoneId.of("Asia/Shanghai")).getYear() + "-" + String.format("%05d", seq);
        SupervisionOrder o = SupervisionOrder.issue(number, draft, by.username(), now);
        em.persist(o);
        em.flush();
        em.persist(new SupervisionEvent(o.id(), now, SupervisionEvent.Kind.ISSUED, by.username(), o.description()));
        if (o.originType() == SupervisionOrder.Origin.COMPLAINT && o.originRef() != null) {
            try {
                Complaint c = em.find(Complaint.class, Long.parseLong(o.originRef()));
                if (c != null) {
                    c.recordSupervision(number, by.username(), now);
                }
            } catch (NumberFormatException ignored) {
                // an origin given as free text, e.g. an outside reference: nothing to link
            }
        }
        notifications.send(Notification.toDepartment(o.leadDepartment(), "SUPERVISION", "督办单 " + number + "：" + o.matter(),
                "请于 " + o.deadline() + " 前回复", "/supervision-orders/" + o.id(), now));
        return o;
    }

    @Transactional
    public List<SupervisionOrder> list(AuthenticatedUser viewer, String status) {
        String where = " where 1 = 1" + (isHandlerOnly(viewer) ? " and o.leadDepartment = :dept" : "")
                + (status == null ? "" : " and o.status = :status");
        var q = em.createQuery("select o from SupervisionOrder o" + where + " order by o.issuedAt desc",
                SupervisionOrder.class).setMaxResults(500);
        if (isHandlerOnly(viewer)) {
            q.setParameter("dept", viewer.department() == null ? "" : viewer.department());
        }
        if (status != null) {
            q.setParameter("status", SupervisionOrder.Status.valueOf(status));
        }
        return q.getResultList();
    }

    @Transactional
    public Loaded load(long id, AuthenticatedUser viewer) {
        SupervisionOrder o = visible(id, viewer);
        return new Loaded(o, em.createQuery("select e from SupervisionEvent e where e.supervisionOrderId = :id "
                + "order by e.at, e.id", SupervisionEvent.class).setParameter("id", id).getResultList());
    }

    private SupervisionOrder visible(long id, AuthenticatedUser viewer) {
        SupervisionOrder o = em.find(SupervisionOrder.class, id);
        if (o == null) {
            throw DomainException.notFound("There is no supervision order " + id + ".");
        }
        if (isHandlerOnly(viewer) && !o.leadDepartment().equals(viewer.department())) {
            throw DomainException.forbidden("Supervision order " + o.number() + " is for " + o.leadDepartment()
                    + "; you answer only your own department's orders.");
        }
        return o;
    }

    @Transactional
    public void reply(long id, String text, AuthenticatedUser by) {
        if (text == null || text.isBlank()) {
            throw DomainException.invalid("Write the department's reply (办理情况).");
        }
        SupervisionOrder o = visible(id, by);
        if (!by.roles().contains(Role.DEPT_HANDLER) && !by.hasAnyRole("ADMIN", "MANAGER")) {
            throw DomainException.forbidden("The lead department (or a manager) replies to a supervision order.");
        }
        Instant now = Instant.now();
        o.reply(now);
        em.persist(new SupervisionEvent(id, now, SupervisionEvent.Kind.REPLIED, by.username(), text.strip()));
        notifications.send(Notification.toUser(o.issuedBy(), "SUPERVISION", "督办单 " + o.number() + " 已回复",
                text.strip(), "/supervision-orders/" + id, now));
    }

    @Transactional
    public void decide(long id, boolean accept, String comment, AuthenticatedUser by) {
        SupervisionOrder o = visible(id, by);
        if (isHandlerOnly(by)) {
            throw DomainException.forbidden("The issuer accepts or sends back a reply, not the department.");
        }
        if (!accept && (comment == null || comment.isBlank())) {
            throw DomainException.invalid("Say why the reply is sent back.");
        }
        Instant now = Instant.now();
        if (accept) {
            o.accept(now);
            String reply = em.createQuery("select e.text from SupervisionEvent e where e.supervisionOrderId = :id "
                            + "and e.kind = 'REPLIED' order by e.at desc, e.id desc", String.class).setParameter("id", id)
                    .setMaxResults(1).getResultList().stream().findFirst().orElse("");
            accepted.fire(new org.qualitywatch.complaint.domain.SupervisionOrderAccepted(id, o.originType(),
                    o.originRef(), reply));
        } else {
            o.sendBack(now);
            notifications.send(Notification.toDepartment(o.leadDepartment(), "SUPERVISION", "督办单 " + o.number()
                    + " 被退回 / sent back", comment, "/supervision-orders/" + id, now));
        }
        em.persist(new SupervisionEvent(id, now, accept ? SupervisionEvent.Kind.ACCEPTED : SupervisionEvent.Kind.RETURNED,
                by.username(), comment));
    }
}
