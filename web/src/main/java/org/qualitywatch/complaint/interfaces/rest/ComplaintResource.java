package org.qualitywatch.complaint.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import org.qualitywatch.attachment.application.Attachments;
import org.qualitywatch.attachment.domain.Attachment;
import org.qualitywatch.attachment.interfaces.rest.AttachmentDownloads;
import jakarta.ws.rs.core.Response;
import org.qualitywatch.complaint.application.ComplaintHandling;
import org.qualitywatch.complaint.application.ComplaintImports;
import org.qualitywatch.complaint.application.ComplaintIntake;
import org.qualitywatch.complaint.application.ComplaintQueries;
import org.qualitywatch.complaint.application.DeadlineWatch;
import org.qualitywatch.complaint.domain.Complaint;
import org.qualitywatch.complaint.domain.ComplaintAction;
import org.qualitywatch.complaint.domain.ComplaintDeadlines;
import org.qualitywatch.complaint.domain.SupervisionOrder;
import org.qualitywatch.identity.application.AuthenticatedUser;
import org.qualitywatch.recording.domain.PhoneNumbers;
import org.qualitywatch.shared.application.RowImportJobs;
import org.qualitywatch.shared.domain.DomainException;
import org.qualitywatch.shared.interfaces.rest.ImportUpload;
import org.qualitywatch.shared.interfaces.rest.CurrentUserProducer.CurrentUser;
import org.qualitywatch.shared.interfaces.rest.QueryParams;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Complaint cases: the list (drill-down target of the dashboard), intake from outside systems
 * (idempotent on source + external reference), the case page and its handling steps. Department handlers
 * see only complaints their department is responsible for.
 */
@Path("/complaints")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "MANAGER", "QA_LEAD", "DEPT_HANDLER"})
public class ComplaintResource {

    /** Roles that contact the complainant and so see the full phone number. */
    private static final String[] FULL_PHONE = {"ADMIN", "MANAGER", "DEPT_HANDLER"};

    @Inject
    ComplaintIntake intake;

    @Inject
    ComplaintHandling handling;

    @Inject
    ComplaintQueries queries;

    @Inject
    DeadlineWatch watch;

    @Inject
    Attachments attachments;

    @Inject
    ComplaintImports imports;

    static final String ATTACHMENT_OWNER = "COMPLAINT";

    @Inject
    CurrentUser currentUser;

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    public record Intake(@NotNull(message = "name the source (e.g. CITY_12345)") String source,
                         @NotNull(message = "give the source's reference number") String externalRef,
                         @NotNull(message = "give the time the complaint was received (ISO-8601)") Instant receivedAt,
                         String complainantName, String complainantPhone, String customerId, String businessLine,
                         String category1, String category2, String category3, String district,
                         @NotNull(message = "give the complaint's content") String description, String urgency,
                         Instant externalDue, List<String> workOrders, List<String> callIds) {
    }

    public record StepRequest(@NotNull(message = "send {action: ...}") String action, String note, String department,
                              String person, String replyText, String signedBy, String satisfaction,
                              BigDecimal refund) {
    }

    public record DueView(String stage, Instant startedAt, Instant dueAt, Instant metAt, boolean overdue) {
    }

    public record EventView(Instant at, String kind, String actor, String note) {
    }

    public record Linked(long id, String source, String externalRef, Instant receivedAt, String status) {
    }

    public record OrderRef(long id, String number, String status, Instant deadline, String leadDepartment) {
    }

    public record Detail(long id, String source, String externalRef, Instant receivedAt, String complainantName,
                         String complainantPhone, String customerId, String businessLine, List<String> category,
                         String district, String description, String urgency, String status, boolean escalated,
                         String responsibleDepartment, String responsiblePerson, String responsibilityNote,
                         String replyText, String replySignedBy, String satisfaction, BigDecimal refundAmount,
                         Instant externalDue, Instant nextDueAt, String nextDueStage, int warningLevel,
                         Linked repeatOf, List<Linked> repeats, List<String> workOrders, List<String> callIds,
                         List<DueView> deadlines, List<EventView> events, List<String> allowedActions,
                         List<OrderRef> supervisionOrders) {
    }

    private AuthenticatedUser me() {
        return currentUser.require();
    }

    private boolean handlerOnly(AuthenticatedUser u) {
        return u.hasAnyRole("DEPT_HANDLER") && !u.hasAnyRole("ADMIN", "MANAGER", "QA_LEAD");
    }

    @GET
    public ComplaintQueries.Page list(@QueryParam("q") String text, @QueryParam("source") List<String> sources,
                                      @QueryParam("status") List<String> statuses,
                                      @QueryParam("businessLine") List<String> lines,
                                      @QueryParam("category") List<String> categories,
                                      @QueryParam("category1") List<String> topCategories,
                                      @QueryParam("category2") List<String> subcategories,
                                      @QueryParam("district") List<String> districts,
                                      @QueryParam("department") List<String> departments,
                                      @QueryParam("from") String from, @QueryParam("to") String to,
                                      @QueryParam("overdue") Boolean overdue, @QueryParam("escalated") Boolean escalated,
                                      @QueryParam("repeat") Boolean repeat, @QueryParam("refund") Boolean refund,
                                      @QueryParam("size") Integer size,
                                      @QueryParam("offset") Integer offset) {
        AuthenticatedUser me = me();
        List<String> scope = handlerOnly(me) ? List.of(me.department() == null ? "" : me.department())
                : QueryParams.values(departments);
        ComplaintQueries.Page page = queries.list(new ComplaintQueries.Filter(text, QueryParams.values(sources),
                QueryParams.values(statuses), QueryParams.values(lines), QueryParams.values(categories).isEmpty()
                ? QueryParams.values(topCategories) : QueryParams.values(categories), QueryParams.values(subcategories),
                QueryParams.values(districts), scope, day(from, "from", false), day(to, "to", true),
                overdue, escalated, repeat, refund, size == null ? 50 : size, offset == null ? 0 : offset));
        if (me.hasAnyRole(FULL_PHONE)) {
            return page;
        }
        return new ComplaintQueries.Page(page.total(), page.items().stream().map(r -> new ComplaintQueries.Row(r.id(),
                r.source(), r.externalRef(), r.receivedAt(), r.complainantName(), PhoneNumbers.mask(r.complainantPhone()),
                r.businessLine(), r.category(), r.district(), r.summary(), r.urgency(), r.status(), r.escalated(),
                r.department(), r.nextDueAt(), r.nextDueStage(), r.warningLevel(), r.repeatOf(), r.refund())).toList());
    }

    /** The dashboard's drill-down links give days (to inclusive) or months; instants work too. */
    private static Instant day(String value, String field, boolean endOfDay) {
        return value == null || value.isBlank() ? null
                : org.qualitywatch.complaint.report.application.ComplaintFilter.parse(field, value, endOfDay);
    }

    /** Intake from outside systems and from staff entering a complaint by hand. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "MANAGER"})
    public ComplaintIntake.Result receive(@NotNull(message = "send the complaint as JSON") Intake in) {
        Complaint.Urgency urgency;
        try {
            urgency = in.urgency() == null || in.urgency().isBlank() ? Complaint.Urgency.NORMAL
                    : Complaint.Urgency.valueOf(in.urgency().strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("urgency is NORMAL, URGENT or EMERGENCY, not \"" + in.urgency() + "\".");
        }
        return intake.receive(new Complaint.Facts(in.source(), in.externalRef(), in.receivedAt(), in.complainantName(),
                in.complainantPhone(), in.customerId(), in.businessLine(), in.category1(), in.category2(),
                in.category3(), in.district(), in.description(), urgency, in.externalDue(), in.workOrders(),
                in.callIds()), me().username());
    }

    @GET
    @Path("/{id}")
    @Transactional
    public Detail detail(@PathParam("id") long id) {
        return detail(visible(id));
    }

    private Complaint visible(long id) {
        Complaint c = handling.find(id);
        AuthenticatedUser me = me();
        if (handlerOnly(me) && (c.responsibleDepartment() == null || !c.responsibleDepartment().equals(me.department()))) {
            throw DomainException.forbidden("Complaint " + c.externalRef() + " is not your department's.");
        }
        return c;
    }

    private Detail detail(Complaint c) {
        boolean fullPhone = me().hasAnyRole(FULL_PHONE);
        Instant now = Instant.now();
        List<DueView> dues = handling.deadlines(c).stream().map((ComplaintDeadlines.Due d) -> new DueView(
                d.stage().name(), d.startedAt(), d.dueAt(), d.metAt(), d.overdueAt(now))).toList();
        Linked repeatOf = c.repeatOf() == null ? null : linked(em.find(Complaint.class, c.repeatOf()));
        List<Linked> repeats = em.createQuery("select r from Complaint r where r.repeatOf = :id order by r.receivedAt",
                Complaint.class).setParameter("id", c.id()).getResultList().stream().map(ComplaintResource::linked).toList();
        List<OrderRef> orders = em.createQuery("select o from SupervisionOrder o where o.originType = :t and o.originRef = :ref "
                        + "order by o.issuedAt", SupervisionOrder.class).setParameter("t", SupervisionOrder.Origin.COMPLAINT)
                .setParameter("ref", String.valueOf(c.id())).getResultList().stream()
                .map(o -> new OrderRef(o.id(), o.number(), o.status().name(), o.deadline(), o.leadDepartment())).toList();
        return new Detail(c.id(), c.source(), c.externalRef(), c.receivedAt(), c.complainantName(),
                fullPhone ? c.complainantPhone() : PhoneNumbers.mask(c.complainantPhone()), c.customerId(),
                c.businessLine(), c.category(), c.district(), c.description(), c.urgency().name(), c.status().name(),
                c.escalated(), c.responsibleDepartment(), c.responsiblePerson(), c.responsibilityNote(), c.replyText(),
                c.replySignedBy(), c.satisfaction() == null ? null : c.satisfaction().name(), c.refundAmount(),
                c.externalDue(), c.nextDueAt(), c.nextDueStage(), c.warningLevel(), repeatOf, repeats, c.workOrders(),
                c.callIds(), dues, c.events().stream().map(e -> new EventView(e.at(), e.kind(), e.actor(), e.note()))
                .toList(), c.allowedActions().stream().map(Enum::name).toList(), orders);
    }

    private static Linked linked(Complaint c) {
        return c == null ? null : new Linked(c.id(), c.source(), c.externalRef(), c.receivedAt(), c.status().name());
    }

    @POST
    @Path("/{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "MANAGER", "DEPT_HANDLER"})
    @Transactional
    public Detail act(@PathParam("id") long id, @NotNull(message = "send {action: ...}") StepRequest request) {
        visible(id);
        ComplaintAction action;
        Complaint.Satisfaction satisfaction;
        try {
            action = ComplaintAction.valueOf(request.action().strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("action is one of " + List.of(ComplaintAction.values()) + ", not \""
                    + request.action() + "\".");
        }
        try {
            satisfaction = request.satisfaction() == null || request.satisfaction().isBlank() ? null
                    : Complaint.Satisfaction.valueOf(request.satisfaction().strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("satisfaction is SATISFIED, BASICALLY_SATISFIED or DISSATISFIED.");
        }
        if (handlerOnly(me()) && action == ComplaintAction.ASSIGN) {
            throw DomainException.forbidden("Responsibility is decided by supervision staff, not by a department.");
        }
        Complaint c = handling.perform(id, new Complaint.Step(action, request.note(), request.department(),
                request.person(), request.replyText(), request.signedBy(), satisfaction, request.refund()), me().username());
        return detail(c);
    }

    public record AttachmentView(long id, String fileName, String contentType, long sizeBytes, String uploadedBy,
                                 Instant uploadedAt) {
        static AttachmentView of(Attachment a) {
            return new AttachmentView(a.id(), a.fileName(), a.type().mediaType(), a.sizeBytes(), a.uploadedBy(),
                    a.uploadedAt());
        }
    }

    @GET
    @Path("/{id}/attachments")
    public List<AttachmentView> attachments(@PathParam("id") long id) {
        visible(id);
        return attachments.of(ATTACHMENT_OWNER, id).stream().map(AttachmentView::of).toList();
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({"ADMIN", "MANAGER", "DEPT_HANDLER"})
    public AttachmentView attach(@PathParam("id") long id, List<EntityPart> parts) throws java.io.IOException {
        visible(id);
        AttachmentDownloads.Upload upload = AttachmentDownloads.upload(parts, attachments.maxBytes());
        return AttachmentView.of(attachments.add(ATTACHMENT_OWNER, id, upload.fileName(), upload.content(),
                me().username()));
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces({MediaType.WILDCARD, "application/problem+json"})
    public jakarta.ws.rs.core.Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId,
                                                @QueryParam("inline") boolean inline) {
        visible(id);
        Attachment a = attachments.find(attachmentId);
        if (!a.ownerType().equals(ATTACHMENT_OWNER) || a.ownerId() != id) {
            throw DomainException.notFound("Complaint " + id + " has no attachment " + attachmentId + ".");
        }
        return AttachmentDownloads.of(a, attachments.open(a), inline);
    }

    /** A batch file (CSV/XLSX) with a preset (city12345, regulator): 202 with the import job, followed below. */
    @POST
    @Path("/imports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({"ADMIN", "MANAGER"})
    public Response startImport(List<EntityPart> parts) throws IOException {
        ImportUpload upload = ImportUpload.of(parts);
        return Response.accepted(imports.start(upload.fileName(), upload.content(), upload.preset(),
                me().username())).build();
    }

    @GET
    @Path("/imports")
    @RolesAllowed({"ADMIN", "MANAGER"})
    public List<RowImportJobs.ImportView> importHistory() {
        return imports.recent();
    }

    @GET
    @Path("/imports/{id}")
    @RolesAllowed({"ADMIN", "MANAGER"})
    public RowImportJobs.ImportView importStatus(@PathParam("id") long id) {
        return imports.view(id);
    }

    /** Runs the deadline watch now (it also runs every minute): for operators and tests. */
    @POST
    @Path("/deadline-watch")
    @RolesAllowed("ADMIN")
    public DeadlineWatch.Raised runDeadlineWatch() {
        return watch.run(Instant.now());
    }
}
