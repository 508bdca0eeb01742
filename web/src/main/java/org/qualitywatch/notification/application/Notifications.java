package org.qualitywatch.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qualitywatch.notification.domain.Notification;
import org.qualitywatch.shared.domain.DomainException;

import java.time.Instant;
import java.util.List;

/** Sends and lists notifications; sending joins the caller's transaction, so a rolled-back change notifies nobody. */
@ApplicationScoped
public class Notifications {

    private static final String MINE = "(n.recipientUser = :user or (:department is not null and n.recipientDepartment = :department))";

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void send(Notification notification) {
        em.persist(notification);
    }

    @Transactional
    public List<Notification> mine(String username, String department, boolean unreadOnly, int size) {
        return em.createQuery("select n from Notification n where " + MINE + (unreadOnly ? " and n.readAt is null" : "")
                        + " order by n.createdAt desc, n.id desc", Notification.class)
                .setParameter("user", username).setParameter("department", department)
                .setMaxResults(Math.min(Math.max(size, 1), 200)).getResultList();
    }

    @Transactional
    public long unread(String username, String department) {
        return em.createQuery("select count(n) from Notification n where " + MINE + " and n.readAt is null", Long.class)
                .setParameter("user", username).setParameter("department", department).getSingleResult();
    }

    @Transactional
    public Notification markRead(long id, String username, String department) {
        Notification n = em.find(Notification.class, id);
        if (n == null || !n.isFor(username, department)) {
            throw DomainException.notFound("There is no notification " + id + " for you.");
        }
        n.markRead(username, Instant.now());
        return n;
    }

    @Transactional
    public int markAllRead(String username, String department) {
        return em.createQuery("update Notification n set n.readAt = :now, n.readBy = :user where " + MINE
                        + " and n.readAt is null")
                .setParameter("now", Instant.now()).setParameter("user", username).setParameter("department", department)
                .executeUpdate();
    }
}
