package org.qualitywatch.complaint.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.qualitywatch.complaint.infrastructure.cityhotline.CityHotlineConnector;

/**
 * The city-hotline connector for operators and tests: run a poll or a flush now (they also run on a timer),
 * and its status (last poll, waiting and given-up messages).
 */
@Path("/connectors/city-hotline")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
public class CityHotlineConnectorResource {

    @Inject
    CityHotlineConnector connector;

    public record PollAndFlush(CityHotlineConnector.PollResult poll, CityHotlineConnector.FlushResult flush) {
    }

    /** Fetches new orders now and sends their acknowledgements. */
    @POST
    @Path("/poll")
    public PollAndFlush poll() {
        CityHotlineConnector.PollResult poll = connector.poll();
        return new PollAndFlush(poll, connector.flush(false));
    }

    /** Sends every waiting message now, ignoring the back-off (each is tried once). */
    @POST
    @Path("/flush")
    public CityHotlineConnector.FlushResult flush() {
        return connector.flush(true);
    }

    @GET
    @Path("/status")
    public CityHotlineConnector.Status status() {
        return connector.status();
    }
}
