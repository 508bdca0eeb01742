package org.qualitywatch.shared.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * An RFC 9457 problem document. {@code detail} is written for a person and says what to do;
 * {@code errors} names each invalid field.
 */
public class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    public String type = "about:blank";
    public String title;
    public int status;
    public String detail;
    public String instance;
    public List<FieldError> errors;

    public record FieldError(String field, String message) {
    }

    public Problem() {
    }

    public Problem(Response.StatusType status, String detail) {
        this.status = status.getStatusCode();
        this.title = status.getReasonPhrase();
        this.detail = detail;
    }

    public static Response response(Response.StatusType status, String detail) {
        return response(new Problem(status, detail));
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status).type(MEDIA).entity(problem).build();
    }
}
