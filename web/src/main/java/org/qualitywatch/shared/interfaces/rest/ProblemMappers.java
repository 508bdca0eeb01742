package org.qualitywatch.shared.interfaces.rest;

import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.qualitywatch.shared.domain.DomainException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every exception that reaches JAX-RS into a problem document without internals. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    @Provider
    public static class DomainExceptionMapper implements ExceptionMapper<DomainException> {
        @Override
        public Response toResponse(DomainException e) {
            Response.Status status = switch (e.kind()) {
                case INVALID -> Response.Status.BAD_REQUEST;
                case NOT_FOUND -> Response.Status.NOT_FOUND;
                case CONFLICT -> Response.Status.CONFLICT;
                case FORBIDDEN -> Response.Status.FORBIDDEN;
                case UNAUTHORIZED -> Response.Status.UNAUTHORIZED;
                case TOO_MANY_REQUESTS -> Response.Status.TOO_MANY_REQUESTS;
                case UNAVAILABLE -> Response.Status.SERVICE_UNAVAILABLE;
            };
            Problem problem = new Problem(status, e.getMessage());
            if (!e.fieldErrors().isEmpty()) {
                problem.errors = e.fieldErrors().stream()
                        .map(f -> new Problem.FieldError(f.field(), f.message())).toList();
            }
            return Problem.response(problem);
        }
    }

    @Provider
    public static class ValidationMapper implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<Problem.FieldError> errors = new ArrayList<>();
            for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
                errors.add(new Problem.FieldError(fieldName(violation.getPropertyPath()), violation.getMessage()));
            }
            errors.sort(Comparator.comparing(Problem.FieldError::field));
            Problem problem = new Problem(Response.Status.BAD_REQUEST, "Some fields are invalid: "
                    + String.join("; ", errors.stream().map(f -> f.field() + " " + f.message()).toList()));
            problem.errors = errors;
            return Problem.response(problem);
        }

        /** {@code login.request.username} becomes {@code username}: the name the client sent. */
        static String fieldName(Path path) {
            String name = "";
            boolean sawParameter = false;
            StringBuilder tail = new StringBuilder();
            for (Path.Node node : path) {
                switch (node.getKind()) {
                    case METHOD, CONSTRUCTOR -> { }
                    case PARAMETER -> {
                        sawParameter = true;
                        name = node.getName();
                    }
                    default -> {
                        if (!tail.isEmpty()) tail.append('.');
                        tail.append(node.getName());
                        if (node.getIndex() != null) tail.append('[').append(node.getIndex()).append(']');
                    }
                }
            }
            if (!tail.isEmpty()) {
                return tail.toString();
            }
            return sawParameter ? name : path.toString();
        }
    }

    @Provider
    public static class JsonMapper implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return Problem.response(Response.Status.BAD_REQUEST,
                    "The request body is not valid JSON of the expected shape: " + rootMessage(e));
        }
    }

    @Provider
    public static class ProcessingMapper implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return Problem.response(Response.Status.BAD_REQUEST,
                    "The request could not be read: " + rootMessage(e));
        }
    }

    @Provider
    public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response original = e.getResponse();
            Response.StatusType status = original.getStatusInfo();
            String detail = switch (status.getStatusCode()) {
                case 404 -> "There is nothing at this address. Check the URL.";
                case 405 -> "This address does not accept " + "that HTTP method.";
                case 415 -> "Send the request body as application/json (or the type this endpoint documents).";
                case 406 -> "This endpoint cannot answer in the requested format.";
                default -> e.getMessage();
            };
            Response.ResponseBuilder builder = Response.fromResponse(Problem.response(status, detail));
            original.getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type")) {
                    values.forEach(v -> builder.header(name, v));
                }
            });
            return builder.build();
        }
    }

    @Provider
    public static class UnexpectedMapper implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, e);
            return Problem.response(Response.Status.INTERNAL_SERVER_ERROR,
                    "Something went wrong on the server. Tell an administrator this reference: " + reference);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        // parser messages can quote the whole body; keep them short
        return message.length() > 300 ? message.substring(0, 300) + "..." : message;
    }
}
