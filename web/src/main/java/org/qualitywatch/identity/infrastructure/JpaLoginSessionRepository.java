package org.qualitywatch.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.qualitywatch.identity.domain.LoginSession;
import org.qualitywatch.identity.domain.LoginSessionRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class JpaLoginSessionRepository implements LoginSessionRepository {

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    @Override
    public Optional<LoginSession> find(String tokenHash) {
        return Optional.ofNullable(em.find(LoginSession.class, tokenHash));
    }

    @Override
    public void add(LoginSession session) {
        em.persist(session);
    }

    @Override
    public void remove(String tokenHash) {
        em.createQuery("delete from LoginSession s where s.tokenHash = :hash").setParameter("hash", tokenHash)
                .executeUpdate();
    }

    @Override
    public int removeAllOf(long userId) {
        return em.createQuery("delete from LoginSession s where s.userId = :user").setParameter("user", userId)
                .executeUpdate();
    }

    @Override
    public int removeExpired(Instant now, Duration idleTimeout) {
        return em.createQuery("delete from LoginSession s where s.expiresAt < :now or s.lastSeenAt < :idleSince")
                .setParameter("now", now).setParameter("idleSince", now.minus(idleTimeout)).executeUpdate();
    }
}
