package org.qualitywatch.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * A logged-in browser. Kept in PostgreSQL rather than in the HTTP session so that any WildFly
 * node can serve any request and an administrator can end a user's sessions. Only a hash of the
 * cookie's token is stored.
 */
@Entity
@Table(name = "login_session")
public class LoginSession {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "csrf_token", nullable = false)
    private String csrfToken;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "client_address")
    private String clientAddress;

    protected LoginSession() {
    }

    public LoginSession(String tokenHash, long userId, String csrfToken, Instant now, Duration absoluteLifetime,
                        String clientAddress) {
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.csrfToken = csrfToken;
        this.createdAt = now;
        this.lastSeenAt = now;
        this.expiresAt = now.plus(absoluteLifetime);
        this.clientAddress = clientAddress;
    }

    /** A session ends at its absolute expiry or after {@code idleTimeout} without a request. */
    public boolean isActiveAt(Instant now, Duration idleTimeout) {
        return now.isBefore(expiresAt) && now.isBefore(lastSeenAt.plus(idleTimeout));
    }

    /** Moves last-seen forward, at most once a minute to spare the database a write per request. */
    public boolean touch(Instant now) {
        if (Duration.between(lastSeenAt, now).compareTo(Duration.ofMinutes(1)) >= 0) {
            lastSeenAt = now;
            return true;
        }
        return false;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public long userId() {
        return userId;
    }

    public String csrfToken() {
        return csrfToken;
    }
}
