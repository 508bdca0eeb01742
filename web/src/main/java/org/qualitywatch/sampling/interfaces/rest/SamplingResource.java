package org.qualitywatch.sampling.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
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
import org.qualitywatch.sampling.application.CallSampling;
import org.qualitywatch.sampling.application.SamplingPlans;
import org.qualitywatch.sampling.domain.PlanDefinition;
import org.qualitywatch.sampling.domain.Sample;
import org.qualitywatch.sampling.domain.SamplingPlan;
import org.qualitywatch.sampling.domain.SamplingRunRepository;
import org.qualitywatch.shared.domain.DomainException;
import org.qualitywatch.shared.interfaces.rest.CurrentUserProducer.CurrentUser;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Sampling plans (抽检计划), their previews and runs. ADMIN and QA_LEAD edit and run; MANAGER reads. */
@Path("/sampling")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "QA_LEAD", "MANAGER"})
public class SamplingResource {

    /** How many selected calls a preview lists (the counts always cover all of them). */
    private static final int PREVIEW_LIST = org.qualitywatch.platform.config.Settings.system()
            .getInt("qw.sampling.preview-list", 500);

    @Inject
    SamplingPlans plans;

    @Inject
    CallSampling sampling;

    @Inject
    SamplingRunRepository runs;

    @Inject
    CurrentUser currentUser;

    public record PlanView(long id, String name, boolean active, String seed, PlanDefinition definition,
                           String createdBy, Instant createdAt, Instant updatedAt, long version) {
        static PlanView of(SamplingPlan p) {
            return new PlanView(p.id(), p.name(), p.active(), p.seed(), p.definition(), p.createdBy(), p.createdAt(),
                    p.updatedAt(), p.version());
        }
    }

    public record SelectedCall(long recordingId, String callId, String agentId, String team, String businessLine,
                               Instant startedAt, double seconds, String rule, String stratum, double draw,
                               String explanation, String monitor) {
    }

    public record PreviewView(long planId, String seed, LocalDate periodStart, LocalDate periodEnd, int population,
                              int excludedEvaluated, int selected, List<Sample.StratumReport> strata,
                              List<Sample.QuotaReport> quotas, List<SelectedCall> calls, boolean truncated,
                              long readMillis, long drawMillis) {
    }

    public record RunView(long id, long planId, LocalDate periodStart, LocalDate periodEnd, String seed,
                          JsonValue population, JsonValue fulfilment, int selected, String createdBy,
                          Instant createdAt, Boolean created, List<SamplingRunRepository.StoredTask> tasks) {
        static RunView of(SamplingRunRepository.StoredRun r, Boolean created, List<SamplingRunRepository.StoredTask> tasks) {
            return new RunView(r.id(), r.planId(), r.periodStart(), r.periodEnd(), r.seed(), json(r.population()),
                    json(r.fulfilment()), r.selected(), r.createdBy(), r.createdAt(), created, tasks);
        }

        private static JsonValue json(String text) {
            try (var reader = Json.createReader(new StringReader(text))) {
                return reader.readValue();
            }
        }
    }

    @GET
    @Path("/plans")
    public List<PlanView> list() {
        return plans.all().stream().map(PlanView::of).toList();
    }

    @GET
    @Path("/plans/{id}")
    public PlanView get(@PathParam("id") long id) {
        return PlanView.of(plans.get(id));
    }

    @POST
    @Path("/plans")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "QA_LEAD"})
    public Response create(SamplingPlans.PlanInput input) {
        return Response.status(Response.Status.CREATED)
                .entity(PlanView.of(plans.create(input, currentUser.require().username()))).build();
    }

    @PUT
    @Path("/plans/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "QA_LEAD"})
    public PlanView update(@PathParam("id") long id, SamplingPlans.PlanInput input) {
        return PlanView.of(plans.update(id, input, currentUser.require().username()));
    }

    @POST
    @Path("/plans/{id}/preview")
    @RolesAllowed({"ADMIN", "QA_LEAD", "MANAGER"})
    public PreviewView preview(@PathParam("id") long id, @QueryParam("period") String period) {
        CallSampling.Drawn d = sampling.preview(id, day(period));
        Sample s = d.sample();
        List<SelectedCall> calls = new ArrayList<>();
        for (int i = 0; i < s.selected().size() && i < PREVIEW_LIST; i++) {
            Sample.Selection x = s.selected().get(i);
            calls.add(new SelectedCall(x.call().recordingId(), x.call().callId(), x.call().agentId(), x.call().team(),
                    x.call().businessLine(), x.call().startedAt(), x.call().seconds(), x.rule().name(), x.stratum(),
                    x.draw(), x.explanation(), d.monitors().get(i)));
        }
        return new PreviewView(id, s.seed(), s.period().start(), s.period().end(), s.population(),
                s.excludedEvaluated(), s.selected().size(), s.strata(), s.quotas(), calls,
                s.selected().size() > calls.size(), d.readMillis(), d.drawMillis());
    }

    @POST
    @Path("/plans/{id}/runs")
    @RolesAllowed({"ADMIN", "QA_LEAD"})
    public Response run(@PathParam("id") long id, @QueryParam("period") String period) {
        CallSampling.RunOutcome outcome = sampling.run(id, day(period), currentUser.require().username());
        return Response.status(outcome.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(RunView.of(outcome.run(), outcome.created(), runs.tasks(outcome.run().id()))).build();
    }

    @GET
    @Path("/runs")
    public List<RunView> runs(@QueryParam("planId") Long planId) {
        return runs.list(planId).stream().map(r -> RunView.of(r, null, null)).toList();
    }

    @GET
    @Path("/runs/{id}")
    public RunView run(@PathParam("id") long id) {
        SamplingRunRepository.StoredRun run = runs.find(id).orElseThrow(() -> DomainException.notFound(
                "There is no sampling run " + id + ". Reload the list of runs."));
        return RunView.of(run, null, runs.tasks(id));
    }

    private static LocalDate day(String period) {
        if (period == null || period.isBlank()) {
            return LocalDate.now(java.time.ZoneId.of(org.qualitywatch.platform.config.Settings.system()
                    .get("qw.time-zone", "Asia/Shanghai")));
        }
        try {
            return LocalDate.parse(period.trim());
        } catch (DateTimeParseException e) {
            String message = "period must be a day such as 2026-11-16 (the plan's week or month containing it), not '"
                    + period + "'";
            throw new DomainException(DomainException.Kind.INVALID, message,
                    List.of(new DomainException.FieldError("period", message)));
        }
    }
}
