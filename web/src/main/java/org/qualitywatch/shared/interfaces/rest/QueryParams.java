package org.qualitywatch.shared.interfaces.rest;

import org.qualitywatch.shared.domain.DomainException;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reading query parameters the same way on every endpoint, with errors that name the parameter. */
public final class QueryParams {

    private QueryParams() {
    }

    /** An ISO-8601 instant, or null when the parameter is absent or blank. */
    public static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            String message = field + " must be an ISO-8601 instant such as 2026-10-21T00:00:00Z, not '" + value + "'";
            throw new DomainException(DomainException.Kind.INVALID, message,
                    List.of(new DomainException.FieldError(field, message)));
        }
    }

    public static Instant instant(String field, String value, Instant fallback) {
        Instant parsed = instant(field, value);
        return parsed == null ? fallback : parsed;
    }

    /** A repeated parameter without its blank values. */
    public static List<String> values(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }
}
