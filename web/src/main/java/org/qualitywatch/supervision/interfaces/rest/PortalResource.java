package org.qualitywatch.supervision.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.qualitywatch.attachment.application.Attachments;
import org.qualitywatch.attachment.domain.Attachment;
import org.qualitywatch.attachment.interfaces.rest.AttachmentDownloads;
import org.qualitywatch.shared.domain.DomainException;
import org.qualitywatch.shared.interfaces.rest.CurrentUserProducer.CurrentUser;
import org.qualitywatch.supervision.application.ReportTemplates;
import org.qualitywatch.supervision.application.SupervisorReports;
import org.qualitywatch.supervision.application.Supervisors;
import org.qualitywatch.supervision.domain.Supervisor;
import org.qualitywatch.supervision.domain.SupervisorReport;
import org.qualitywatch.supervision.domain.VisitType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The public supervisors' portal: their profile, the templates, their own reports with attachments, the
 * answers and their ratings. Nothing else of the system is reachable with the PUBLIC_SUPERVISOR role.
 */
@Path("/portal")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("PUBLIC_SUPERVISOR")
public class PortalResource {

    @Inject
    SupervisorReports reports;

    @Inject
    Supervisors supervisors;

    @Inject
    ReportTemplates templates;

    @Inject
    Attachments attachments;

    @Inject
    CurrentUser currentUser;

    public record Me(String name, String affiliation, String kind, LocalDate termStart, LocalDate termEnd,
                     String status) {
    }

    public record NewReport(@NotNull(message = "visitType is SERVICE_HALL, HOTLINE_CALL, FIELD_REPAIR or ONLINE")
                            String visitType) {
    }

    public record Content(String place, Instant visitedAt, JsonObject answers, Integer overallRating, String narrative) {
    }

    public record RatingRequest(@NotNull(message = "rating is SATISFIED or DISSATISFIED") String rating, String comment) {
    }

    @GET
    @Path("/me")
    public Me me() {
        Supervisor s = supervisors.byUsername(currentUser.require().username());
        return new Me(s.name(), s.affiliation(), s.kind().name(), s.termStart(), s.termEnd(), s.status().name());
    }

    @GET
    @Path("/templates")
    public List<ReportTemplates.View> templates() {
        return templates.current();
    }

    @GET
    @Path("/reports")
    public List<ReportViews.PortalReport> reports() {
        return reports.mine(currentUser.require()).stream().map(ReportViews.PortalReport::of).toList();
    }

    @POST
    @Path("/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReportViews.PortalReport start(@NotNull(message = "send {visitType}") NewReport request) {
        VisitType type;
        try {
            type = VisitType.valueOf(request.visitType().strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("visitType is SERVICE_HALL, HOTLINE_CALL, FIELD_REPAIR or ONLINE.");
        }
        return ReportViews.PortalReport.of(reports.start(type, currentUser.require()));
    }

    @GET
    @Path("/reports/{id}")
    public ReportViews.PortalReport report(@PathParam("id") long id) {
        return ReportViews.PortalReport.of(reports.own(id, currentUser.require()));
    }

    @PUT
    @Path("/reports/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReportViews.PortalReport save(@PathParam("id") long id, @NotNull(message = "send the report") Content c) {
        return ReportViews.PortalReport.of(reports.edit(id, new SupervisorReport.Content(c.place(), c.visitedAt(),
                c.answers() == null ? "{}" : c.answers().toString(), c.overallRating(), c.narrative()),
                currentUser.require()));
    }

    @POST
    @Path("/reports/{id}/submit")
    public ReportViews.PortalReport submit(@PathParam("id") long id) {
        return ReportViews.PortalReport.of(reports.submit(id, currentUser.require()));
    }

    @POST
    @Path("/reports/{id}/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReportViews.PortalReport rate(@PathParam("id") long id, @NotNull(message = "send {rating, comment}")
                                         RatingRequest r) {
        SupervisorReport.Rating rating;
        try {
            rating = SupervisorReport.Rating.valueOf(r.rating().strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("rating is SATISFIED (满意) or DISSATISFIED (不满意).");
        }
        return ReportViews.PortalReport.of(reports.rate(id, rating, r.comment(), currentUser.require()));
    }

    @GET
    @Path("/reports/{id}/attachments")
    public List<ReportViews.AttachmentView> attachments(@PathParam("id") long id) {
        reports.own(id, currentUser.require());
        return attachments.of(ReportViews.ATTACHMENT_OWNER, id).stream().map(ReportViews.AttachmentView::of).toList();
    }

    @POST
    @Path("/reports/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public ReportViews.AttachmentView attach(@PathParam("id") long id, List<EntityPart> parts) throws java.io.IOException {
        SupervisorReport r = reports.own(id, currentUser.require());
        if (r.status() != SupervisorReport.Status.DRAFT) {
            throw DomainException.conflict("Attachments are added before the report is submitted.");
        }
        AttachmentDownloads.Upload upload = AttachmentDownloads.upload(parts, attachments.maxBytes());
        return ReportViews.AttachmentView.of(attachments.add(ReportViews.ATTACHMENT_OWNER, id, upload.fileName(),
                upload.content(), currentUser.require().username()));
    }

    @GET
    @Path("/reports/{id}/attachments/{attachmentId}")
    @Produces({MediaType.WILDCARD, "application/problem+json"})
    public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        reports.own(id, currentUser.require());
        Attachment a = attachments.find(attachmentId);
        if (!a.ownerType().equals(ReportViews.ATTACHMENT_OWNER) || a.ownerId() != id) {
            throw DomainException.notFound("You have no attachment " + attachmentId + " on report " + id + ".");
        }
        return AttachmentDownloads.of(a, attachments.open(a), true);
    }
}
