package org.qualitywatch.identity.application;

import org.qualitywatch.identity.domain.Role;

import java.util.Arrays;
import java.util.Set;

/** The caller of the current request, as established from the session cookie. */
public record AuthenticatedUser(long id, String username, String displayName, Set<Role> roles,
                                String department, String agentId, String csrfToken) {

    public static final String REQUEST_ATTRIBUTE = AuthenticatedUser.class.getName();

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... roleNames) {
        return Arrays.stream(roleNames).anyMatch(name -> roles.stream().anyMatch(r -> r.name().equals(name)));
    }
}
