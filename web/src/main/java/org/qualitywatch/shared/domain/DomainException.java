package org.qualitywatch.shared.domain;

import java.util.List;

/**
 * A rule of the domain refused a request. The message is written for the person who made the
 * request and says what to change; the REST layer maps the kind to an HTTP status.
 */
public class DomainException extends RuntimeException {

    public enum Kind { INVALID, NOT_FOUND, CONFLICT, FORBIDDEN, UNAUTHORIZED, TOO_MANY_REQUESTS, UNAVAILABLE }

    private final Kind kind;
    private final List<FieldError> fieldErrors;

    public DomainException(Kind kind, String message) {
        this(kind, message, List.of());
    }

    public DomainException(Kind kind, String message, List<FieldError> fieldErrors) {
        super(message);
        this.kind = kind;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static DomainException invalid(String message) {
        return new DomainException(Kind.INVALID, message);
    }

    public static DomainException notFound(String message) {
        return new DomainException(Kind.NOT_FOUND, message);
    }

    public static DomainException conflict(String message) {
        return new DomainException(Kind.CONFLICT, message);
    }

    public static DomainException forbidden(String message) {
        return new DomainException(Kind.FORBIDDEN, message);
    }

    public Kind kind() {
        return kind;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public record FieldError(String field, String message) {
    }
}
