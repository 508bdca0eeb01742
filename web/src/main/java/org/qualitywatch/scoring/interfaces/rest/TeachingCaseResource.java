package org.qualitywatch.scoring.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.qualitywatch.scoring.application.TeachingCases;
import org.qualitywatch.scoring.domain.TeachingCase;
import org.qualitywatch.shared.domain.DomainException;
import org.qualitywatch.shared.interfaces.rest.CurrentUserProducer.CurrentUser;

import java.time.Instant;
import java.util.List;

/** The teaching-case library: leads mark calls; monitors, leads and agents play them in team sessions. */
@Path("/teaching-cases")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "MANAGER", "QA_LEAD", "QA_MONITOR", "AGENT"})
public class TeachingCaseResource {

    @Inject
    TeachingCases cases;

    @Inject
    CurrentUser currentUser;

    public record NewCase(@NotNull(message = "name the recording") Long recordingId, Long evaluationId,
                          @NotNull(message = "kind is EXEMPLARY or LESSON") String kind, String title, String notes,
                          List<String> tags) {
    }

    public record CaseView(long id, long recordingId, String callId, Long evaluationId, String kind, String title,
                           String notes, List<String> tags, String markedBy, Instant createdAt) {
        static CaseView of(TeachingCase c) {
            return new CaseView(c.id(), c.recordingId(), c.callId(), c.evaluationId(), c.kind().name(), c.title(),
                    c.notes(), c.tags(), c.markedBy(), c.createdAt());
        }
    }

    private static TeachingCase.Kind kind(String value) {
        try {
            return TeachingCase.Kind.valueOf(value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("kind is EXEMPLARY (范例) or LESSON (反面案例), not \"" + value + "\".");
        }
    }

    @GET
    public List<CaseView> list(@QueryParam("kind") String kind) {
        return cases.list(kind == null || kind.isBlank() ? null : kind(kind)).stream().map(CaseView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "QA_LEAD"})
    public CaseView mark(@NotNull(message = "send {recordingId, kind, title, notes, tags}") NewCase c) {
        return CaseView.of(cases.mark(c.recordingId(), c.evaluationId(), kind(c.kind()), c.title(), c.notes(), c.tags(),
                currentUser.require().username()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({"ADMIN", "QA_LEAD"})
    public void remove(@PathParam("id") long id) {
        cases.remove(id);
    }
}
