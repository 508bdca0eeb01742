package org.qualitywatch.workorder.domain.rules;

import org.qualitywatch.shared.domain.DomainException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The rule documents, by the name used in URLs and storage. */
public enum RuleKind {
    CATEGORIES("categories", "category tree"),
    DEADLINES("deadlines", "deadline rules"),
    CALENDAR("calendar", "holiday calendar"),
    CALLBACKS("callbacks", "callback plan");

    private final String path;
    private final String label;

    RuleKind(String path, String label) {
        this.path = path;
        this.label = label;
    }

    /** The document's name in messages: "deadline rules". */
    public String label() {
        return label;
    }

    public String path() {
        return path;
    }

    /** Whether a change of this document moves the due times of open orders. */
    public boolean movesDeadlines() {
        return this == DEADLINES || this == CALENDAR;
    }

    public static RuleKind fromPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst()
                .orElseThrow(() -> DomainException.notFound("There is no rule document \"" + path + "\"; use one of "
                        + Arrays.stream(values()).map(RuleKind::path).collect(Collectors.joining(", ")) + "."));
    }
}
