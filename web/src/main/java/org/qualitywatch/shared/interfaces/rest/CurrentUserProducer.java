package org.qualitywatch.shared.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.qualitywatch.identity.application.AuthenticatedUser;

import java.util.Optional;

/** Makes the caller injectable as {@code Optional<AuthenticatedUser>} in request-scoped code. */
@RequestScoped
public class CurrentUserProducer {

    @Inject
    HttpServletRequest request;

    @Produces
    public CurrentUser currentUser() {
        return new CurrentUser(Optional.ofNullable(
                (AuthenticatedUser) request.getAttribute(AuthenticatedUser.REQUEST_ATTRIBUTE)));
    }

    /** Wrapper so the producer can return "nobody" without a null bean. */
    public record CurrentUser(Optional<AuthenticatedUser> user) {
        public AuthenticatedUser require() {
            return user.orElseThrow(() -> new IllegalStateException("No logged-in user on this request"));
        }
    }
}
