package org.qualitywatch.complaint.report.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.qualitywatch.platform.search.IndexTemplate;
import org.qualitywatch.platform.search.SearchClient;
import org.qualitywatch.platform.search.SearchIndexes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * The search document of a complaint, made from its row: the facets of the dashboard and the dates that
 * decide "overdue". Documents go to the month of receipt ({@code <prefix>-complaints-YYYY.MM}); the row's
 * {@code version} is the external version.
 */
@ApplicationScoped
public class ComplaintDocuments {

    public static final String INDEX = "complaints";

    @Inject
    SearchClient search;

    @Inject
    SearchIndexes indexes;

    /** The columns of qw.complaint a document is made of. */
    public record Row(long id, long version, String source, String externalRef, Instant receivedAt, boolean escalated,
                      String businessLine, String category1, String category2, String category3, String district,
                      String department, String status, Instant resolvedAt, Instant repliedAt, Instant closedAt,
                      Instant resolveDue, Instant replyDue, Instant nextDueAt, String nextDueStage,
                      BigDecimal refundAmount, boolean repeat, String satisfaction) {
    }

    /** The columns to select for a {@link Row}, in the order {@code ComplaintIndexing} reads them. */
    public static final String COLUMNS = "id, version, source, external_ref, received_at, escalated, business_line, "
            + "category1, category2, category3, district, responsible_department, status, resolved_at, replied_at, "
            + "closed_at, resolve_due, reply_due, next_due_at, next_due_stage, refund_amount, repeat_of is not null, "
            + "satisfaction";

    public void declareIndex() {
        indexes.declare(new IndexTemplate(INDEX, "search/complaints-index.json", ComplaintDocuments.class.getClassLoader()));
    }

    public String alias() {
        return search.indexNames().alias(INDEX);
    }

    public String indexOf(Instant receivedAt) {
        return search.indexNames().monthlyIndex(INDEX, receivedAt);
    }

    public String json(Row row) {
        return json(row, search.objectMapper());
    }

    public static String month(Instant at) {
        return YearMonth.from(at.atZone(ComplaintFilter.ZONE)).toString();
    }

    /** A stage finished after its due time: it stays overdue in the tallies once done. */
    public static boolean finishedLate(Row r) {
        return after(r.resolvedAt(), r.resolveDue()) || after(r.repliedAt(), r.replyDue());
    }

    private static boolean after(Instant done, Instant due) {
        return done != null && due != null && done.isAfter(due);
    }

    static String json(Row r, ObjectMapper mapper) {
        ObjectNode doc = mapper.createObjectNode();
        doc.put("id", r.id());
        doc.put("source", r.source());
        doc.put("externalRef", r.externalRef());
        doc.put("escalated", r.escalated());
        doc.put("businessLine", r.businessLine());
        doc.put("category1", r.category1());
        doc.put("category2", r.category2());
        doc.put("category3", r.category3());
        doc.put("district", r.district());
        doc.put("department", r.department());
        doc.put("status", r.status());
        doc.put("open", !"CLOSED".equals(r.status()));
        doc.put("month", month(r.receivedAt()));
        date(doc, "receivedAt", r.receivedAt());
        date(doc, "resolvedAt", r.resolvedAt());
        date(doc, "repliedAt", r.repliedAt());
        date(doc, "closedAt", r.closedAt());
        date(doc, "resolveDue", r.resolveDue());
        date(doc, "replyDue", r.replyDue());
        date(doc, "nextDueAt", r.nextDueAt());
        doc.put("nextDueStage", r.nextDueStage());
        doc.put("finishedLate", finishedLate(r));
        // in cents (long): exact sums; this distribution has no scaled_float
        doc.put("refundCents", r.refundAmount() == null ? null : r.refundAmount().movePointRight(2).longValue());
        doc.put("repeat", r.repeat());
        doc.put("satisfaction", r.satisfaction());
        try {
            return mapper.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void date(ObjectNode doc, String field, Instant value) {
        doc.put(field, value == null ? null : value.toString());
    }
}
