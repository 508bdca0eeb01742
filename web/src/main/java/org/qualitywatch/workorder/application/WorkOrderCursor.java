package org.qualitywatch.workorder.application;

import org.qualitywatch.shared.domain.DomainException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Where the next page of the work-order list starts: the last row's (accepted time, id) in the
 * list's order {@code accepted_at desc, id desc}. PostgreSQL pages with a row comparison and
 * Elasticsearch with {@code search_after}; both read and write this one opaque form.
 */
public record WorkOrderCursor(Instant acceptedAt, long id) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((acceptedAt + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** @return null for a blank cursor (the first page) */
    public static WorkOrderCursor decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 2) {
                throw new IllegalArgumentException("two parts expected");
            }
            return new WorkOrderCursor(Instant.parse(parts[0]), Long.parseLong(parts[1]));
        } catch (RuntimeException e) {
            String message = "after must be the nextCursor of a previous page of this list; start again without it";
            throw new DomainException(DomainException.Kind.INVALID, message,
                    List.of(new DomainException.FieldError("after", message)));
        }
    }
}
