package org.qualitywatch.complaint.report.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.qualitywatch.complaint.report.infrastructure.ComplaintIndexing;

/** Rebuilds the complaint search index from PostgreSQL; compares rows and documents. */
@Path("/admin/complaints")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class ComplaintIndexAdminResource {

    @Inject
    ComplaintIndexing indexing;

    @POST
    @Path("/reindex")
    public ComplaintIndexing.Result reindex() {
        return indexing.reindexAll();
    }

    @GET
    @Path("/index-status")
    public ComplaintIndexing.IndexStatus status() {
        return indexing.status();
    }
}
