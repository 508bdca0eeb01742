package org.qualitywatch.workorder.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.qualitywatch.audit.application.AuditTrail;
import org.qualitywatch.audit.domain.AuditAction;
import org.qualitywatch.platform.config.Settings;
import org.qualitywatch.shared.domain.DomainException;
import org.qualitywatch.shared.domain.time.CalendarSource;
import org.qualitywatch.shared.domain.time.WorkingCalendar;
import org.qualitywatch.workorder.domain.StageDeadlines;
import org.qualitywatch.workorder.domain.callback.CallbackPlan;
import org.qualitywatch.workorder.domain.rules.CategoryTree;
import org.qualitywatch.workorder.domain.rules.DeadlineRuleSet;
import org.qualitywatch.workorder.domain.rules.HolidayCalendar;
import org.qualitywatch.workorder.domain.rules.RuleDocumentRepository;
import org.qualitywatch.workorder.domain.rules.RuleKind;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The work-order rules in force. Reads are served from memory; every {@code QW_RULES_REFRESH}
 * (default 5 s) a read checks the stored version, so an edit made on one server node reaches the
 * others within that time without any node-to-node messaging.
 */
@ApplicationScoped
public class WorkOrderRules implements CalendarSource {

    @Inject
    RuleDocumentRepository documents;

    @Inject
    AuditTrail audit;

    private final Duration refresh = Settings.system().getDuration("qw.rules.refresh", Duration.ofSeconds(5));
    private final String defaultSeed = Settings.system().get("qw.callback.seed", "qualitywatch-callbacks");
    private final Map<RuleKind, Cached> cache = new EnumMap<>(RuleKind.class);
    private volatile StageDeadlinesCache stageDeadlines;

    /** What an editor sees of a document. */
    public record View(RuleKind kind, long version, boolean customized, String updatedBy, Instant updatedAt,
                       JsonObject body) {
    }

    private record Cached(long version, Object rules, JsonObject json, boolean customized, String updatedBy,
                          Instant updatedAt, long checkedAtNanos) {
    }

    private record StageDeadlinesCache(Object deadlines, Object calendar, StageDeadlines value) {
    }

    public CategoryTree categories() {
        return (CategoryTree) current(RuleKind.CATEGORIES).rules();
    }

    public DeadlineRuleSet deadlineRules() {
        return (DeadlineRuleSet) current(RuleKind.DEADLINES).rules();
    }

    public HolidayCalendar calendar() {
        return (HolidayCalendar) current(RuleKind.CALENDAR).rules();
    }

    @Override
    public WorkingCalendar workingCalendar() {
        return calendar().toWorkingCalendar();
    }

    public CallbackPlan callbackPlan() {
        return (CallbackPlan) current(RuleKind.CALLBACKS).rules();
    }

    /** The stage clocks of the current deadline rules on the current calendar. */
    public StageDeadlines stageDeadlines() {
        DeadlineRuleSet rules = deadlineRules();
        HolidayCalendar calendar = calendar();
        StageDeadlinesCache c = stageDeadlines;
        if (c == null || c.deadlines() != rules || c.calendar() != calendar) {
            c = new StageDeadlinesCache(rules, calendar, new StageDeadlines(rules, calendar.toWorkingCalendar()));
            stageDeadlines = c;
        }
        return c.value();
    }

    public View view(RuleKind kind) {
        Cached c = current(kind);
        return new View(kind, c.version(), c.customized(), c.updatedBy(), c.updatedAt(), c.json());
    }

    public List<RuleDocumentRepository.Stored> history(RuleKind kind) {
        return documents.history(kind.name());
    }

    /**
     * Replaces a document as a whole.
     *
     * @throws DomainException invalid (naming the field at fault) or conflict (somebody saved first)
     */
    public View replace(RuleKind kind, long expectedVersion, JsonObject body, String actor) {
        if (body == null) {
            throw DomainException.invalid("Send the document as {\"version\": n, \"body\": {...}}.");
        }
        Object rules;
        try {
            rules = read(kind, body);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("The " + kind.label() + " was not saved: " + e.getMessage());
        }
        if (rules instanceof DeadlineRuleSet set) {
            Set<String> unknown = set.unknownCategories(categories());
            if (!unknown.isEmpty()) {
                throw DomainException.invalid("The deadline rules were not saved: the categories " + unknown
                        + " are not in the category tree. Add them to the tree first or correct the names.");
            }
        }
        return store(kind, expectedVersion, write(rules).toString(), actor);
    }

    /** Goes back to the shipped defaults (kept as a version of its own). */
    public View reset(RuleKind kind, long expectedVersion, String actor) {
        return store(kind, expectedVersion, null, actor);
    }

    private View store(RuleKind kind, long expectedVersion, String body, String actor) {
        long version = documents.replace(kind.name(), expectedVersion, body, actor).orElseThrow(() -> DomainException.conflict(
                "Somebody else changed the " + kind.label() + " (now version " + documents.version(kind.name())
                        + ", you edited version " + expectedVersion + "). Reload them and make your change again."));
        synchronized (cache) {
            cache.remove(kind);
        }
        audit.record(actor, AuditAction.RULES_CHANGED, "rules", kind.path(),
                Map.of("version", version, "reset", body == null), null);
        return view(kind);
    }

    private Cached current(RuleKind kind) {
        long now = System.nanoTime();
        Cached c;
        synchronized (cache) {
            c = cache.get(kind);
        }
        if (c != null && now - c.checkedAtNanos() < refresh.toNanos()) {
            return c;
        }
        if (c != null && documents.version(kind.name()) == c.version()) {
            c = new Cached(c.version(), c.rules(), c.json(), c.customized(), c.updatedBy(), c.updatedAt(), now);
        } else {
            c = load(kind, now);
        }
        synchronized (cache) {
            cache.put(kind, c);
        }
        return c;
    }

    private Cached load(RuleKind kind, long now) {
        var stored = documents.find(kind.name());
        if (stored.isPresent() && stored.get().body() != null) {
            Object rules = read(kind, RuleDocumentCodec.parse(stored.get().body()));
            return new Cached(stored.get().version(), rules, write(rules), true, stored.get().updatedBy(),
                    stored.get().updatedAt(), now);
        }
        Object defaults = defaults(kind);
        return new Cached(stored.map(RuleDocumentRepository.Stored::version).orElse(0L), defaults, write(defaults), false,
                stored.map(RuleDocumentRepository.Stored::updatedBy).orElse(null),
                stored.map(RuleDocumentRepository.Stored::updatedAt).orElse(null), now);
    }

    private Object defaults(RuleKind kind) {
        return switch (kind) {
            case CATEGORIES -> CategoryTree.defaults();
            case DEADLINES -> DeadlineRuleSet.defaults();
            case CALENDAR -> HolidayCalendar.defaults();
            case CALLBACKS -> CallbackPlan.defaults(defaultSeed);
        };
    }

    private static Object read(RuleKind kind, JsonObject body) {
        Function<JsonObject, Object> reader = switch (kind) {
            case CATEGORIES -> RuleDocumentCodec::categories;
            case DEADLINES -> RuleDocumentCodec::deadlines;
            case CALENDAR -> RuleDocumentCodec::calendar;
            case CALLBACKS -> RuleDocumentCodec::callbacks;
        };
        return reader.apply(body);
    }

    private static JsonObject write(Object rules) {
        if (rules instanceof CategoryTree t) return RuleDocumentCodec.json(t);
        if (rules instanceof DeadlineRuleSet d) return RuleDocumentCodec.json(d);
        if (rules instanceof HolidayCalendar c) return RuleDocumentCodec.json(c);
        return RuleDocumentCodec.json((CallbackPlan) rules);
    }
}
