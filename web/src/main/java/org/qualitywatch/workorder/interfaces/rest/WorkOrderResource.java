package org.qualitywatch.workorder.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.Response;
import org.qualitywatch.identity.application.AuthenticatedUser;
import org.qualitywatch.identity.domain.Role;
import org.qualitywatch.recording.api.RecordingCatalog;
import org.qualitywatch.recording.domain.PhoneNumbers;
import org.qualitywatch.shared.application.RowImportJobs;
import org.qualitywatch.shared.interfaces.rest.ImportUpload;
import org.qualitywatch.shared.domain.DomainException;
import org.qualitywatch.shared.interfaces.rest.CurrentUserProducer.CurrentUser;
import org.qualitywatch.shared.interfaces.rest.QueryParams;
import org.qualitywatch.workorder.application.FirstContactMonitor;
import org.qualitywatch.workorder.application.WorkOrderDeadlines;
import org.qualitywatch.workorder.domain.StageDeadlines;
import org.qualitywatch.workorder.application.WorkOrderImports;
import org.qualitywatch.workorder.application.WorkOrderQueries;
import org.qualitywatch.workorder.domain.WorkOrder;
import org.qualitywatch.workorder.domain.WorkOrderAction;
import org.qualitywatch.workorder.domain.WorkOrderEvent;
import org.qualitywatch.workorder.domain.WorkOrderRepository;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Work orders: list with facets, detail with history, lifecycle actions, file imports. */
@Path("/work-orders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "MANAGER", "QA_LEAD", "DEPT_HANDLER", "CALLBACK_AGENT", "AGENT"})
public class WorkOrderResource {

    /** Roles that deal with the customer and so see the full phone number. */
    private static final Set<Role> SEE_PHONE = Set.of(Role.ADMIN, Role.DEPT_HANDLER, Role.CALLBACK_AGENT, Role.AGENT);

    @Inject
    WorkOrderQueries queries;

    @Inject
    org.qualitywatch.workorder.application.WorkOrderSearch textSearch;

    @Inject
    WorkOrderRepository orders;

    @Inject
    WorkOrderImports imports;

    @Inject
    FirstContactMonitor firstContact;

    @Inject
    WorkOrderDeadlines deadlines;

    @Inject
    RecordingCatalog recordingCatalog;

    @Inject
    org.qualitywatch.workorder.application.MonthlyTimeouts timeouts;

    @Inject
    org.qualitywatch.workorder.application.WorkOrderHandling handling;

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    public record FirstReceiver(String agentId, String name) {
    }

    public record Item(long id, String number, String source, String channel, String type, String businessLine,
                       List<String> category, String district, String customerPhone, String summary, String status,
                       Instant acceptedAt, FirstReceiver firstReceiver, String department, List<String> callIds,
                       Instant dueAt, String dueStage, boolean overdue, Long minutesLeft) {
    }

    public record ListResult(long total, List<Item> items,
                             java.util.Map<String, List<WorkOrderQueries.FacetCount>> facets, String nextCursor) {
    }

    @GET
    public ListResult list(@QueryParam("q") String text, @QueryParam("status") List<String> statuses,
                           @QueryParam("type") List<String> types, @QueryParam("businessLine") List<String> lines,
                           @QueryParam("category") List<String> categories, @QueryParam("district") List<String> districts,
                           @QueryParam("department") List<String> departments, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("callId") String callId,
                           @QueryParam("overdue") Boolean overdue,
                           @QueryParam("size") Integer size, @QueryParam("after") String after) {
        AuthenticatedUser user = currentUser.require();
        List<String> scopedDepartments = departments;
        if (onlyDepartmentHandler(user)) {
            // a department handler sees the orders of their own department
            scopedDepartments = List.of(user.department() == null ? "-" : user.department());
        }
        WorkOrderQueries.Filter filter = new WorkOrderQueries.Filter(text, QueryParams.values(statuses),
                QueryParams.values(types), QueryParams.values(lines), QueryParams.values(categories),
                QueryParams.values(districts), QueryParams.values(scopedDepartments), QueryParams.instant("from", from),
                QueryParams.instant("to", to), callId, overdue, size == null ? 20 : size, after);
        // the plain list reads PostgreSQL (immediately consistent); a text query is what the search index is for
        WorkOrderQueries.Page page = text == null || text.isBlank() ? queries.list(filter) : textSearch.search(filter);
        Instant now = Instant.now();
        boolean full = user.roles().stream().anyMatch(SEE_PHONE::contains);
        List<Item> items = page.items().stream().map(r -> new Item(r.id(), r.number(), r.source(), r.channel(), r.type(),
                r.businessLine(), r.category(), r.district(), full ? r.customerPhone() : PhoneNumbers.mask(r.customerPhone()),
                r.summary(), r.status(), r.acceptedAt(), new FirstReceiver(r.firstReceiverAgentId(), r.firstReceiverName()),
                r.department(), r.callIds(), r.dueAt(), r.dueStage(), r.dueAt() != null && now.isAfter(r.dueAt()),
                minutesLeft(r.dueAt(), now))).toList();
        return new ListResult(page.total(), items, page.facets(), page.nextCursor());
    }

    public record EventView(Instant at, String kind, String actor, String fromDepartment, String toDepartment,
                            String reason, String note) {
        static EventView of(WorkOrderEvent e) {
            return new EventView(e.at(), e.kind().name(), e.actor(), e.fromDepartment(), e.toDepartment(), e.reason(),
                    e.note());
        }
    }

    public record Detail(long id, String number, String source, String channel, String type, String businessLine,
                         List<String> category, String district, String customerId, String customerPhone,
                         String description, String status, Instant acceptedAt, FirstReceiver firstReceiver,
                         String department, Instant dispatchedAt, Instant contactedAt, Instant resolvedAt,
                         Instant calledBackAt, Instant archivedAt, Instant customerInformedAt, List<String> callIds,
                         Instant dueAt, boolean overdue, Long minutesLeft,
                         List<StageDeadlines.StageDeadline> deadlines, List<EventView> events,
                         List<RecordingCatalog.CallRecording> recordings, List<String> allowedActions) {
    }

    /** Stage clocks overrun per month, department and stage (monthly timeouts). */
    @GET
    @Path("/timeouts")
    @RolesAllowed({"ADMIN", "MANAGER", "QA_LEAD", "DEPT_HANDLER"})
    public List<org.qualitywatch.workorder.application.MonthlyTimeouts.Count> timeouts(@QueryParam("from") String from,
                                                                                       @QueryParam("to") String to) {
        Instant start = QueryParams.instant("from", from);
        Instant end = QueryParams.instant("to", to);
        return timeouts.count(start == null ? Instant.now().minus(java.time.Duration.ofDays(365)) : start,
                end == null ? Instant.now().plus(java.time.Duration.ofDays(1)) : end);
    }

    @GET
    @Path("/first-contact/violations")
    @RolesAllowed({"ADMIN", "MANAGER", "QA_LEAD"})
    public FirstContactMonitor.Report firstContactViolations(@QueryParam("from") String from, @QueryParam("to") String to) {
        Instant start = QueryParams.instant("from", from);
        Instant end = QueryParams.instant("to", to);
        return firstContact.violations(start == null ? Instant.EPOCH : start, end == null ? Instant.now() : end,
                Instant.now());
    }

    @GET
    @Path("/first-contact/resolution")
    @RolesAllowed({"ADMIN", "MANAGER", "QA_LEAD"})
    public FirstContactMonitor.ResolutionRates firstContactResolution(@QueryParam("from") String from,
                                                                      @QueryParam("to") String to,
                                                                      @QueryParam("window") Integer window,
                                                                      @QueryParam("key") String key) {
        int hours = window == null ? 48 : window;
        if (hours < 1 || hours > 720) {
            throw new DomainException(DomainException.Kind.INVALID, "window is the repeat window in hours, 1 to 720 "
                    + "(usually 24, 48 or 72)", List.of(new DomainException.FieldError("window", "out of range")));
        }
        if (key != null && !key.equals("phone") && !key.equals("customerId")) {
            throw new DomainException(DomainException.Kind.INVALID, "key is phone or customerId",
                    List.of(new DomainException.FieldError("key", "unknown: " + key)));
        }
        Instant start = QueryParams.instant("from", from);
        Instant end = QueryParams.instant("to", to);
        return firstContact.resolutionRates(start == null ? Instant.EPOCH : start, end == null ? Instant.now() : end,
                hours, "customerId".equals(key));
    }

    @GET
    @Path("/{id}")
    @Transactional
    public Detail detail(@PathParam("id") long id) {
        return toDetail(load(id));
    }

    public record ActionRequest(@NotNull(message = "name the action") WorkOrderAction action, String department,
                                String reason, String note) {
    }

    @POST
    @Path("/{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Detail act(@PathParam("id") long id, @NotNull(message = "send {\"action\": ...}") @Valid ActionRequest request) {
        WorkOrder order = load(id);
        handling.perform(order, request.action(), currentUser.require().username(),
                departmentName(request.department()), blank(request.reason()), blank(request.note()), Instant.now());
        return toDetail(order);
    }

    @POST
    @Path("/imports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({"ADMIN", "MANAGER"})
    public Response startImport(List<EntityPart> parts) throws IOException {
        ImportUpload upload = ImportUpload.of(parts);
        return Response.accepted(imports.start(upload.fileName(), upload.content(), upload.preset(),
                currentUser.require().username())).build();
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

    private WorkOrder load(long id) {
        WorkOrder order = orders.find(id).orElseThrow(() -> DomainException.notFound("There is no work order " + id + "."));
        AuthenticatedUser user = currentUser.require();
        if (onlyDepartmentHandler(user) && !java.util.Objects.equals(order.department(), user.department())) {
            throw new DomainException(DomainException.Kind.FORBIDDEN,
                    "Work order " + order.number() + " belongs to another department.");
        }
        return order;
    }

    /** The UI sends department codes, exports carry names: orders keep the name. */
    private String departmentName(String codeOrName) {
        String value = blank(codeOrName);
        if (value == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery("select name from qw.department where code = ?1 or name = ?1")
                .setParameter(1, value).getResultList();
        if (names.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "There is no department '" + value
                    + "'. Pick one of the list.", List.of(new DomainException.FieldError("department", "unknown")));
        }
        return names.get(0);
    }

    private static Long minutesLeft(Instant due, Instant now) {
        return due == null ? null : java.time.Duration.between(now, due).toMinutes();
    }

    private Detail toDetail(WorkOrder o) {
        AuthenticatedUser user = currentUser.require();
        Instant now = Instant.now();
        boolean full = user.roles().stream().anyMatch(SEE_PHONE::contains);
        return new Detail(o.id(), o.number(), o.source(), o.channel() == null ? null : o.channel().name(), o.type().name(),
                o.businessLine(), o.category(), o.district(), o.customerId(),
                full ? o.customerPhone() : PhoneNumbers.mask(o.customerPhone()), o.description(), o.status().name(),
                o.acceptedAt(), new FirstReceiver(o.firstReceiverAgentId(), o.firstReceiverName()), o.department(),
                o.dispatchedAt(), o.contactedAt(), o.resolvedAt(), o.calledBackAt(), o.archivedAt(),
                o.customerInformedAt(), o.callIds(), o.dueAt(), o.dueAt() != null && now.isAfter(o.dueAt()),
                minutesLeft(o.dueAt(), now), deadlines.of(o, now), o.events().stream().map(EventView::of).toList(),
                recordingCatalog.byCallIds(o.callIds()),
                o.allowedActions().stream().map(Enum::name).toList());
    }

    private static boolean onlyDepartmentHandler(AuthenticatedUser user) {
        return user.hasRole(Role.DEPT_HANDLER) && user.roles().size() == 1;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
