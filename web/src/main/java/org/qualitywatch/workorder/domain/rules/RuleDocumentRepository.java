package org.qualitywatch.workorder.domain.rules;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Versioned storage of the rule documents as JSON text. */
public interface RuleDocumentRepository {

    /**
     * A stored version; {@code body} is null when the document was reset to the defaults.
     */
    record Stored(RuleKind kind, long version, String body, String updatedBy, Instant updatedAt) {
    }

    Optional<Stored> find(RuleKind kind);

    /** The current version, 0 when the document was never edited: cheap, for cache checks. */
    long version(RuleKind kind);

    /**
     * Stores a new version if the current one is still {@code expectedVersion}.
     *
     * @param body the JSON text, or null to go back to the defaults
     * @return the new version, or empty when somebody else saved first
     */
    Optional<Long> replace(RuleKind kind, long expectedVersion, String body, String actor);

    /** Every version, newest first, without bodies. */
    List<Stored> history(RuleKind kind);
}
