package org.qualitywatch.calibration.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.qualitywatch.calibration.application.CalibrationSessions;
import org.qualitywatch.calibration.domain.CalibrationResult;
import org.qualitywatch.scoring.domain.ScorecardDefinition;
import org.qualitywatch.scoring.domain.ScorecardDefinition.Answer;
import org.qualitywatch.shared.domain.DomainException;
import org.qualitywatch.shared.interfaces.rest.CurrentUserProducer.CurrentUser;
import org.qualitywatch.calibration.application.Scorecards;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Calibration sessions (校准). Who sees what while a session is open is decided in
 * {@link CalibrationSessions}; see docs/qa-calibration.md.
 */
@Path("/calibration")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "MANAGER", "QA_LEAD", "QA_MONITOR"})
public class CalibrationResource {

    @Inject
    CalibrationSessions sessions;

    @Inject
    Scorecards scorecards;

    @Inject
    CurrentUser currentUser;

    public record ScoreRequest(Map<String, Answer> answers) {
    }

    public record MonitorRow(String monitor, String displayName, int calls, BigDecimal meanDeviation,
                             BigDecimal meanAbsDeviation, BigDecimal maxAbsDeviation, int callsOutside,
                             Double itemAgreement, boolean flagged) {
    }

    public record ItemRow(String code, String name, int agreeing, int compared, Double agreement) {
    }

    public record CallRow(long recordingId, String callId, BigDecimal reference,
                          List<CalibrationResult.CallScore> scores) {
    }

    public record ResultsView(CalibrationSessions.Summary session, String referenceUser, BigDecimal threshold,
                              Double overallAgreement, List<MonitorRow> monitors, List<ItemRow> items,
                              List<CallRow> calls) {
    }

    public record SessionDetail(CalibrationSessions.SessionView view, ScorecardDefinition scorecard) {
    }

    @GET
    @Path("/sessions")
    public List<CalibrationSessions.Summary> list() {
        return sessions.list(currentUser.require());
    }

    @POST
    @Path("/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "QA_LEAD"})
    public Response create(CalibrationSessions.NewSession request) {
        CalibrationSessions.Summary created = sessions.create(request, currentUser.require());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** The session with its scorecard, so the scoring form needs one request. */
    @GET
    @Path("/sessions/{id}")
    public SessionDetail get(@PathParam("id") long id) {
        CalibrationSessions.SessionView view = sessions.view(id, currentUser.require());
        return new SessionDetail(view, scorecards.definition(view.session().scorecardVersionId()));
    }

    @PUT
    @Path("/sessions/{id}/scores/{recordingId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CalibrationSessions.ScoreView score(@PathParam("id") long id, @PathParam("recordingId") long recordingId,
                                               ScoreRequest request) {
        if (request == null) {
            throw DomainException.invalid("Send {\"answers\": {\"itemCode\": {\"na\": false, \"yes\": true}, ...}}.");
        }
        return sessions.score(id, recordingId, request.answers(), currentUser.require());
    }

    @POST
    @Path("/sessions/{id}/close")
    @RolesAllowed({"ADMIN", "QA_LEAD"})
    public CalibrationSessions.Summary close(@PathParam("id") long id) {
        return sessions.close(id, currentUser.require());
    }

    @GET
    @Path("/sessions/{id}/results")
    public ResultsView results(@PathParam("id") long id) {
        CalibrationSessions.Results r = sessions.results(id, currentUser.require());
        CalibrationResult f = r.figures();
        return new ResultsView(r.session(), f.referenceUser(), f.threshold(), f.overallAgreement(),
                f.monitors().stream().map(m -> new MonitorRow(m.monitor(),
                        r.displayNames().getOrDefault(m.monitor(), m.monitor()), m.calls(), m.meanDeviation(),
                        m.meanAbsDeviation(), m.maxAbsDeviation(), m.callsOutside(), m.itemAgreement(), m.flagged()))
                        .toList(),
                f.items().stream().map(i -> new ItemRow(i.code(), r.itemNames().get(i.code()), i.agreeing(),
                        i.compared(), i.agreement())).toList(),
                f.calls().stream().map(c -> new CallRow(c.recordingId(), r.callIds().get(c.recordingId()),
                        c.reference(), c.scores())).toList());
    }

    /** Who can take part: users with role QA_MONITOR or QA_LEAD (the user admin list is ADMIN-only). */
    @GET
    @Path("/monitors")
    @RolesAllowed({"ADMIN", "QA_LEAD"})
    public List<CalibrationSessions.Monitor> monitors() {
        return sessions.monitors();
    }
}
