package org.qualitywatch.system.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.qualitywatch.system.application.HealthService;

/** Health of PostgreSQL, Elasticsearch and the background queue: 200 when all is up, else 503. */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class HealthResource {

    @Inject
    HealthService health;

    @GET
    public Response health() {
        HealthService.Report report = health.report();
        return Response.status(report.status() == HealthService.Status.UP ? 200 : 503).entity(report).build();
    }
}
