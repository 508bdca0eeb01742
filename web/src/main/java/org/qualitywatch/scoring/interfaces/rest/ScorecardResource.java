package org.qualitywatch.scoring.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.qualitywatch.scoring.application.Scorecards;
import org.qualitywatch.scoring.domain.ScorecardDefinition;
import org.qualitywatch.shared.interfaces.rest.CurrentUserProducer.CurrentUser;

import java.util.List;
import java.util.Map;

/** Scorecards and their versions; the designer (admins, QA leads) drafts and publishes. */
@Path("/scorecards")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "MANAGER", "QA_LEAD", "QA_MONITOR"})
public class ScorecardResource {

    @Inject
    Scorecards scorecards;

    @Inject
    CurrentUser currentUser;

    public record NewScorecard(@NotNull(message = "give the scorecard a name") String name, String description,
                               @NotNull(message = "send the definition {sections, grades}") ScorecardDefinition definition) {
    }

    public record Draft(@NotNull(message = "send the definition {sections, grades}") ScorecardDefinition definition) {
    }

    public record TrialScore(@NotNull(message = "send the answers {itemCode: {...}}")
                             Map<String, ScorecardDefinition.Answer> answers) {
    }

    @GET
    public List<Scorecards.Summary> list() {
        return scorecards.list();
    }

    @GET
    @Path("/defaults")
    public ScorecardDefinition defaults() {
        return ScorecardDefinition.defaults();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "QA_LEAD"})
    public Scorecards.Summary create(@NotNull(message = "send {name, description, definition}") NewScorecard request) {
        return scorecards.create(request.name(), request.description(), request.definition(),
                currentUser.require().username());
    }

    @GET
    @Path("/{id}/versions")
    public List<Scorecards.VersionRef> versions(@PathParam("id") long id) {
        return scorecards.versions(id);
    }

    @PUT
    @Path("/{id}/draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "QA_LEAD"})
    public Scorecards.VersionView saveDraft(@PathParam("id") long id,
                                            @NotNull(message = "send {definition}") Draft draft) {
        return scorecards.saveDraft(id, draft.definition(), currentUser.require().username());
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed({"ADMIN", "QA_LEAD"})
    public Scorecards.VersionView publish(@PathParam("id") long id) {
        return scorecards.publish(id, currentUser.require().username());
    }

    @GET
    @Path("/versions/{versionId}")
    public Scorecards.VersionView version(@PathParam("versionId") long versionId) {
        return scorecards.version(versionId);
    }

    /** Scores answers against a version without storing anything: the designer's "试算". */
    @POST
    @Path("/versions/{versionId}/trial")
    @Consumes(MediaType.APPLICATION_JSON)
    public ScorecardDefinition.Score trial(@PathParam("versionId") long versionId,
                                           @NotNull(message = "send {answers}") TrialScore trial) {
        try {
            return scorecards.definition(versionId).score(trial.answers());
        } catch (IllegalArgumentException e) {
            throw org.qualitywatch.shared.domain.DomainException.invalid(e.getMessage());
        }
    }
}
