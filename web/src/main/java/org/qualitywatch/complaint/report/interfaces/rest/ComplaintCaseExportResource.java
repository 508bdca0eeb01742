package org.qualitywatch.complaint.report.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.qualitywatch.complaint.report.application.ComplaintCases;
import org.qualitywatch.complaint.report.application.ComplaintFilter;
import org.qualitywatch.complaint.report.infrastructure.ComplaintWorkbook;

/** The case list as XLSX, with the list's filters; phone numbers masked (first 3 and last 4 digits kept). */
@Path("/complaints/export.xlsx")
@RolesAllowed({"ADMIN", "MANAGER", "QA_LEAD"})
public class ComplaintCaseExportResource {

    @Inject
    ComplaintCases cases;

    @GET
    @Produces({ComplaintDashboardResource.XLSX, MediaType.APPLICATION_JSON})
    public Response export(@BeanParam ComplaintFilterParams params) {
        ComplaintFilter filter = params.filter();
        byte[] body = ComplaintWorkbook.cases(cases.all(filter));
        return ComplaintDashboardResource.attachment(body, "complaints-" + ComplaintDashboardResource.span(filter) + ".xlsx");
    }
}
