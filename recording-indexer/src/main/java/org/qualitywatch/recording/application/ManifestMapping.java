package org.qualitywatch.recording.application;

import com.fasterxml.jackson.databind.JsonNode;
import org.qualitywatch.platform.io.CsvReader;
import org.qualitywatch.recording.domain.CallMetadata;
import org.qualitywatch.recording.domain.Direction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the columns of a recording system's manifest map onto call metadata. Presets ship as JSON
 * resources ({@code manifest-presets/pbx.json}); a deployment can point {@code QW_DROP_MANIFEST_MAPPING}
 * at its own file of the same shape.
 */
public final class ManifestMapping {

    private final String sourceSystem;
    private final DateTimeFormatter timeFormat;
    private final Map<String, String> columns;
    private final String satisfactionChannel;
    private final Map<String, Direction> directions = new HashMap<>();

    /** A manifest row turned into metadata, with the file it names and what could not be read. */
    public record MappedRow(int line, String file, CallMetadata metadata, List<String> problems) {
    }

    private ManifestMapping(JsonNode json) {
        sourceSystem = json.path("sourceSystem").asText(CallMetadata.DEFAULT_SOURCE);
        timeFormat = DateTimeFormatter.ofPattern(json.path("timeFormat").asText("yyyy-MM-dd HH:mm:ss"));
        columns = new HashMap<>();
        json.path("columns").fields().forEachRemaining(e -> columns.put(e.getKey(), e.getValue().asText()));
        satisfactionChannel = json.path("satisfactionChannel").asText(null);
        json.path("directions").fields().forEachRemaining(e ->
                directions.put(e.getKey().toUpperCase(), Direction.valueOf(e.getValue().asText())));
    }

    public static ManifestMapping preset(String name) {
        try (InputStream in = ManifestMapping.class.getClassLoader()
                .getResourceAsStream("manifest-presets/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("No manifest preset named '" + name + "'");
            }
            return new ManifestMapping(RecordingJson.MAPPER.readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException("Manifest preset " + name + " is unreadable", e);
        }
    }

    public static ManifestMapping fromFile(Path file) throws IOException {
        return new ManifestMapping(RecordingJson.MAPPER.readTree(Files.readAllBytes(file)));
    }

    public MappedRow map(CsvReader.Row row, ZoneId zone, RecordingSettings settings) {
        List<String> problems = new ArrayList<>();
        String skill = value(row, "skill");
        String businessLine = value(row, "businessLine");
        if (businessLine == null) {
            businessLine = settings.businessLineOf(skill);
        }
        Direction direction = null;
        String rawDirection = value(row, "direction");
        if (rawDirection != null) {
            direction = directions.get(rawDirection.toUpperCase());
            if (direction == null) {
                problems.add("direction '" + rawDirection + "' is not one of " + directions.keySet());
            }
        }
        Integer satisfaction = null;
        String rawSatisfaction = value(row, "satisfaction");
        if (rawSatisfaction != null) {
            try {
                satisfaction = Integer.parseInt(rawSatisfaction);
            } catch (NumberFormatException e) {
                problems.add("satisfaction '" + rawSatisfaction + "' is not a number 1 to 5");
            }
        }
        String workOrders = value(row, "workOrders");
        CallMetadata metadata = new CallMetadata(sourceSystem, value(row, "callId"), value(row, "agentId"),
                value(row, "team"), direction, value(row, "callerNumber"), value(row, "calleeNumber"), skill,
                businessLine, time(row, "startedAt", zone, problems), time(row, "endedAt", zone, problems),
                workOrders == null ? List.of() : List.of(workOrders.split("[;|、 ]+")), satisfaction,
                satisfaction == null ? null : satisfactionChannel, List.of());
        return new MappedRow(row.line(), value(row, "file"), metadata, problems);
    }

    public String sourceSystemOr(String fallback) {
        return sourceSystem == null ? fallback : sourceSystem;
    }

    public String column(String field) {
        return columns.get(field);
    }

    private String value(CsvReader.Row row, String field) {
        return row.get(columns.get(field));
    }

    private Instant time(CsvReader.Row row, String field, ZoneId zone, List<String> problems) {
        String raw = value(row, field);
        if (raw == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(raw, timeFormat).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(raw);
            } catch (DateTimeParseException e2) {
                problems.add(columns.get(field) + " '" + raw + "' is not a time like " + timeFormat);
                return null;
            }
        }
    }
}
