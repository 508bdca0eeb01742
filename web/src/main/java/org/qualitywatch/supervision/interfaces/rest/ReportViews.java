package org.qualitywatch.supervision.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.qualitywatch.attachment.domain.Attachment;
import org.qualitywatch.supervision.domain.SupervisorReport;

import java.io.StringReader;
import java.time.Instant;

/** What a report looks like to its supervisor (no internal fields) and to staff. */
public final class ReportViews {

    private ReportViews() {
    }

    static final String ATTACHMENT_OWNER = "SUPERVISOR_REPORT";

    static JsonObject answers(SupervisorReport r) {
        try (var reader = Json.createReader(new StringReader(r.answersJson()))) {
            return reader.readObject();
        }
    }

    /** The supervisor's view: their own content, the status, and the answer — never staff notes or routing. */
    public record PortalReport(long id, String visitType, long templateId, String place, Instant visitedAt, JsonObject answers,
                        Integer overallRating, String narrative, String status, Instant createdAt, Instant submittedAt,
                        String answer, Instant answeredAt, String rating, String ratingComment, Instant ratedAt) {
        static PortalReport of(SupervisorReport r) {
            return new PortalReport(r.id(), r.visitType().name(), r.templateId(), r.place(), r.visitedAt(), ReportViews.answers(r),
                    r.overallRating(), r.narrative(), r.status().name(), r.createdAt(), r.submittedAt(), r.answerText(),
                    r.answeredAt(), r.rating() == null ? null : r.rating().name(), r.ratingComment(), r.ratedAt());
        }
    }

    public record StaffReport(PortalReport report, long supervisorId, String supervisorName, String affiliation,
                       String triage, String triagedBy, Instant triagedAt, String internalNote, Long mergedComplaintId,
                       Long supervisionOrderId) {
    }

    public record AttachmentView(long id, String fileName, String contentType, long sizeBytes, Instant uploadedAt) {
        static AttachmentView of(Attachment a) {
            return new AttachmentView(a.id(), a.fileName(), a.type().mediaType(), a.sizeBytes(), a.uploadedAt());
        }
    }
}
