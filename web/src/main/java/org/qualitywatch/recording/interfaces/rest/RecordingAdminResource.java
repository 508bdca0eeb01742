package org.qualitywatch.recording.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.qualitywatch.recording.api.RecordingAdministration;
import org.qualitywatch.shared.domain.DomainException;

import java.util.List;
import java.util.Map;

/** Backfills of recording archives and the search index's state. */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class RecordingAdminResource {

    @Inject
    RecordingAdministration administration;

    public record BackfillRequest(@NotBlank(message = "give the server directory to index") String root) {
    }

    @GET
    @Path("/backfills")
    public List<RecordingAdministration.BackfillJob> backfills() {
        return administration.backfills();
    }

    @GET
    @Path("/backfills/{id}")
    public RecordingAdministration.BackfillJob backfill(@jakarta.ws.rs.PathParam("id") long id) {
        return administration.backfill(id).orElseThrow(() -> DomainException.notFound("There is no backfill " + id + "."));
    }

    @POST
    @Path("/backfills")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response startBackfill(@NotNull(message = "send {\"root\": \"/path\"}") @Valid BackfillRequest request) {
        try {
            return Response.accepted(administration.startBackfill(request.root().trim())).build();
        } catch (IllegalArgumentException e) {
            throw new DomainException(DomainException.Kind.INVALID, e.getMessage(),
                    List.of(new DomainException.FieldError("root", e.getMessage())));
        }
    }

    @POST
    @Path("/recordings/reindex")
    public Map<String, Long> reindex() {
        return Map.of("queued", administration.reindexAll());
    }

    @GET
    @Path("/recordings/index-status")
    public RecordingAdministration.IndexStatus indexStatus() {
        return administration.indexStatus();
    }
}
