package org.qualitywatch.recording.application;

import com.fasterxml.jackson.databind.JsonNode;
import org.qualitywatch.recording.domain.CallMetadata;
import org.qualitywatch.recording.domain.Direction;
import org.qualitywatch.recording.domain.Utterance;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Call metadata as JSON (sidecar files and the upload API). Values that cannot be read become
 * problems with their field name, not exceptions, so the recording is kept and quarantined.
 * Times may carry an offset ({@code 2026-10-21T10:25:00+08:00}) or be local to the business time
 * zone ({@code 2026-10-21 10:25:00}).
 */
public final class MetadataJson {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd[ ]['T']HH:mm[:ss]");

    private MetadataJson() {
    }

    public record Parsed(CallMetadata metadata, List<String> problems) {
    }

    public static Parsed parse(byte[] json, ZoneId zone) {
        JsonNode node;
        try {
            node = RecordingJson.MAPPER.readTree(json);
        } catch (IOException e) {
            return new Parsed(empty(), List.of("metadata is not valid JSON: " + firstLine(e.getMessage())));
        }
        if (node == null || !node.isObject()) {
            return new Parsed(empty(), List.of("metadata must be a JSON object"));
        }
        return parse(node, zone);
    }

    public static Parsed parse(JsonNode n, ZoneId zone) {
        List<String> problems = new ArrayList<>();
        Direction direction = null;
        String rawDirection = text(n, "direction");
        if (rawDirection != null) {
            try {
                direction = Direction.valueOf(rawDirection.toUpperCase());
            } catch (IllegalArgumentException e) {
                problems.add("direction '" + rawDirection + "' must be IN, OUT or INTERNAL");
            }
        }
        Integer satisfaction = null;
        if (n.hasNonNull("satisfaction")) {
            if (n.get("satisfaction").canConvertToInt()) {
                satisfaction = n.get("satisfaction").asInt();
            } else {
                problems.add("satisfaction must be a number 1 to 5");
            }
        }
        List<String> workOrders = new ArrayList<>();
        n.path("workOrders").forEach(w -> workOrders.add(w.asText()));
        List<Utterance> transcript = new ArrayList<>();
        JsonNode lines = n.path("transcript");
        if (!lines.isMissingNode() && !lines.isNull() && !lines.isArray()) {
            problems.add("transcript must be a list of {speaker, start, end, text}");
        }
        for (JsonNode u : lines) {
            transcript.add(new Utterance(text(u, "speaker"), u.path("start").asDouble(-1), u.path("end").asDouble(-1),
                    text(u, "text")));
        }
        CallMetadata metadata = new CallMetadata(text(n, "sourceSystem"), text(n, "callId"), text(n, "agentId"),
                text(n, "team"), direction, text(n, "callerNumber"), text(n, "calleeNumber"), text(n, "skill"),
                text(n, "businessLine"), time(n, "startedAt", zone, problems), time(n, "endedAt", zone, problems),
                workOrders, satisfaction, text(n, "satisfactionChannel"), transcript);
        return new Parsed(metadata, problems);
    }

    /** Reads a transcript file: a list of utterances, or an object with a "transcript" list. */
    public static List<Utterance> transcript(byte[] json) throws IOException {
        JsonNode node = RecordingJson.MAPPER.readTree(json);
        JsonNode lines = node.isArray() ? node : node.path("transcript");
        List<Utterance> transcript = new ArrayList<>();
        for (JsonNode u : lines) {
            transcript.add(new Utterance(text(u, "speaker"), u.path("start").asDouble(-1), u.path("end").asDouble(-1),
                    text(u, "text")));
        }
        return transcript;
    }

    private static CallMetadata empty() {
        return new CallMetadata(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().trim();
    }

    private static Instant time(JsonNode n, String field, ZoneId zone, List<String> problems) {
        String raw = text(n, field);
        if (raw == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(raw, LOCAL).atZone(zone).toInstant();
            } catch (DateTimeParseException e2) {
                problems.add(field + " '" + raw + "' is not a time like 2026-10-21T10:25:00+08:00 or 2026-10-21 10:25:00");
                return null;
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
