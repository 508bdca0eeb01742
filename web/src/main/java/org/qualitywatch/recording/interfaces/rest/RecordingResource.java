package org.qualitywatch.recording.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.qualitywatch.audit.application.AuditTrail;
import org.qualitywatch.audit.domain.AuditAction;
import org.qualitywatch.identity.application.AuthenticatedUser;
import org.qualitywatch.identity.application.UserDirectory;
import org.qualitywatch.recording.api.AudioFile;
import org.qualitywatch.recording.api.IngestOutcome;
import org.qualitywatch.recording.api.RecordingAdministration;
import org.qualitywatch.recording.api.RecordingCatalog;
import org.qualitywatch.recording.api.RecordingDetails;
import org.qualitywatch.recording.api.RecordingIngest;
import org.qualitywatch.recording.api.RecordingPage;
import org.qualitywatch.recording.api.RecordingQuery;
import org.qualitywatch.recording.api.WaveformPeaks;
import org.qualitywatch.recording.application.MetadataJson;
import org.qualitywatch.recording.application.RecordingSettings;
import org.qualitywatch.recording.domain.PhoneNumbers;
import org.qualitywatch.shared.domain.DomainException;
import org.qualitywatch.shared.interfaces.rest.CurrentUserProducer.CurrentUser;
import org.qualitywatch.shared.interfaces.rest.QueryParams;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Recording search, details, playback, download and upload. */
@Path("/recordings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "MANAGER", "QA_LEAD", "QA_MONITOR"})
public class RecordingResource {

    /** Roles that may open any call; agents open only their own. */
    private static final String[] STAFF_ROLES = {"ADMIN", "MANAGER", "QA_LEAD", "QA_MONITOR"};

    /** Roles that hear the calls and so may see the customer's number. */
    private static final String[] FULL_NUMBER_ROLES = {"ADMIN", "QA_LEAD", "QA_MONITOR"};

    @Inject
    RecordingCatalog catalog;

    @Inject
    RecordingIngest ingest;

    @Inject
    RecordingAdministration administration;

    @Inject
    AuditTrail audit;

    @Inject
    UserDirectory users;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpServletRequest request;

    public record SearchResult(long total, List<Item> items, Map<String, List<RecordingPage.FacetCount>> facets,
                               String nextCursor) {
    }

    /** A search hit as the list shows it, with the agent's name. */
    public record Item(long id, String callId, String agentId, String agentName, String team, String direction,
                       String callerNumber, String calleeNumber, String skill, String businessLine, Instant startedAt,
                       Double durationSeconds, String status, String quarantineReason, Double maxDeadAirSeconds,
                       Integer deadAirCount, Integer crossTalkCount, Double crossTalkSeconds, List<String> workOrders,
                       Integer satisfaction, boolean hasTranscript, List<RecordingPage.TranscriptHit> hits) {
    }

    @GET
    public SearchResult search(@QueryParam("q") String text, @QueryParam("from") String from,
                               @QueryParam("to") String to, @QueryParam("agent") List<String> agents,
                               @QueryParam("team") List<String> teams,
                               @QueryParam("businessLine") List<String> businessLines,
                               @QueryParam("direction") String direction,
                               @QueryParam("minDuration") Double minDuration,
                               @QueryParam("maxDuration") Double maxDuration,
                               @QueryParam("deadAirOver") Double deadAirOver,
                               @QueryParam("crossTalk") Boolean crossTalk, @QueryParam("workOrder") String workOrder,
                               @QueryParam("quarantined") Boolean quarantined,
                               @QueryParam("callerNumber") String callerNumber, @QueryParam("sort") String sort,
                               @QueryParam("size") Integer size, @QueryParam("after") String after) {
        RecordingQuery.Sort order;
        try {
            order = RecordingQuery.Sort.parse(sort);
        } catch (IllegalArgumentException e) {
            throw invalid("sort", e.getMessage());
        }
        if (direction != null && !direction.isBlank() && !List.of("IN", "OUT", "INTERNAL").contains(direction)) {
            throw invalid("direction", "direction must be IN, OUT or INTERNAL");
        }
        RecordingQuery query = new RecordingQuery(text, QueryParams.instant("from", from),
                QueryParams.instant("to", to), QueryParams.values(agents), QueryParams.values(teams),
                QueryParams.values(businessLines), blankToNull(direction), minDuration, maxDuration, deadAirOver,
                crossTalk, workOrder, quarantined, callerNumber, order, size == null ? 20 : size, after);
        RecordingPage page;
        try {
            page = catalog.search(query);
        } catch (IllegalArgumentException e) {
            throw invalid("after", e.getMessage());
        }
        Map<String, String> names = users.agentNames();
        List<Item> items = page.items().stream().map(i -> new Item(i.id(), i.callId(), i.agentId(),
                names.get(i.agentId()), i.team(), i.direction(), i.callerNumberMasked(), i.calleeNumber(), i.skill(),
                i.businessLine(), i.startedAt(), i.durationSeconds(), i.status(), i.quarantineReason(),
                i.maxDeadAirSeconds(), i.deadAirCount(), i.crossTalkCount(), i.crossTalkSeconds(), i.workOrders(),
                i.satisfaction(), i.hasTranscript(), i.hits())).toList();
        return new SearchResult(page.total(), items, page.facets(), page.nextCursor());
    }

    public record Completeness(long count, List<RecordingAdministration.MissingRecording> missing) {
    }

    /** Calls named by manifests or work orders for which no recording arrived. */
    @GET
    @Path("/completeness")
    @RolesAllowed({"ADMIN", "MANAGER", "QA_LEAD"})
    public Completeness completeness(@QueryParam("from") String from, @QueryParam("to") String to) {
        Instant start = QueryParams.instant("from", from);
        Instant end = QueryParams.instant("to", to);
        List<RecordingAdministration.MissingRecording> missing = administration.missing(
                start == null ? Instant.EPOCH : start, end == null ? Instant.now().plusSeconds(86400) : end, 1000);
        return new Completeness(missing.size(), missing);
    }

    /** Agents hear their own calls (to understand and appeal their scores), nobody else's. */
    private RecordingDetails visible(long id) {
        RecordingDetails found = catalog.find(id).orElseThrow(() -> notFound(id));
        var me = currentUser.require();
        if (!me.hasAnyRole(STAFF_ROLES) && (me.agentId() == null || !me.agentId().equals(found.agentId()))) {
            throw DomainException.forbidden("Agents may open only their own calls.");
        }
        return found;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"ADMIN", "MANAGER", "QA_LEAD", "QA_MONITOR", "AGENT"})
    public RecordingDetails details(@PathParam("id") long id) {
        RecordingDetails found = visible(id);
        RecordingDetails details = found.withAgentName(users.agentNames().get(found.agentId()));
        if (!currentUser.require().hasAnyRole(FULL_NUMBER_ROLES)) {
            details = details.withCallerNumber(PhoneNumbers.mask(details.callerNumber()));
        }
        return details;
    }

    @GET
    @Path("/{id}/peaks")
    @RolesAllowed({"ADMIN", "MANAGER", "QA_LEAD", "QA_MONITOR", "AGENT"})
    public WaveformPeaks peaks(@PathParam("id") long id) {
        visible(id);
        return catalog.peaks(id).orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND,
                "Recording " + id + " has no waveform yet: it is not analysed (see its status)."));
    }

    @GET
    @Path("/{id}/audio")
    @Produces({"audio/mpeg", "application/problem+json"})
    @RolesAllowed({"ADMIN", "MANAGER", "QA_LEAD", "QA_MONITOR", "AGENT"})
    public Response play(@PathParam("id") long id, @HeaderParam("Range") String range) {
        visible(id);
        AudioFile file = catalog.playable(id).orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND,
                "Recording " + id + " has no playable audio (it is missing or could not be decoded; see its status)."));
        if (range == null || range.startsWith("bytes=0-")) {
            // a player asks for the start once per play; later range requests are seeks within it
            audit.record(actor(), AuditAction.RECORDING_PLAYED, "recording", String.valueOf(id), Map.of(),
                    request.getRemoteAddr());
        }
        return RangedFile.of(file.path(), file.size(), file.contentType(), range, null);
    }

    @GET
    @Path("/{id}/download")
    @Produces({MediaType.APPLICATION_OCTET_STREAM, "application/problem+json"})
    public Response download(@PathParam("id") long id) {
        AudioFile file = catalog.original(id).orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND,
                "Recording " + id + " has no stored audio to download."));
        audit.record(actor(), AuditAction.RECORDING_DOWNLOADED, "recording", String.valueOf(id),
                Map.of("file", file.fileName(), "bytes", file.size()), request.getRemoteAddr());
        String name = file.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        return RangedFile.of(file.path(), file.size(), file.contentType(), null,
                "attachment; filename=\"" + name + "\"");
    }

    public record UploadResult(long id, String status, boolean duplicate, String message) {
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({"ADMIN", "QA_LEAD"})
    public Response upload(List<EntityPart> parts) throws IOException {
        EntityPart file = null;
        byte[] metadata = null;
        for (EntityPart part : parts) {
            if (part.getName().equals("file")) {
                file = part;
            } else if (part.getName().equals("metadata")) {
                metadata = part.getContent().readAllBytes();
            }
        }
        if (file == null) {
            throw invalid("file", "send the audio as the multipart part named 'file'");
        }
        if (metadata == null) {
            throw invalid("metadata", "send the call metadata as JSON in the multipart part named 'metadata'");
        }
        MetadataJson.Parsed parsed = MetadataJson.parse(metadata, RecordingSettings.fromEnvironment().timeZone());
        if (!parsed.problems().isEmpty() || !parsed.metadata().problems().isEmpty()) {
            List<DomainException.FieldError> errors = new ArrayList<>();
            parsed.problems().forEach(p -> errors.add(new DomainException.FieldError("metadata", p)));
            parsed.metadata().problems().forEach(p -> errors.add(new DomainException.FieldError("metadata", p)));
            // an upload is interactive: the sender fixes the metadata and sends again, nothing is stored
            throw new DomainException(DomainException.Kind.INVALID, "The metadata is not usable: "
                    + String.join("; ", errors.stream().map(DomainException.FieldError::message).toList()), errors);
        }
        IngestOutcome outcome;
        try (InputStream audio = file.getContent()) {
            outcome = ingest.upload(parsed.metadata(), audio, file.getFileName().orElse("upload"));
        }
        audit.record(actor(), AuditAction.RECORDING_UPLOADED, "recording", String.valueOf(outcome.recordingId()),
                Map.of("callId", String.valueOf(parsed.metadata().callId()), "outcome", outcome.kind().name()),
                request.getRemoteAddr());
        return switch (outcome.kind()) {
            case ACCEPTED -> Response.accepted(new UploadResult(outcome.recordingId(), "RECEIVED", false,
                    outcome.message())).build();
            case DUPLICATE -> Response.ok(new UploadResult(outcome.recordingId(), "DUPLICATE", true,
                    outcome.message())).build();
            case QUARANTINED -> Response.accepted(new UploadResult(outcome.recordingId(), "QUARANTINED", false,
                    outcome.message())).build();
            case CONFLICT -> throw new DomainException(DomainException.Kind.CONFLICT, "Call "
                    + parsed.metadata().callId() + " already has a recording with different audio. This upload is kept "
                    + "in quarantine as recording " + outcome.recordingId() + ": " + outcome.message());
        };
    }

    private String actor() {
        AuthenticatedUser user = currentUser.require();
        return user.username();
    }

    private static DomainException notFound(long id) {
        return DomainException.notFound("There is no recording " + id + ".");
    }

    private static DomainException invalid(String field, String message) {
        return new DomainException(DomainException.Kind.INVALID, message,
                List.of(new DomainException.FieldError(field, message)));
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v;
    }
}
