package org.qualitywatch.complaint.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.qualitywatch.complaint.infrastructure.cityhotline.CityHotlineSettings;
import org.qualitywatch.complaint.infrastructure.cityhotline.CityHotlineSimulator;
import org.qualitywatch.shared.interfaces.rest.Problem;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A small simulator of a 12345 city-hotline platform, for the tests and the demo; served only when
 * {@code QW_SIMULATORS=on} (else every endpoint answers 404). The platform endpoints are what the connector
 * calls server to server: no session, the shared token in {@code X-Platform-Token} instead ({@link PermitAll}
 * plus the token check here); while the platform is switched "down" they answer 503. The admin endpoints
 * (ADMIN) create orders, switch the platform down and up, and show what the platform received.
 * The contract is in docs/city-hotline-connector.md.
 */
@Path("/simulators/city-hotline")
@Produces(MediaType.APPLICATION_JSON)
public class CityHotlineSimulatorResource {

    @Inject
    CityHotlineSimulator simulator;

    public record Page(List<Map<String, Object>> orders, String cursor) {
    }

    public record DownSwitch(boolean down) {
    }

    private Response refused(String token) {
        if (!CityHotlineSettings.simulatorsOn()) {
            return Problem.response(Response.Status.NOT_FOUND, "The simulators are off (QW_SIMULATORS).");
        }
        if (token == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                CityHotlineSettings.token().getBytes(StandardCharsets.UTF_8))) {
            return Problem.response(Response.Status.UNAUTHORIZED, "Send the platform token in "
                    + CityHotlineSettings.TOKEN_HEADER + ".");
        }
        if (simulator.down()) {
            return Problem.response(Response.Status.SERVICE_UNAVAILABLE, "The platform is down (simulated).");
        }
        return null;
    }

    // ------------------------------------------------------------------ platform side (called by the connector)

    @GET
    @Path("/orders")
    @PermitAll
    public Response orders(@HeaderParam(CityHotlineSettings.TOKEN_HEADER) String token, @QueryParam("after") String after,
                           @QueryParam("limit") Integer limit) {
        Response refused = refused(token);
        if (refused != null) {
            return refused;
        }
        long cursor;
        try {
            cursor = after == null || after.isBlank() ? 0 : Long.parseLong(after.strip());
        } catch (NumberFormatException e) {
            return Problem.response(Response.Status.BAD_REQUEST, "after is a cursor from an earlier answer, not " + after);
        }
        List<Map<String, Object>> orders = simulator.ordersAfter(cursor, limit == null ? 50 : Math.max(1, Math.min(200, limit)));
        String next = orders.isEmpty() ? String.valueOf(cursor) : (String) orders.get(orders.size() - 1).get("cursor");
        return Response.ok(new Page(orders, next)).build();
    }

    @POST
    @Path("/orders/{id}/ack")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    public Response ack(@HeaderParam(CityHotlineSettings.TOKEN_HEADER) String token, @PathParam("id") String id,
                        @HeaderParam("Idempotency-Key") String key, Map<String, Object> body) {
        return message(token, id, "ACK", key == null || key.isBlank() ? "ack-" + id : key, body);
    }

    @POST
    @Path("/orders/{id}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    public Response reply(@HeaderParam(CityHotlineSettings.TOKEN_HEADER) String token, @PathParam("id") String id,
                          @HeaderParam("Idempotency-Key") String key, Map<String, Object> body) {
        return message(token, id, "REPLY", key, body);
    }

    @POST
    @Path("/orders/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    public Response close(@HeaderParam(CityHotlineSettings.TOKEN_HEADER) String token, @PathParam("id") String id,
                          @HeaderParam("Idempotency-Key") String key, Map<String, Object> body) {
        return message(token, id, "CLOSE", key, body);
    }

    private Response message(String token, String id, String kind, String key, Map<String, Object> body) {
        Response refused = refused(token);
        if (refused != null) {
            return refused;
        }
        if (key == null || key.isBlank()) {
            return Problem.response(Response.Status.BAD_REQUEST, "Send an Idempotency-Key header.");
        }
        CityHotlineSimulator.Receipt receipt = simulator.receive(id, kind, key.strip(), body);
        return Response.status(receipt.duplicate() ? 200 : 201).entity(receipt).build();
    }

    // ------------------------------------------------------------------ admin side (tests and demo)

    private static void requireOn() {
        if (!CityHotlineSettings.simulatorsOn()) {
            throw org.qualitywatch.shared.domain.DomainException.notFound("The simulators are off (QW_SIMULATORS).");
        }
    }

    @POST
    @Path("/orders")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMIN")
    public Response create(Map<String, Object> order) {
        requireOn();
        return Response.status(201).entity(simulator.create(order)).build();
    }

    @GET
    @Path("/orders/{id}")
    @RolesAllowed("ADMIN")
    public CityHotlineSimulator.OrderState state(@PathParam("id") String id) {
        requireOn();
        return simulator.state(id);
    }

    @POST
    @Path("/down")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("ADMIN")
    public DownSwitch setDown(DownSwitch body) {
        requireOn();
        simulator.setDown(body != null && body.down());
        return new DownSwitch(simulator.down());
    }

    @GET
    @Path("/down")
    @RolesAllowed("ADMIN")
    public DownSwitch down() {
        requireOn();
        return new DownSwitch(simulator.down());
    }
}
