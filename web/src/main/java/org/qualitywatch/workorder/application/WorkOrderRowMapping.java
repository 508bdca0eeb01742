package org.qualitywatch.workorder.application;

import com.fasterxml.jackson.databind.JsonNode;
import org.qualitywatch.platform.io.CsvReader;
import org.qualitywatch.shared.application.ImportPresets;
import org.qualitywatch.shared.application.RowImportJobs.RowError;
import org.qualitywatch.workorder.domain.WorkOrder;
import org.qualitywatch.workorder.domain.WorkOrderStatus;
import org.qualitywatch.workorder.domain.WorkOrderType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the columns and values of a call-center export map onto work orders. Presets ship as JSON
 * resources ({@code workorder-presets/callcenter.json}); each names the column of every field and
 * translates the system's words (报修, 已归档, 96195热线) into ours.
 */
public final class WorkOrderRowMapping {

    private static final Pattern RECEIVER = Pattern.compile("\\s*(.*?)\\s*[（(]\\s*([A-Za-z0-9_-]+)\\s*[)）]\\s*");

    private final String name;
    private final String source;
    private final DateTimeFormatter timeFormat;
    private final Map<String, String> columns = new HashMap<>();
    private final Map<String, Map<String, String>> values = new HashMap<>();

    /** A row as a work order's facts and progress, or the errors that keep it out. */
    public record MappedRow(int row, WorkOrder.Facts facts, WorkOrder.SourceProgress progress, String contentHash,
                            List<RowError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private WorkOrderRowMapping(String name, JsonNode json) {
        this.name = name;
        source = json.path("source").asText(name);
        timeFormat = DateTimeFormatter.ofPattern(json.path("timeFormat").asText("yyyy-MM-dd HH:mm:ss"));
        columns.putAll(ImportPresets.columns(json));
        values.putAll(ImportPresets.values(json));
    }

    public static WorkOrderRowMapping preset(String name) {
        return new WorkOrderRowMapping(name, ImportPresets.load("workorder-presets", name, "callcenter"));
    }

    public String name() {
        return name;
    }

    public String source() {
        return source;
    }

    public String numberColumn() {
        return columns.get("number");
    }

    /** Columns the preset needs that the file does not have. */
    public List<String> missingColumns(List<String> header) {
        List<String> missing = new ArrayList<>();
        for (String field : List.of("number", "acceptedAt", "type")) {
            if (!header.contains(columns.get(field))) {
                missing.add(columns.get(field));
            }
        }
        return missing;
    }

    public MappedRow map(CsvReader.Row row, ZoneId zone) {
        List<RowError> errors = new ArrayList<>();
        int line = row.line();
        String number = text(row, "number");
        if (number == null) {
            errors.add(new RowError(line, columns.get("number"), null, "the work-order number is missing"));
        } else if (number.length() > 64) {
            errors.add(new RowError(line, columns.get("number"), number, "the work-order number is longer than 64"));
        }
        Instant acceptedAt = time(row, "acceptedAt", zone, errors, true);
        WorkOrderType type = enumValue(row, "type", WorkOrderType.class, errors, true);
        WorkOrderStatus status = enumValue(row, "status", WorkOrderStatus.class, errors, false);
        WorkOrder.Channel channel = enumValue(row, "channel", WorkOrder.Channel.class, errors, false);
        String businessLine = translate("businessLine", text(row, "businessLine"));
        String receiverAgent = null;
        String receiverName = null;
        String receiver = text(row, "firstReceiver");
        if (receiver != null) {
            Matcher m = RECEIVER.matcher(receiver);
            if (m.matches()) {
                receiverName = m.group(1);
                receiverAgent = m.group(2);
            } else {
                receiverName = receiver;
            }
        }
        Instant dispatchedAt = time(row, "dispatchedAt", zone, errors, false);
        Instant resolvedAt = time(row, "resolvedAt", zone, errors, false);
        String callIds = text(row, "callIds");
        WorkOrder.Facts facts = new WorkOrder.Facts(source, number, channel == null ? WorkOrder.Channel.PHONE : channel,
                text(row, "customerId"), text(row, "customerPhone"), businessLine, type, text(row, "category1"),
                text(row, "category2"), text(row, "category3"), text(row, "district"), text(row, "description"),
                acceptedAt, receiverAgent, receiverName, callIds == null ? List.of() : List.of(callIds.split("[;|、 ]+")));
        WorkOrder.SourceProgress progress = new WorkOrder.SourceProgress(
                status == null ? WorkOrderStatus.ACCEPTED : status, text(row, "department"), dispatchedAt, resolvedAt);
        return new MappedRow(line, facts, progress, hash(row), errors);
    }

    private String text(CsvReader.Row row, String field) {
        return row.get(columns.get(field));
    }

    private String translate(String field, String raw) {
        if (raw == null) {
            return null;
        }
        return values.getOrDefault(field, Map.of()).getOrDefault(raw, raw);
    }

    private <E extends Enum<E>> E enumValue(CsvReader.Row row, String field, Class<E> type, List<RowError> errors,
                                            boolean required) {
        String raw = text(row, field);
        if (raw == null) {
            if (required) {
                errors.add(new RowError(row.line(), columns.get(field), null, columns.get(field) + " is missing"));
            }
            return null;
        }
        String translated = translate(field, raw);
        try {
            return Enum.valueOf(type, translated);
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(row.line(), columns.get(field), raw, "'" + raw + "' is not one of "
                    + values.getOrDefault(field, Map.of()).keySet()));
            return null;
        }
    }

    private Instant time(CsvReader.Row row, String field, ZoneId zone, List<RowError> errors, boolean required) {
        String raw = text(row, field);
        if (raw == null) {
            if (required) {
                errors.add(new RowError(row.line(), columns.get(field), null, columns.get(field) + " is missing"));
            }
            return null;
        }
        try {
            return LocalDateTime.parse(raw, timeFormat).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new RowError(row.line(), columns.get(field), raw, "'" + raw + "' is not a time like "
                    + timeFormat.format(LocalDateTime.of(2026, 10, 21, 10, 25))));
            return null;
        }
    }

    private static String hash(CsvReader.Row row) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> e : row.values().entrySet()) {
                sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(String.valueOf(e.getValue()).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 1);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
