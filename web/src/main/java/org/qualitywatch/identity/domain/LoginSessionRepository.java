package org.qualitywatch.identity.domain;

import java.time.Instant;
import java.util.Optional;

public interface LoginSessionRepository {

    Optional<LoginSession> find(String tokenHash);

    void add(LoginSession session);

    void remove(String tokenHash);

    int removeAllOf(long userId);

    int removeExpired(Instant now, java.time.Duration idleTimeout);
}
