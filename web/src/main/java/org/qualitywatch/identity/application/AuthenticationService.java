package org.qualitywatch.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.qualitywatch.identity.domain.LoginSession;
import org.qualitywatch.identity.domain.LoginSessionRepository;
import org.qualitywatch.identity.domain.PasswordHasher;
import org.qualitywatch.identity.domain.UserAccount;
import org.qualitywatch.identity.domain.UserAccountRepository;
import org.qualitywatch.shared.domain.DomainException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/** Logs users in and out and resumes their sessions. */
@ApplicationScoped
public class AuthenticationService {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Verified against when the user does not exist, so both cases take the same time. */
    private static final String DUMMY_HASH = new PasswordHasher().hash("not-a-real-password");

    @Inject
    UserAccountRepository accounts;

    @Inject
    LoginSessionRepository sessions;

    private final PasswordHasher hasher = new PasswordHasher();
    private final SecuritySettings settings = SecuritySettings.fromEnvironment();
    private final Clock clock = Clock.systemUTC();

    public record LoginResult(String sessionToken, AuthenticatedUser user) {
    }

    /** Thrown (and committed, unlike a rollback) when credentials are wrong or the account is locked. */
    @Transactional(dontRollbackOn = DomainException.class)
    public LoginResult login(String username, String password, String clientAddress) {
        Instant now = clock.instant();
        Optional<UserAccount> found = accounts.findByUsername(username);
        if (found.isEmpty()) {
            hasher.verify(password, DUMMY_HASH);
            throw badCredentials();
        }
        UserAccount account = found.get();
        if (account.isLockedAt(now)) {
            throw new DomainException(DomainException.Kind.TOO_MANY_REQUESTS,
                    "Too many failed logins: this account is locked until " + account.lockedUntil()
                            + ". Try again later or ask an administrator to unlock it.");
        }
        if (!hasher.verify(password, account.passwordHash())) {
            account.recordFailedLogin(now, settings.maxFailedLogins(), settings.lockDuration());
            throw badCredentials();
        }
        if (!account.isEnabled()) {
            throw new DomainException(DomainException.Kind.UNAUTHORIZED,
                    "This account is disabled. Ask an administrator to enable it.");
        }
        account.recordSuccessfulLogin();
        String token = randomToken();
        LoginSession session = new LoginSession(sha256(token), account.id(), randomToken(), now,
                settings.sessionLifetime(), clientAddress);
        sessions.add(session);
        return new LoginResult(token, toUser(account, session));
    }

    /** The user behind a session cookie, if the session is still active. */
    @Transactional
    public Optional<AuthenticatedUser> resume(String sessionToken) {
        if (sessionToken == null || sessionToken.length() < 20) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<LoginSession> session = sessions.find(sha256(sessionToken));
        if (session.isEmpty() || !session.get().isActiveAt(now, settings.sessionIdleTimeout())) {
            return Optional.empty();
        }
        Optional<UserAccount> account = accounts.find(session.get().userId());
        if (account.isEmpty() || !account.get().isEnabled()) {
            return Optional.empty();
        }
        session.get().touch(now);
        return Optional.of(toUser(account.get(), session.get()));
    }

    @Transactional
    public void logout(String sessionToken) {
        if (sessionToken != null) {
            sessions.remove(sha256(sessionToken));
        }
    }

    public SecuritySettings settings() {
        return settings;
    }

    private static AuthenticatedUser toUser(UserAccount account, LoginSession session) {
        return new AuthenticatedUser(account.id(), account.username(), account.displayName(), account.roles(),
                account.department(), account.agentId(), session.csrfToken());
    }

    private static DomainException badCredentials() {
        return new DomainException(DomainException.Kind.UNAUTHORIZED,
                "Wrong user name or password.");
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
