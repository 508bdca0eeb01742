package org.qualitywatch.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.qualitywatch.identity.application.AuthenticatedUser;
import org.qualitywatch.identity.application.AuthenticationService;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Jakarta Security mechanism: a request carrying a valid session cookie is authenticated as that
 * session's user with the user's roles as groups. A request without one stays anonymous; whether
 * anonymous callers may proceed is decided per endpoint by the REST access-control filter.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String COOKIE = "QW_SESSION";

    @Inject
    AuthenticationService authentication;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Optional<AuthenticatedUser> user = sessionToken(request).flatMap(authentication::resume);
        if (user.isEmpty()) {
            return context.doNothing();
        }
        request.setAttribute(AuthenticatedUser.REQUEST_ATTRIBUTE, user.get());
        return context.notifyContainerAboutLogin(new CredentialValidationResult(user.get().username(),
                user.get().roles().stream().map(Enum::name).collect(Collectors.toSet())));
    }

    public static Optional<String> sessionToken(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }
}
