package org.qualitywatch.workorder.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.qualitywatch.shared.domain.DomainException;
import org.qualitywatch.shared.interfaces.rest.CurrentUserProducer.CurrentUser;
import org.qualitywatch.workorder.application.WorkOrderDeadlines;
import org.qualitywatch.workorder.application.WorkOrderRules;
import org.qualitywatch.workorder.domain.rules.RuleDocumentRepository;
import org.qualitywatch.workorder.domain.rules.RuleKind;

import java.time.Instant;
import java.util.List;

/**
 * The editable work-order rules: category tree, deadline rules, holiday calendar, callback plan. Each
 * is read and replaced as one document with optimistic locking on its version; saving deadline rules
 * or the calendar moves the due times of the orders whose clocks still run.
 */
@Path("/work-order-rules")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "MANAGER", "QA_LEAD", "QA_MONITOR", "DEPT_HANDLER", "CALLBACK_AGENT", "AGENT"})
public class WorkOrderRulesResource {

    @Inject
    WorkOrderRules rules;

    @Inject
    WorkOrderDeadlines deadlines;

    @Inject
    CurrentUser currentUser;

    public record Document(String kind, long version, boolean customized, String updatedBy, Instant updatedAt,
                           JsonObject body, Integer rescheduled) {
        static Document of(WorkOrderRules.View v, Integer rescheduled) {
            return new Document(v.kind().path(), v.version(), v.customized(), v.updatedBy(), v.updatedAt(), v.body(),
                    rescheduled);
        }
    }

    public record Replacement(@NotNull(message = "send the version you edited (0 for the defaults)") Long version,
                              @NotNull(message = "send the whole document as body") JsonObject body) {
    }

    public record Version(long version, String updatedBy, Instant updatedAt) {
    }

    @GET
    @Path("/{kind}")
    public Document get(@PathParam("kind") String kind) {
        return Document.of(rules.view(RuleKind.fromPath(kind)), null);
    }

    @GET
    @Path("/{kind}/history")
    public List<Version> history(@PathParam("kind") String kind) {
        return rules.history(RuleKind.fromPath(kind)).stream()
                .map((RuleDocumentRepository.Stored s) -> new Version(s.version(), s.updatedBy(), s.updatedAt()))
                .toList();
    }

    @PUT
    @Path("/{kind}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "MANAGER"})
    public Document replace(@PathParam("kind") String kind,
                            @NotNull(message = "send {\"version\": n, \"body\": {...}}") @jakarta.validation.Valid
                            Replacement replacement) {
        RuleKind k = RuleKind.fromPath(kind);
        WorkOrderRules.View saved = rules.replace(k, replacement.version(), replacement.body(),
                currentUser.require().username());
        return Document.of(saved, reschedule(k));
    }

    @DELETE
    @Path("/{kind}")
    @RolesAllowed({"ADMIN", "MANAGER"})
    public Document reset(@PathParam("kind") String kind, @QueryParam("version") Long version) {
        if (version == null) {
            throw DomainException.invalid("Say which version you reset: DELETE /api/work-order-rules/" + kind
                    + "?version=n (see GET for the current version).");
        }
        RuleKind k = RuleKind.fromPath(kind);
        WorkOrderRules.View saved = rules.reset(k, version, currentUser.require().username());
        return Document.of(saved, reschedule(k));
    }

    private Integer reschedule(RuleKind kind) {
        return kind.movesDeadlines() ? deadlines.rescheduleRunningOrders(Instant.now()) : null;
    }
}
