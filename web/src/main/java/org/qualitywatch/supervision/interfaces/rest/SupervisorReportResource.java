package org.qualitywatch.supervision.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.qualitywatch.attachment.application.Attachments;
import org.qualitywatch.attachment.domain.Attachment;
import org.qualitywatch.attachment.interfaces.rest.AttachmentDownloads;
import org.qualitywatch.shared.domain.DomainException;
import org.qualitywatch.shared.interfaces.rest.CurrentUserProducer.CurrentUser;
import org.qualitywatch.supervision.application.Meetings;
import org.qualitywatch.supervision.application.ReportTemplates;
import org.qualitywatch.supervision.application.SupervisionSummaries;
import org.qualitywatch.supervision.application.SupervisorReports;
import org.qualitywatch.supervision.application.Supervisors;
import org.qualitywatch.supervision.domain.Meeting;
import org.qualitywatch.supervision.domain.MeetingAction;
import org.qualitywatch.supervision.domain.Supervisor;
import org.qualitywatch.supervision.domain.SupervisorReport;
import org.qualitywatch.supervision.domain.TemplateDefinition;
import org.qualitywatch.supervision.domain.VisitType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Staff side of public supervision: reports and their triage, templates, monthly summary, meetings. */
@Path("/public-supervision")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "MANAGER", "QA_LEAD"})
public class SupervisorReportResource {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    SupervisorReports reports;

    @Inject
    Supervisors supervisors;

    @Inject
    ReportTemplates templates;

    @Inject
    SupervisionSummaries summaries;

    @Inject
    Meetings meetings;

    @Inject
    Attachments attachments;

    @Inject
    CurrentUser currentUser;

    public record Triage(@NotNull(message = "decision is FINDING, MERGED or CLOSED") String decision,
                         String leadDepartment, String matter, Long complaintId, String note, String reason) {
    }

    public record AnswerRequest(String text) {
    }

    public record TemplateRequest(@NotNull(message = "send the template definition") TemplateDefinition definition) {
    }

    public record MeetingRequest(@NotNull(message = "give the date") LocalDate heldOn,
                                 @NotNull(message = "give a title") String title, String attendees,
                                 @NotNull(message = "write the minutes") String minutes, List<ActionRequest> actions) {
    }

    public record ActionRequest(String decision, String followUp, Long supervisionOrderId) {
    }

    public record MeetingView(long id, LocalDate heldOn, String title, String attendees, String minutes,
                              String createdBy, Instant createdAt, List<ActionRequest> actions) {
        static MeetingView of(Meeting m) {
            return new MeetingView(m.id(), m.heldOn(), m.title(), m.attendees(), m.minutes(), m.createdBy(),
                    m.createdAt(), m.actions().stream().map(a -> new ActionRequest(a.decision(), a.followUp(),
                    a.supervisionOrderId())).toList());
        }
    }

    private ReportViews.StaffReport view(SupervisorReport r) {
        Supervisor s = supervisors.find(r.supervisorId());
        return new ReportViews.StaffReport(ReportViews.PortalReport.of(r), s.id(), s.name(), s.affiliation(),
                r.triage() == null ? null : r.triage().name(), r.triagedBy(), r.triagedAt(), r.internalNote(),
                r.mergedComplaintId(), r.supervisionOrderId());
    }

    @GET
    @Path("/reports")
    public List<ReportViews.StaffReport> list(@QueryParam("status") String status) {
        String s = status == null || status.isBlank() ? null : status.strip().toUpperCase();
        if (s != null && java.util.Arrays.stream(SupervisorReport.Status.values()).noneMatch(v -> v.name().equals(s))) {
            throw DomainException.invalid("status is SUBMITTED, IN_HANDLING, ANSWERED, CLOSED or DISPUTED.");
        }
        return reports.all(s).stream().map(this::view).toList();
    }

    @GET
    @Path("/reports/{id}")
    public ReportViews.StaffReport report(@PathParam("id") long id) {
        return view(reports.submitted(id));
    }

    @POST
    @Path("/reports/{id}/triage")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReportViews.StaffReport triage(@PathParam("id") long id, @NotNull(message = "send {decision, ...}") Triage t) {
        var me = currentUser.require();
        SupervisorReport r = switch (t.decision().strip().toUpperCase()) {
            case "FINDING" -> {
                if (t.leadDepartment() == null || t.leadDepartment().isBlank()) {
                    throw new DomainException(DomainException.Kind.INVALID, "Name the responsible department for the finding.",
                            List.of(new DomainException.FieldError("leadDepartment", "required")));
                }
                yield reports.finding(id, t.leadDepartment(), t.matter(), t.note(), me);
            }
            case "MERGED" -> {
                if (t.complaintId() == null) {
                    throw DomainException.invalid("Give the complaint id to merge the report with.");
                }
                yield reports.merge(id, t.complaintId(), t.note(), me);
            }
            case "CLOSED" -> reports.close(id, t.reason(), me);
            default -> throw DomainException.invalid("decision is FINDING (立为问题), MERGED (并案) or CLOSED (关闭).");
        };
        return view(r);
    }

    @POST
    @Path("/reports/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReportViews.StaffReport answer(@PathParam("id") long id, @NotNull(message = "send {text}") AnswerRequest a) {
        return view(reports.answer(id, a.text(), currentUser.require()));
    }

    @GET
    @Path("/reports/{id}/attachments")
    public List<ReportViews.AttachmentView> attachments(@PathParam("id") long id) {
        reports.submitted(id);
        return attachments.of(ReportViews.ATTACHMENT_OWNER, id).stream().map(ReportViews.AttachmentView::of).toList();
    }

    @GET
    @Path("/reports/{id}/attachments/{attachmentId}")
    @Produces({MediaType.WILDCARD, "application/problem+json"})
    public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        reports.submitted(id);
        Attachment a = attachments.find(attachmentId);
        if (!a.ownerType().equals(ReportViews.ATTACHMENT_OWNER) || a.ownerId() != id) {
            throw DomainException.notFound("Report " + id + " has no attachment " + attachmentId + ".");
        }
        return AttachmentDownloads.of(a, attachments.open(a), true);
    }

    @GET
    @Path("/templates")
    public List<ReportTemplates.View> templates() {
        return templates.current();
    }

    @PUT
    @Path("/templates/{visitType}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReportTemplates.View publish(@PathParam("visitType") String visitType,
                                        @NotNull(message = "send {definition}") TemplateRequest request) {
        VisitType type;
        try {
            type = VisitType.valueOf(visitType.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("visitType is SERVICE_HALL, HOTLINE_CALL, FIELD_REPAIR or ONLINE.");
        }
        return templates.publish(type, JSON.toJson(request.definition()), currentUser.require().username());
    }

    @GET
    @Path("/summary")
    public SupervisionSummaries.Summary summary(@QueryParam("month") String month) {
        try {
            return summaries.month(SupervisionSummaries.parseMonth(month));
        } catch (java.time.format.DateTimeParseException e) {
            throw DomainException.invalid("month is written like 2026-11.");
        }
    }

    @GET
    @Path("/meetings")
    public List<MeetingView> meetings() {
        return meetings.all().stream().map(MeetingView::of).toList();
    }

    @POST
    @Path("/meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "MANAGER"})
    public MeetingView record(@NotNull(message = "send the meeting") MeetingRequest m) {
        List<MeetingAction> actions = m.actions() == null ? List.of() : m.actions().stream()
                .filter(a -> a.decision() != null && !a.decision().isBlank())
                .map(a -> new MeetingAction(a.decision().strip(), a.followUp(), a.supervisionOrderId())).toList();
        return MeetingView.of(meetings.record(m.heldOn(), m.title(), m.attendees(), m.minutes(), actions,
                currentUser.require().username()));
    }
}
