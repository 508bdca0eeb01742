package org.qualitywatch.identity.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.qualitywatch.identity.application.AuthenticatedUser;
import org.qualitywatch.identity.application.AuthenticationService;
import org.qualitywatch.identity.infrastructure.SessionAuthenticationMechanism;
import org.qualitywatch.shared.interfaces.rest.AccessControlFilter;
import org.qualitywatch.shared.interfaces.rest.CsrfExempt;
import org.qualitywatch.shared.interfaces.rest.CurrentUserProducer.CurrentUser;

import java.util.List;

/** Login, logout and "who am I" for the single-page UI. */
@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    AuthenticationService authentication;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpServletRequest request;

    public record LoginRequest(@NotBlank @Size(max = 100) String username,
                               @NotBlank @Size(max = 200) String password) {
    }

    public record SessionView(String username, String displayName, List<String> roles, String department,
                              String agentId, String csrfToken) {
        static SessionView of(AuthenticatedUser user) {
            return new SessionView(user.username(), user.displayName(),
                    user.roles().stream().map(Enum::name).sorted().toList(), user.department(), user.agentId(),
                    user.csrfToken());
        }
    }

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @CsrfExempt
    public Response login(@NotNull(message = "send a JSON body with username and password") @Valid LoginRequest login) {
        AuthenticationService.LoginResult result = authentication.login(login.username(), login.password(),
                request.getRemoteAddr());
        return Response.ok(SessionView.of(result.user())).cookie(sessionCookie(result.sessionToken(), -1)).build();
    }

    @GET
    @Path("/me")
    @RolesAllowed(AccessControlFilter.ANY_ROLE)
    public SessionView me() {
        return SessionView.of(currentUser.require());
    }

    @POST
    @Path("/logout")
    @PermitAll
    public Response logout() {
        SessionAuthenticationMechanism.sessionToken(request).ifPresent(authentication::logout);
        return Response.noContent().cookie(sessionCookie("", 0)).build();
    }

    private NewCookie sessionCookie(String value, int maxAge) {
        return new NewCookie.Builder(SessionAuthenticationMechanism.COOKIE)
                .value(value).path("/").httpOnly(true)
                .secure(request.isSecure() || authentication.settings().secureCookies())
                .sameSite(NewCookie.SameSite.STRICT)
                .maxAge(maxAge)
                .build();
    }
}
