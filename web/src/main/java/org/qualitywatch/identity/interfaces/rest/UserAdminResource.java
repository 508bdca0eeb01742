package org.qualitywatch.identity.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.qualitywatch.identity.application.UserDirectory;
import org.qualitywatch.identity.domain.UserAccount;

import java.util.List;

/** User administration. */
@Path("/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class UserAdminResource {

    @Inject
    UserDirectory users;

    public record UserView(long id, String username, String displayName, List<String> roles, boolean enabled,
                           String department, String agentId) {
        static UserView of(UserAccount a) {
            return new UserView(a.id(), a.username(), a.displayName(),
                    a.roles().stream().map(Enum::name).sorted().toList(), a.isEnabled(), a.department(),
                    a.agentId());
        }
    }

    @GET
    public List<UserView> list() {
        return users.all().stream().map(UserView::of).toList();
    }
}
