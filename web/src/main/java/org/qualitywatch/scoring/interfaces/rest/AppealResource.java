package org.qualitywatch.scoring.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.qualitywatch.scoring.application.EvaluationQueries;

import java.util.List;

/** Appeals for the leads' review queue (open first). */
@Path("/appeals")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "MANAGER", "QA_LEAD"})
public class AppealResource {

    @Inject
    EvaluationQueries queries;

    @GET
    public List<EvaluationQueries.AppealRow> list(@QueryParam("status") String status) {
        return queries.appeals(status == null || status.isBlank() ? null : status.strip().toUpperCase());
    }
}
