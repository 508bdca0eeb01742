package org.qualitywatch.complaint.report.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.qualitywatch.complaint.report.application.ComplaintCases;
import org.qualitywatch.complaint.report.application.ComplaintDashboard;
import org.qualitywatch.complaint.report.application.ComplaintFilter;
import org.qualitywatch.complaint.report.infrastructure.ComplaintWorkbook;

import java.time.LocalDate;

/** The complaint dashboard (投诉统计), its cases and its export. */
@Path("/complaint-dashboard")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "MANAGER", "QA_LEAD"})
public class ComplaintDashboardResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ComplaintDashboard dashboard;

    @Inject
    ComplaintCases cases;

    @GET
    public ComplaintDashboard.Dashboard dashboard(@BeanParam ComplaintFilterParams params) {
        return dashboard.dashboard(params.filter());
    }

    /** The cases behind a figure, newest first (read from the database). */
    @GET
    @Path("/cases")
    public ComplaintCases.Page cases(@BeanParam ComplaintFilterParams params, @QueryParam("offset") Integer offset,
                                     @QueryParam("limit") Integer limit) {
        return cases.page(params.filter(), offset == null ? 0 : offset, limit == null ? 50 : Math.min(limit, 500));
    }

    @GET
    @Path("/export.xlsx")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    public Response export(@BeanParam ComplaintFilterParams params, @QueryParam("tally") String tally) {
        ComplaintFilter filter = params.filter();
        var which = ComplaintWorkbook.tallies(tally);
        byte[] body = ComplaintWorkbook.tallies(dashboard.dashboard(filter), which);
        String name = "complaint-" + (which.size() == 1 ? which.get(0) : "all") + "-" + span(filter) + ".xlsx";
        return attachment(body, name);
    }

    static String span(ComplaintFilter f) {
        return LocalDate.ofInstant(f.from(), ComplaintFilter.ZONE) + "_"
                + LocalDate.ofInstant(f.to().minusSeconds(1), ComplaintFilter.ZONE);
    }

    static Response attachment(byte[] body, String name) {
        return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
