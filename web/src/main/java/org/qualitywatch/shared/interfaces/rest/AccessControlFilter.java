package org.qualitywatch.shared.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.qualitywatch.identity.application.AuthenticatedUser;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Every endpoint declares who may call it with {@link PermitAll}, {@link RolesAllowed} or
 * {@link DenyAll} on the method or its class; an endpoint that declares nothing is refused
 * (default deny). Anonymous callers of a protected endpoint get 401, callers without a fitting
 * role 403. State-changing requests of a logged-in browser must echo the session's CSRF token in
 * {@code X-CSRF-Token}, public endpoints included, except those marked {@link CsrfExempt}.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessControlFilter implements ContainerRequestFilter {

    /** {@code @RolesAllowed(ANY_ROLE)}: any logged-in user. */
    public static final String ANY_ROLE = "**";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Logger LOG = Logger.getLogger(AccessControlFilter.class.getName());

    @Context
    ResourceInfo resourceInfo;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resourceInfo.getResourceMethod();
        if (method == null) {
            return;
        }
        AccessRule rule = AccessRule.of(method, resourceInfo.getResourceClass());
        AuthenticatedUser user = (AuthenticatedUser) servletRequest.getAttribute(AuthenticatedUser.REQUEST_ATTRIBUTE);
        if (rule == AccessRule.UNDECLARED) {
            LOG.severe(() -> "Endpoint " + method + " declares no access rule and is refused");
            request.abortWith(Problem.response(Response.Status.FORBIDDEN,
                    "This endpoint is not open to anyone."));
            return;
        }
        if (user != null && !SAFE_METHODS.contains(request.getMethod()) && !method.isAnnotationPresent(CsrfExempt.class)
                && !user.csrfToken().equals(request.getHeaderString(CSRF_HEADER))) {
            request.abortWith(Problem.response(Response.Status.FORBIDDEN,
                    "The request is missing its CSRF token (header " + CSRF_HEADER
                            + "). Reload the page and try again."));
            return;
        }
        if (rule.isPublic()) {
            return;
        }
        if (user == null) {
            request.abortWith(Problem.response(Response.Status.UNAUTHORIZED,
                    "You are not logged in, or your session has expired. Log in and try again."));
            return;
        }
        if (!rule.allows(user)) {
            request.abortWith(Problem.response(Response.Status.FORBIDDEN,
                    "Your role does not allow this. Ask an administrator if you need access."));
        }
    }

    /** What an endpoint declares; method annotations override class annotations. */
    public record AccessRule(boolean isPublic, boolean denied, Set<String> roles) {

        public static final AccessRule UNDECLARED = new AccessRule(false, true, Set.of());

        public static AccessRule of(Method method, Class<?> resourceClass) {
            AccessRule onMethod = declaredOn(method);
            if (onMethod != null) {
                return onMethod;
            }
            AccessRule onClass = declaredOn(resourceClass);
            return onClass != null ? onClass : UNDECLARED;
        }

        private static AccessRule declaredOn(AnnotatedElement element) {
            if (element.isAnnotationPresent(DenyAll.class)) {
                return new AccessRule(false, true, Set.of());
            }
            if (element.isAnnotationPresent(PermitAll.class)) {
                return new AccessRule(true, false, Set.of());
            }
            RolesAllowed roles = element.getAnnotation(RolesAllowed.class);
            return roles == null ? null : new AccessRule(false, false, Set.of(roles.value()));
        }

        public boolean allows(AuthenticatedUser user) {
            if (denied) {
                return false;
            }
            return roles.contains(ANY_ROLE) || user.hasAnyRole(roles.toArray(String[]::new));
        }
    }
}
