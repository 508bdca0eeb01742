package org.qualitywatch.workorder.domain.rules;

import org.qualitywatch.shared.domain.DomainException;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The rule documents, by the name used in URLs and storage. */
public enum RuleKind {
    CATEGORIES("categories"),
    DEADLINES("deadlines"),
    CALENDAR("calendar"),
    CALLBACKS("callbacks");

    private final String path;

    RuleKind(String path) {
        this.path = path;
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
