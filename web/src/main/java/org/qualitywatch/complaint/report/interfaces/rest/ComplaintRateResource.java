package org.qualitywatch.complaint.report.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.qualitywatch.complaint.report.application.ComplaintRates;
import org.qualitywatch.shared.interfaces.rest.CurrentUserProducer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Complaint rate (‱) per business line and month, the regulator's appeals per million per quarter, and the target. */
@Path("/complaint-rates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "MANAGER", "QA_LEAD"})
public class ComplaintRateResource {

    @Inject
    ComplaintRates rates;

    @Inject
    CurrentUserProducer.CurrentUser user;

    @GET
    public ComplaintRates.Rates rates(@QueryParam("year") Integer year) {
        return rates.rates(year == null ? LocalDate.now(org.qualitywatch.complaint.report.application.ComplaintFilter.ZONE).getYear() : year);
    }

    @GET
    @Path("/targets")
    public List<ComplaintRates.Target> targets() {
        return rates.targets();
    }

    /** Replaces the targets ('*' = every line without its own). */
    @PUT
    @Path("/targets")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "MANAGER"})
    public Map<String, Object> saveTargets(List<ComplaintRates.Target> targets) {
        return Map.of("targets", rates.saveTargets(targets == null ? List.of() : targets, user.require().username()));
    }
}
