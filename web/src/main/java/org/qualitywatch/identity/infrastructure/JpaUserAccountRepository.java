package org.qualitywatch.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.qualitywatch.identity.domain.Role;
import org.qualitywatch.identity.domain.UserAccount;
import org.qualitywatch.identity.domain.UserAccountRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :username", UserAccount.class)
                .setParameter("username", UserAccount.normalizeUsername(username))
                .getResultStream().findFirst();
    }

    @Override
    public Optional<UserAccount> find(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public List<UserAccount> findAll() {
        return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class).getResultList();
    }

    @Override
    public boolean anyWithRole(Role role) {
        return !em.createQuery("select u.id from UserAccount u join u.roles r where r = :role", Long.class)
                .setParameter("role", role).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void add(UserAccount account) {
        em.persist(account);
    }
}
