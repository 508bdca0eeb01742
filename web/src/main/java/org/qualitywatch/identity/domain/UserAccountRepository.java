package org.qualitywatch.identity.domain;

import java.util.List;
import java.util.Optional;

public interface UserAccountRepository {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> find(long id);

    List<UserAccount> findAll();

    boolean anyWithRole(Role role);

    void add(UserAccount account);
}
