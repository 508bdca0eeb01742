package org.qualitywatch.workorder.interfaces.rest;

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
import jakarta.ws.rs.core.MediaType;
import org.qualitywatch.shared.domain.DomainException;
import org.qualitywatch.shared.interfaces.rest.CurrentUserProducer.CurrentUser;
import org.qualitywatch.shared.interfaces.rest.QueryParams;
import org.qualitywatch.workorder.application.Callbacks;
import org.qualitywatch.workorder.domain.WorkOrder;
import org.qualitywatch.workorder.domain.callback.CallbackTask;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The callback workbench (回访). */
@Path("/callbacks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"CALLBACK_AGENT", "ADMIN", "MANAGER"})
public class CallbackResource {

    @Inject
    Callbacks callbacks;

    @Inject
    CurrentUser currentUser;

    public record OrderView(long id, String number, String type, String businessLine, List<String> category,
                            String district, String customerPhone, String department, Instant resolvedAt,
                            String description, String status) {
    }

    public record ResultView(Boolean reached, Integer satisfaction, CallbackTask.Checklist checklist, String comment,
                             String recordingCallId, boolean reopened) {
    }

    public record TaskView(long id, String status, int attempts, Instant nextAttemptAt, Instant createdAt,
                           Instant completedAt, String ruleName, double ratio, double draw, String explanation,
                           OrderView order, ResultView result) {
        static TaskView of(Callbacks.Task t) {
            CallbackTask task = t.task();
            WorkOrder o = t.order();
            ResultView result = task.reached() == null ? null : new ResultView(task.reached(), task.satisfaction(),
                    task.checklistJson() == null ? null : jakarta.json.bind.JsonbBuilder.create()
                            .fromJson(task.checklistJson(), CallbackTask.Checklist.class),
                    task.comment(), task.recordingCallId(), task.reopened());
            return new TaskView(task.id(), task.status().name(), task.attempts(), task.nextAttemptAt(), task.createdAt(),
                    task.completedAt(), task.ruleName(), task.ratio(), task.draw(), task.explanation(),
                    new OrderView(o.id(), o.number(), o.type().name(), o.businessLine(), o.category(), o.district(),
                            o.customerPhone(), o.department(), o.resolvedAt(), o.description(), o.status().name()),
                    result);
        }
    }

    @GET
    public List<TaskView> tasks(@QueryParam("status") List<String> statuses,
                                @QueryParam("businessLine") String businessLine, @QueryParam("size") Integer size) {
        List<CallbackTask.Status> wanted;
        try {
            wanted = statuses == null ? List.of() : statuses.stream().filter(s -> !s.isBlank())
                    .map(CallbackTask.Status::valueOf).toList();
        } catch (IllegalArgumentException e) {
            throw new DomainException(DomainException.Kind.INVALID, "status is one of PENDING, RETRY, DONE, UNREACHABLE",
                    List.of(new DomainException.FieldError("status", "unknown")));
        }
        return callbacks.tasks(wanted, businessLine, size == null ? 50 : size).stream().map(TaskView::of).toList();
    }

    @POST
    @Path("/{id}/result")
    @Consumes(MediaType.APPLICATION_JSON)
    public TaskView record(@PathParam("id") long id,
                           @NotNull(message = "send the callback result as JSON") Callbacks.Result result) {
        return TaskView.of(callbacks.record(id, result, currentUser.require().username()));
    }

    @GET
    @Path("/stats")
    public Map<String, Object> stats(@QueryParam("from") String from, @QueryParam("to") String to) {
        return callbacks.stats(QueryParams.instant("from", from, Instant.EPOCH),
                QueryParams.instant("to", to, Instant.now().plusSeconds(86400)));
    }
}
