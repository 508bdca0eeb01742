package org.qualitywatch.workorder.domain.rules;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Versioned storage of rule documents as JSON text, by kind name (the work-order rules of {@link RuleKind}, the
 * complaint-source rules, ...).
 */
public interface RuleDocumentRepository {

    /**
     * A stored version; {@code body} is null when the document was reset to the defaults.
     */
    record Stored(String kind, long version, String body, String updatedBy, Instant updatedAt) {
    }

    Optional<Stored> find(String kind);

    /** The current version, 0 when the document was never edited: cheap, for cache checks. */
    long version(String kind);

    /**
     * Stores a new version if the current one is still {@code expectedVersion}.
     *
     * @param body the JSON text, or null to go back to the defaults
     * @return the new version, or empty when somebody else saved first
     */
    Optional<Long> replace(String kind, long expectedVersion, String body, String actor);

    /** Every version, newest first, without bodies. */
    List<Stored> history(String kind);
}
