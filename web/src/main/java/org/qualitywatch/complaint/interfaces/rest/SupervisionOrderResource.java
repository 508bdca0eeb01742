package org.qualitywatch.complaint.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.qualitywatch.complaint.application.SupervisionOrders;
import org.qualitywatch.complaint.domain.SupervisionEvent;
import org.qualitywatch.complaint.domain.SupervisionOrder;
import org.qualitywatch.shared.domain.DomainException;
import org.qualitywatch.shared.interfaces.rest.CurrentUserProducer.CurrentUser;

import java.time.Instant;
import java.util.List;

/** Supervision orders (督办单): issued by supervision staff, answered by the lead department. */
@Path("/supervision-orders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "MANAGER", "QA_LEAD", "DEPT_HANDLER"})
public class SupervisionOrderResource {

    @Inject
    SupervisionOrders orders;

    @Inject
    CurrentUser currentUser;

    @Inject
    Attachments attachments;

    static final String ATTACHMENT_OWNER = "SUPERVISION_ORDER";

    public record OrderView(long id, String number, String matter, String issuingDepartment, String issuingPerson,
                            String issuingPhone, Instant deadline, String category, String leadDepartment,
                            String description, String origin, String originRef, String goal, String contactPerson,
                            List<String> copyTo, String status, String issuedBy, Instant issuedAt, Instant repliedAt,
                            Instant acceptedAt, int warningLevel, boolean overdue) {
        static OrderView of(SupervisionOrder o) {
            return new OrderView(o.id(), o.number(), o.matter(), o.issuingDepartment(), o.issuingPerson(),
                    o.issuingPhone(), o.deadline(), o.category(), o.leadDepartment(), o.description(),
                    o.originType().name(), o.originRef(), o.goal(), o.contactPerson(), o.copyTo(), o.status().name(),
                    o.issuedBy(), o.issuedAt(), o.repliedAt(), o.acceptedAt(), o.warningLevel(),
                    o.awaitingReply() && Instant.now().isAfter(o.deadline()));
        }
    }

    public record EventView(Instant at, String kind, String actor, String text) {
        static EventView of(SupervisionEvent e) {
            return new EventView(e.at(), e.kind(), e.actor(), e.text());
        }
    }

    public record Detail(OrderView order, List<EventView> events) {
    }

    public record Issue(@NotNull(message = "say what the order is about") String matter, String issuingDepartment,
                        String issuingPerson, String issuingPhone,
                        @NotNull(message = "give the deadline (ISO-8601)") Instant deadline, String category,
                        @NotNull(message = "name the lead department") String leadDepartment,
                        @NotNull(message = "describe the matter") String description, String origin, String originRef,
                        String goal, String contactPerson, List<String> copyTo) {
    }

    public record Reply(String text) {
    }

    public record Decision(@NotNull(message = "accept: true or false") Boolean accept, String comment) {
    }

    @GET
    public List<OrderView> list(@QueryParam("status") String status) {
        String s = status == null || status.isBlank() ? null : status.strip().toUpperCase();
        if (s != null && java.util.Arrays.stream(SupervisionOrder.Status.values()).noneMatch(v -> v.name().equals(s))) {
            throw DomainException.invalid("status is ISSUED, REPLIED, ACCEPTED or RETURNED.");
        }
        return orders.list(currentUser.require(), s).stream().map(OrderView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "MANAGER", "QA_LEAD"})
    public Detail issue(@NotNull(message = "send the supervision order as JSON") Issue in) {
        var me = currentUser.require();
        SupervisionOrder.Origin origin;
        try {
            origin = in.origin() == null || in.origin().isBlank() ? SupervisionOrder.Origin.OTHER
                    : SupervisionOrder.Origin.valueOf(in.origin().strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("origin is COMPLAINT, QA_FINDING, CALLBACK, SUPERVISOR_REPORT or OTHER.");
        }
        SupervisionOrder o = orders.issue(new SupervisionOrder.Draft(in.matter(),
                in.issuingDepartment() == null ? (me.department() == null ? "服务监督部" : me.department())
                        : in.issuingDepartment(),
                in.issuingPerson() == null ? me.displayName() : in.issuingPerson(), in.issuingPhone(), in.deadline(),
                in.category(), in.leadDepartment(), in.description(), origin, in.originRef(), in.goal(),
                in.contactPerson(), in.copyTo()), me);
        return get(o.id());
    }

    @GET
    @Path("/{id}")
    public Detail get(@PathParam("id") long id) {
        SupervisionOrders.Loaded l = orders.load(id, currentUser.require());
        return new Detail(OrderView.of(l.order()), l.events().stream().map(EventView::of).toList());
    }

    @GET
    @Path("/{id}/attachments")
    public List<ComplaintResource.AttachmentView> attachments(@PathParam("id") long id) {
        orders.load(id, currentUser.require());
        return attachments.of(ATTACHMENT_OWNER, id).stream().map(ComplaintResource.AttachmentView::of).toList();
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public ComplaintResource.AttachmentView attach(@PathParam("id") long id, List<EntityPart> parts)
            throws java.io.IOException {
        orders.load(id, currentUser.require());
        AttachmentDownloads.Upload upload = AttachmentDownloads.upload(parts, attachments.maxBytes());
        return ComplaintResource.AttachmentView.of(attachments.add(ATTACHMENT_OWNER, id, upload.fileName(),
                upload.content(), currentUser.require().username()));
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces({MediaType.WILDCARD, "application/problem+json"})
    public jakarta.ws.rs.core.Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId,
                                                @QueryParam("inline") boolean inline) {
        orders.load(id, currentUser.require());
        Attachment a = attachments.find(attachmentId);
        if (!a.ownerType().equals(ATTACHMENT_OWNER) || a.ownerId() != id) {
            throw DomainException.notFound("Supervision order " + id + " has no attachment " + attachmentId + ".");
        }
        return AttachmentDownloads.of(a, attachments.open(a), inline);
    }

    @POST
    @Path("/{id}/reply")
    @Consumes(MediaType.APPLICATION_JSON)
    public Detail reply(@PathParam("id") long id, @NotNull(message = "send {text}") Reply reply) {
        orders.reply(id, reply.text(), currentUser.require());
        return get(id);
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "MANAGER", "QA_LEAD"})
    public Detail decide(@PathParam("id") long id, @NotNull(message = "send {accept, comment}") Decision d) {
        orders.decide(id, d.accept(), d.comment(), currentUser.require());
        return get(id);
    }
}
