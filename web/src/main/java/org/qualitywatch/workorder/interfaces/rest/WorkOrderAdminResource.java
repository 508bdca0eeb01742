package org.qualitywatch.workorder.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.qualitywatch.workorder.application.WorkOrderReindex;

/** The work-order search index: rebuild it from PostgreSQL and compare the counts. */
@Path("/admin/work-orders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class WorkOrderAdminResource {

    @Inject
    WorkOrderReindex reindex;

    @POST
    @Path("/reindex")
    public WorkOrderReindex.Result reindex() {
        return reindex.reindexAll();
    }

    @GET
    @Path("/index-status")
    public WorkOrderReindex.IndexStatus indexStatus() {
        return reindex.status();
    }
}
