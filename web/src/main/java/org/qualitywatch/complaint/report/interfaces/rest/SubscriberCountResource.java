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
import org.qualitywatch.complaint.report.application.ComplaintFilter;
import org.qualitywatch.complaint.report.application.ComplaintRates;
import org.qualitywatch.shared.interfaces.rest.CurrentUserProducer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Subscribers per business line and month, the denominator of the complaint rate. */
@Path("/subscriber-counts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "MANAGER", "QA_LEAD"})
public class SubscriberCountResource {

    @Inject
    ComplaintRates rates;

    @Inject
    CurrentUserProducer.CurrentUser user;

    @GET
    public List<ComplaintRates.SubscriberCount> counts(@QueryParam("year") Integer year) {
        return rates.subscriberCounts(year == null ? LocalDate.now(ComplaintFilter.ZONE).getYear() : year);
    }

    /** Saves the given months (subscribers null removes a month); the other months are left as they are. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "MANAGER"})
    public Map<String, Object> save(List<ComplaintRates.SubscriberCount> counts) {
        return Map.of("changed", rates.saveSubscriberCounts(counts == null ? List.of() : counts, user.require().username()));
    }
}
