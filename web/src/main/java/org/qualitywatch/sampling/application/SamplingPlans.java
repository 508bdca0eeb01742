package org.qualitywatch.sampling.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.qualitywatch.audit.application.AuditTrail;
import org.qualitywatch.audit.domain.AuditAction;
import org.qualitywatch.identity.domain.Role;
import org.qualitywatch.identity.domain.UserAccount;
import org.qualitywatch.identity.domain.UserAccountRepository;
import org.qualitywatch.sampling.domain.PlanDefinition;
import org.qualitywatch.sampling.domain.SamplingPlan;
import org.qualitywatch.sampling.domain.SamplingPlanRepository;
import org.qualitywatch.shared.domain.DomainException;
import org.qualitywatch.shared.domain.DomainException.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Creating, changing and listing sampling plans, with validation written for the editor. */
@ApplicationScoped
public class SamplingPlans {

    @Inject
    SamplingPlanRepository plans;

    @Inject
    UserAccountRepository accounts;

    @Inject
    AuditTrail audit;

    /** What an editor sends; {@code version} only when changing a plan. */
    public record PlanInput(String name, Boolean active, String seed, PlanDefinition definition, Long version) {
    }

    public List<SamplingPlan> all() {
        return plans.all();
    }

    public SamplingPlan get(long id) {
        return plans.find(id).orElseThrow(() -> DomainException.notFound(
                "There is no sampling plan " + id + ". Reload the list of plans."));
    }

    @Transactional
    public SamplingPlan create(PlanInput input, String actor) {
        PlanDefinition definition = validate(input, null);
        long id = plans.add(input.name().trim(), input.active() == null || input.active(), definition,
                seedOf(input), actor);
        audit.record(actor, AuditAction.RULES_CHANGED, "sampling-plan", String.valueOf(id), Map.of("created", true), null);
        return get(id);
    }

    @Transactional
    public SamplingPlan update(long id, PlanInput input, String actor) {
        SamplingPlan current = get(id);
        if (input.version() == null) {
            throw new DomainException(DomainException.Kind.INVALID, "Send the version you edited (now "
                    + current.version() + ").", List.of(new FieldError("version", "required")));
        }
        PlanDefinition definition = validate(input, id);
        boolean saved = plans.update(id, input.version(), input.name().trim(),
                input.active() == null || input.active(), definition, seedOf(input));
        if (!saved) {
            throw DomainException.conflict("Somebody else changed this plan (now version " + get(id).version()
                    + ", you edited version " + input.version() + "). Reload it and make your change again.");
        }
        audit.record(actor, AuditAction.RULES_CHANGED, "sampling-plan", String.valueOf(id),
                Map.of("version", input.version() + 1), null);
        return get(id);
    }

    private static String seedOf(PlanInput input) {
        // a plan without a seed gets a random one, stored with it: draws stay reproducible from then on
        return input.seed() == null || input.seed().isBlank()
                ? "qw-" + java.util.UUID.randomUUID().toString().substring(0, 13) : input.seed().trim();
    }

    private PlanDefinition validate(PlanInput input, Long id) {
        if (input == null) {
            throw DomainException.invalid("Send the plan as {\"name\": ..., \"definition\": {...}}.");
        }
        List<FieldError> errors = new ArrayList<>();
        if (input.name() == null || input.name().isBlank()) {
            errors.add(new FieldError("name", "give the plan a name"));
        } else if (input.name().trim().length() > 100) {
            errors.add(new FieldError("name", "at most 100 characters"));
        } else if (plans.nameTaken(input.name().trim(), id)) {
            errors.add(new FieldError("name", "another plan is called '" + input.name().trim() + "'"));
        }
        if (input.seed() != null && input.seed().length() > 200) {
            errors.add(new FieldError("seed", "at most 200 characters"));
        }
        PlanDefinition definition = (input.definition() == null
                ? new PlanDefinition(null, null, null, null, null, null, null) : input.definition())
                .withDefaults(SamplingSettings.defaults());
        for (String[] p : definition.problems()) {
            errors.add(new FieldError("definition." + p[0], p[1]));
        }
        for (String monitor : definition.assignment().monitors()) {
            Optional<UserAccount> account = accounts.findByUsername(monitor);
            if (account.isEmpty() || !account.get().isEnabled()) {
                errors.add(new FieldError("definition.assignment.monitors", "no active user '" + monitor + "'"));
            } else if (!account.get().roles().contains(Role.QA_MONITOR) && !account.get().roles().contains(Role.QA_LEAD)) {
                errors.add(new FieldError("definition.assignment.monitors",
                        "'" + monitor + "' is neither a QA monitor nor a QA lead"));
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "The plan was not saved: "
                    + errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("")
                    + ".", errors);
        }
        return definition;
    }
}
