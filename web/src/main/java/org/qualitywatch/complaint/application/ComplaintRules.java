package org.qualitywatch.complaint.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import org.qualitywatch.audit.application.AuditTrail;
import org.qualitywatch.audit.domain.AuditAction;
import org.qualitywatch.complaint.domain.ComplaintSource;
import org.qualitywatch.complaint.domain.ComplaintSourceRules;
import org.qualitywatch.platform.config.Settings;
import org.qualitywatch.shared.domain.DomainException;
import org.qualitywatch.shared.domain.time.DeadlineSpec;
import org.qualitywatch.workorder.domain.rules.RuleDocumentRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The complaint-source rules in force, kept as a versioned rule document ("COMPLAINT_SOURCES") like the
 * work-order rules: read from memory, re-read within {@code QW_RULES_REFRESH} when another node saved.
 */
@ApplicationScoped
public class ComplaintRules {

    static final String KIND = "COMPLAINT_SOURCES";
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    RuleDocumentRepository documents;

    @Inject
    AuditTrail audit;

    private final Duration refresh = Settings.system().getDuration("qw.rules.refresh", Duration.ofSeconds(5));
    private volatile Cached cached;

    /** The JSON shape of the document: deadlines as text ("5个工作日"). */
    public record SourceText(String code, String name, boolean external, String acknowledge, String respond,
                             String resolve, String reply, String urgentReply) {
    }

    public record Document(List<SourceText> sources, int repeatWindowDays, double warnAtFraction) {
    }

    public record View(long version, boolean customized, String updatedBy, Instant updatedAt, Document body) {
    }

    private record Cached(long version, ComplaintSourceRules rules, View view, long checkedAtNanos) {
    }

    public ComplaintSourceRules rules() {
        return current().rules();
    }

    public ComplaintSource source(String code) {
        ComplaintSourceRules rules = rules();
        return rules.source(code).orElseThrow(() -> DomainException.invalid("Unknown complaint source \"" + code
                + "\"; known sources: " + rules.sources().stream().map(ComplaintSource::code).toList()
                + " (add it on the complaint-source rules page first)."));
    }

    public View view() {
        return current().view();
    }

    private Cached current() {
        Cached c = cached;
        long now = System.nanoTime();
        if (c != null && now - c.checkedAtNanos() < refresh.toNanos()) {
            return c;
        }
        if (c != null && documents.version(KIND) == c.version()) {
            c = new Cached(c.version(), c.rules(), c.view(), now);
        } else {
            var stored = documents.find(KIND);
            ComplaintSourceRules rules = stored.filter(s -> s.body() != null)
                    .map(s -> toRules(JSON.fromJson(s.body(), Document.class))).orElse(ComplaintSourceRules.defaults());
            c = new Cached(stored.map(RuleDocumentRepository.Stored::version).orElse(0L), rules,
                    new View(stored.map(RuleDocumentRepository.Stored::version).orElse(0L),
                            stored.map(s -> s.body() != null).orElse(false),
                            stored.map(RuleDocumentRepository.Stored::updatedBy).orElse(null),
                            stored.map(RuleDocumentRepository.Stored::updatedAt).orElse(null), toDocument(rules)), now);
        }
        cached = c;
        return c;
    }

    public View replace(long expectedVersion, Document body, String actor) {
        if (body == null) {
            throw DomainException.invalid("Send {\"version\": n, \"body\": {sources, repeatWindowDays, warnAtFraction}}.");
        }
        ComplaintSourceRules rules;
        try {
            rules = toRules(body);
        } catch (IllegalArgumentException | JsonbException e) {
            throw DomainException.invalid("The complaint-source rules were not saved: " + e.getMessage());
        }
        return store(expectedVersion, JSON.toJson(toDocument(rules)), actor);
    }

    public View reset(long expectedVersion, String actor) {
        return store(expectedVersion, null, actor);
    }

    private View store(long expectedVersion, String json, String actor) {
        long version = documents.replace(KIND, expectedVersion, json, actor).orElseThrow(() -> DomainException.conflict(
                "Somebody else changed the complaint-source rules (now version " + documents.version(KIND)
                        + ", you edited version " + expectedVersion + "). Reload them and make your change again."));
        cached = null;
        audit.record(actor, AuditAction.RULES_CHANGED, "rules", "complaint-sources",
                Map.of("version", version, "reset", json == null), null);
        return view();
    }

    private static ComplaintSourceRules toRules(Document d) {
        if (d.sources() == null) {
            throw new IllegalArgumentException("the document needs a list of sources");
        }
        return new ComplaintSourceRules(d.sources().stream().map(s -> {
            String where = "source " + s.code();
            return new ComplaintSource(s.code(), s.name(), s.external(), spec(s.acknowledge(), where + " acknowledge"),
                    spec(s.respond(), where + " respond"), spec(s.resolve(), where + " resolve"),
                    spec(s.reply(), where + " reply"), spec(s.urgentReply(), where + " urgentReply"));
        }).toList(), d.repeatWindowDays(), d.warnAtFraction());
    }

    private static DeadlineSpec spec(String text, String where) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return DeadlineSpec.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static Document toDocument(ComplaintSourceRules rules) {
        return new Document(rules.sources().stream().map(s -> new SourceText(s.code(), s.name(), s.external(),
                text(s.acknowledge()), text(s.respond()), text(s.resolve()), text(s.reply()), text(s.urgentReply())))
                .toList(), rules.repeatWindowDays(), rules.warnAtFraction());
    }

    private static String text(DeadlineSpec spec) {
        return spec == null ? null : spec.toString();
    }
}
