package org.qualitywatch.complaint.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.qualitywatch.complaint.application.ComplaintRules;
import org.qualitywatch.shared.domain.DomainException;
import org.qualitywatch.shared.interfaces.rest.CurrentUserProducer.CurrentUser;

/** The editable complaint-source rules (sources, their deadlines, repeat window, warning point). */
@Path("/complaint-sources")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "MANAGER", "QA_LEAD", "DEPT_HANDLER"})
public class ComplaintSourceResource {

    @Inject
    ComplaintRules rules;

    @Inject
    CurrentUser currentUser;

    public record Replacement(@NotNull(message = "send the version you edited (0 for the defaults)") Long version,
                              @NotNull(message = "send the whole document as body") ComplaintRules.Document body) {
    }

    @GET
    public ComplaintRules.View get() {
        return rules.view();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "MANAGER"})
    public ComplaintRules.View replace(@NotNull(message = "send {version, body}") Replacement r) {
        return rules.replace(r.version(), r.body(), currentUser.require().username());
    }

    @DELETE
    @RolesAllowed({"ADMIN", "MANAGER"})
    public ComplaintRules.View reset(@QueryParam("version") Long version) {
        if (version == null) {
            throw DomainException.invalid("Say which version you reset: DELETE /api/complaint-sources?version=n.");
        }
        return rules.reset(version, currentUser.require().username());
    }
}
