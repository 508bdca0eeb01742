package org.qualitywatch.sampling.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import org.qualitywatch.identity.domain.Agent;
import org.qualitywatch.identity.domain.AgentRoster;
import org.qualitywatch.identity.domain.UserAccountRepository;
import org.qualitywatch.recording.api.RecordingPopulation;
import org.qualitywatch.recording.api.RecordingPopulation.PopulationQuery;
import org.qualitywatch.sampling.domain.CandidateCall;
import org.qualitywatch.sampling.domain.ComplaintLinkedCalls;
import org.qualitywatch.sampling.domain.MonitorAssignment;
import org.qualitywatch.sampling.domain.PeriodWindow;
import org.qualitywatch.sampling.domain.PlanDefinition;
import org.qualitywatch.sampling.domain.Sample;
import org.qualitywatch.sampling.domain.SampleDraw;
import org.qualitywatch.sampling.domain.SamplingPlan;
import org.qualitywatch.sampling.domain.SamplingRunRepository;
import org.qualitywatch.sampling.domain.SamplingRunRepository.StoredRun;
import org.qualitywatch.shared.domain.DomainException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Previews and runs sampling plans. A preview writes nothing; a run is made once per plan and period:
 * the run row and its evaluation tasks are inserted in one transaction, and a second run of the same
 * period (a repeated click, the timer on another node) returns the first run unchanged.
 */
@ApplicationScoped
public class CallSampling {

    private static final Logger LOG = Logger.getLogger(CallSampling.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    SamplingPlans plans;

    @Inject
    SamplingRunRepository runs;

    @Inject
    RecordingPopulation population;

    @Inject
    ComplaintLinkedCalls complaints;

    @Inject
    AgentRoster roster;

    @Inject
    UserAccountRepository accounts;

    /** A drawn sample with the monitor each call would go to (null: no monitor may take it). */
    public record Drawn(SamplingPlan plan, PlanDefinition definition, Sample sample, List<String> monitors,
                        long readMillis, long drawMillis) {
    }

    /** The outcome of a run request: the run, and whether this request created it. */
    public record RunOutcome(StoredRun run, boolean created) {
    }

    @Transactional
    public Drawn preview(long planId, LocalDate day) {
        SamplingPlan plan = plans.get(planId);
        PlanDefinition definition = plan.definition().withDefaults(SamplingSettings.defaults());
        PeriodWindow window = definition.cadence().periodOf(day, SamplingSettings.zone());
        Long existingRun = runs.find(planId, window.start()).map(StoredRun::id).orElse(null);
        return draw(plan, definition, window, existingRun);
    }

    @Transactional
    public RunOutcome run(long planId, LocalDate day, String actor) {
        SamplingPlan plan = plans.get(planId);
        PlanDefinition definition = plan.definition().withDefaults(SamplingSettings.defaults());
        PeriodWindow window = definition.cadence().periodOf(day, SamplingSettings.zone());
        var existing = runs.find(planId, window.start());
        if (existing.isPresent()) {
            return new RunOutcome(existing.get(), false);
        }
        if (definition.assignment().monitors().isEmpty()) {
            throw DomainException.invalid("The plan names no monitors: add at least one QA monitor to the plan "
                    + "before running it (the selected calls become their tasks).");
        }
        long scorecardVersion = runs.publishedScorecardVersion().orElseThrow(() -> DomainException.conflict(
                "No scorecard is published: publish a scorecard version first, the tasks are scored with it."));
        Drawn drawn = draw(plan, definition, window, null);
        Sample sample = drawn.sample();
        List<SamplingRunRepository.Task> tasks = new ArrayList<>();
        int unassigned = 0;
        for (int i = 0; i < sample.selected().size(); i++) {
            Sample.Selection s = sample.selected().get(i);
            String monitor = drawn.monitors().get(i);
            if (monitor == null) {
                unassigned++;
                continue;
            }
            tasks.add(new SamplingRunRepository.Task(s.call(), monitor, s.rule(), s.stratum(), s.draw(), s.explanation()));
        }
        var created = runs.create(planId, window.start(), window.end(), plan.seed(), populationJson(sample),
                fulfilmentJson(sample, unassigned), tasks.size(), actor);
        if (created.isEmpty()) { // another node or request made it meanwhile
            return new RunOutcome(runs.find(planId, window.start()).orElseThrow(), false);
        }
        Instant due = window.end().plusDays(definition.assignment().dueDays()).atStartOfDay(SamplingSettings.zone())
                .toInstant();
        runs.addTasks(created.get(), planId, plan.seed(), scorecardVersion, due, tasks);
        LOG.info(() -> "sampling run " + created.get() + " of plan " + planId + " for " + window.start() + ": "
                + tasks.size() + " tasks from " + sample.population() + " calls");
        return new RunOutcome(runs.find(created.get()).orElseThrow(), true);
    }

    private Drawn draw(SamplingPlan plan, PlanDefinition definition, PeriodWindow window, Long exceptRun) {
        long started = System.nanoTime();
        Set<String> complaintCalls = definition.mandatory().complaints()
                ? complaints.callIds(window.from(), window.to()) : Set.of();
        Set<String> newAgents = new HashSet<>();
        for (Agent a : roster.all()) {
            if (a.isNew(window.start(), definition.quota().newAgentMonths())) {
                newAgents.add(a.agentId());
            }
        }
        Set<Long> evaluated = runs.evaluatedRecordings(window.from(), window.to(), exceptRun);
        PlanDefinition.Population p = definition.population();
        List<CandidateCall> candidates = new ArrayList<>();
        population.forEach(new PopulationQuery(window.from(), window.to(), p.businessLines(), p.teams(), p.agents(),
                p.directions(), p.callTypes(), p.minSeconds(), definition.mandatory().words()), c ->
                candidates.add(new CandidateCall(c.id(), c.callId(), c.agentId(), c.team(), c.businessLine(),
                        c.direction(), c.startedAt(), c.seconds(), c.maxDeadAirSeconds(), c.words(),
                        complaintCalls.contains(c.callId()))));
        long read = System.nanoTime();
        Sample sample = new SampleDraw(definition, plan.label(), plan.seed(), window, newAgents::contains)
                .draw(candidates, evaluated);
        long drawn = System.nanoTime();
        List<MonitorAssignment.Monitor> monitors = new ArrayList<>();
        for (String username : definition.assignment().monitors()) {
            accounts.findByUsername(username).filter(u -> u.isEnabled())
                    .ifPresent(u -> monitors.add(new MonitorAssignment.Monitor(u.username(), u.department())));
        }
        List<String> assigned = MonitorAssignment.assign(
                sample.selected().stream().map(s -> s.call().team()).toList(), monitors, runs.openTasksPerMonitor(),
                definition.assignment().excludeOwnTeam());
        long done = System.nanoTime();
        LOG.info(() -> "sampling plan " + plan.id() + " for " + window.start() + ": read " + candidates.size()
                + " calls in " + (read - started) / 1_000_000 + " ms, drew " + sample.selected().size() + " in "
                + (drawn - read) / 1_000_000 + " ms, assigned in " + (done - drawn) / 1_000_000 + " ms");
        return new Drawn(plan, definition, sample, assigned, (read - started) / 1_000_000, (done - read) / 1_000_000);
    }

    static String populationJson(Sample sample) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("population", sample.population());
        m.put("excludedEvaluated", sample.excludedEvaluated());
        m.put("strata", sample.strata());
        return JSON.toJson(m);
    }

    static String fulfilmentJson(Sample sample, int unassigned) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mandatory", sample.selected().stream().filter(s -> s.rule().name().startsWith("MANDATORY")).count());
        m.put("unassigned", unassigned);
        m.put("quotas", sample.quotas());
        return JSON.toJson(m);
    }
}
