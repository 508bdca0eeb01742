package org.qualitywatch.complaint.application;

import com.fasterxml.jackson.databind.JsonNode;
import org.qualitywatch.complaint.domain.Complaint;
import org.qualitywatch.platform.io.CsvReader;
import org.qualitywatch.shared.application.ImportPresets;
import org.qualitywatch.shared.application.RowImportJobs.RowError;
import org.qualitywatch.shared.domain.time.DeadlineSpec;
import org.qualitywatch.shared.domain.time.WorkingCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the columns and values of a complaint batch (city hotline, regulator...) map onto
 * {@link Complaint.Facts}. Presets ship as JSON resources ({@code complaint-presets/<name>.json}):
 * {@code source} (the complaint-source code), {@code timeFormat} (of received-at and external-due times;
 * a date-only pattern means the start of that day), {@code dateFormat} (of {@code externalDueDate}),
 * {@code columns} (field → column), {@code required} (fields whose column the file must have) and
 * {@code values} (field → the source's word → ours).
 *
 * <p>Fields: externalRef, receivedAt, complainantName, complainantPhone, customerId, businessLine, category1..3,
 * district, description, urgency (NORMAL / URGENT / EMERGENCY after translation), workOrders and callIds
 * (separated by ; | 、 or spaces), and the source's own deadline as one of: {@code externalDue} (a time),
 * {@code externalDueDate} (a date: due at the end of that day) or {@code deadline} (a time limit such as
 * "15个工作日", counted from received-at on the working calendar with {@link DeadlineSpec}).
 */
public final class ComplaintRowMapping {

    private static final String[] FIELDS = {"externalRef", "receivedAt", "complainantName", "complainantPhone",
            "customerId", "businessLine", "category1", "category2", "category3", "district", "description", "urgency",
            "externalDue", "externalDueDate", "deadline", "workOrders", "callIds"};

    private final String name;
    private final String source;
    private final String timePattern;
    private final DateTimeFormatter timeFormat;
    private final DateTimeFormatter dateFormat;
    private final Map<String, String> columns = new LinkedHashMap<>();
    private final List<String> required = new ArrayList<>();
    private final Map<String, Map<String, String>> values = new HashMap<>();

    /** A row as a complaint's facts, or the errors that keep it out. */
    public record MappedRow(int row, Complaint.Facts facts, List<RowError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private ComplaintRowMapping(String name, JsonNode json) {
        this.name = name;
        source = json.path("source").asText(name.toUpperCase(java.util.Locale.ROOT));
        timePattern = json.path("timeFormat").asText("yyyy-MM-dd HH:mm:ss");
        timeFormat = new DateTimeFormatterBuilder().appendPattern(timePattern)
                .parseDefaulting(ChronoField.HOUR_OF_DAY, 0).parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0)
                .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0).toFormatter();
        dateFormat = DateTimeFormatter.ofPattern(json.path("dateFormat").asText("yyyy-MM-dd"));
        json.path("columns").fields().forEachRemaining(e -> {
            if (!List.of(FIELDS).contains(e.getKey())) {
                throw new IllegalStateException("Preset " + name + " maps the unknown field " + e.getKey());
            }
            columns.put(e.getKey(), e.getValue().asText());
        });
        json.path("required").forEach(f -> required.add(f.asText()));
        values.putAll(ImportPresets.values(json));
    }

    public static ComplaintRowMapping preset(String name) {
        return new ComplaintRowMapping(name, ImportPresets.load("complaint-presets", name, "city12345, regulator"));
    }

    public String name() {
        return name;
    }

    public String source() {
        return source;
    }

    public String referenceColumn() {
        return columns.get("externalRef");
    }

    /** Columns the preset needs that the file does not have. */
    public List<String> missingColumns(List<String> header) {
        List<String> missing = new ArrayList<>();
        for (String field : required) {
            String column = columns.get(field);
            if (column != null && !header.contains(column)) {
                missing.add(column);
            }
        }
        return missing;
    }

    public MappedRow map(CsvReader.Row row, WorkingCalendar calendar) {
        List<RowError> errors = new ArrayList<>();
        int line = row.line();
        String ref = text(row, "externalRef");
        if (ref == null) {
            errors.add(new RowError(line, columns.get("externalRef"), null, "the reference number is missing"));
        } else if (ref.length() > 64) {
            errors.add(new RowError(line, columns.get("externalRef"), ref, "the reference number is longer than 64"));
        }
        Instant receivedAt = time(row, "receivedAt", calendar, errors);
        if (receivedAt == null && text(row, "receivedAt") == null) {
            errors.add(new RowError(line, columns.get("receivedAt"), null, columns.get("receivedAt") + " is missing"));
        }
        String description = text(row, "description");
        if (description == null) {
            errors.add(new RowError(line, columns.get("description"), null, columns.get("description") + " is missing"));
        }
        Complaint.Urgency urgency = urgency(row, errors);
        Instant externalDue = externalDue(row, receivedAt, calendar, errors);
        if (!errors.isEmpty()) {
            return new MappedRow(line, null, errors);
        }
        Complaint.Facts facts = new Complaint.Facts(source, ref, receivedAt, text(row, "complainantName"),
                text(row, "complainantPhone"), text(row, "customerId"), translated(row, "businessLine"),
                translated(row, "category1"), translated(row, "category2"), translated(row, "category3"),
                text(row, "district"), description, urgency, externalDue, list(row, "workOrders"), list(row, "callIds"));
        return new MappedRow(line, facts, errors);
    }

    private String text(CsvReader.Row row, String field) {
        String column = columns.get(field);
        return column == null ? null : row.get(column);
    }

    private String translated(CsvReader.Row row, String field) {
        String raw = text(row, field);
        return raw == null ? null : values.getOrDefault(field, Map.of()).getOrDefault(raw, raw);
    }

    private List<String> list(CsvReader.Row row, String field) {
        String raw = text(row, field);
        return raw == null ? List.of() : List.of(raw.split("[;|、 ]+"));
    }

    private Complaint.Urgency urgency(CsvReader.Row row, List<RowError> errors) {
        String raw = text(row, "urgency");
        if (raw == null) {
            return Complaint.Urgency.NORMAL;
        }
        String translated = values.getOrDefault("urgency", Map.of()).getOrDefault(raw, raw);
        try {
            return Complaint.Urgency.valueOf(translated.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(row.line(), columns.get("urgency"), raw, "'" + raw + "' is not one of "
                    + values.getOrDefault("urgency", Map.of()).keySet()));
            return null;
        }
    }

    private Instant time(CsvReader.Row row, String field, WorkingCalendar calendar, List<RowError> errors) {
        String raw = text(row, field);
        if (raw == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(raw, timeFormat).atZone(calendar.zone()).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new RowError(row.line(), columns.get(field), raw, "'" + raw + "' is not a time like "
                    + DateTimeFormatter.ofPattern(timePattern).format(LocalDateTime.of(2026, 10, 8, 14, 30))));
            return null;
        }
    }

    private Instant externalDue(CsvReader.Row row, Instant receivedAt, WorkingCalendar calendar,
                                List<RowError> errors) {
        Instant due = time(row, "externalDue", calendar, errors);
        if (due != null) {
            return due;
        }
        String date = text(row, "externalDueDate");
        if (date != null) {
            try {
                return calendar.endOf(LocalDate.parse(date, dateFormat));
            } catch (DateTimeParseException e) {
                errors.add(new RowError(row.line(), columns.get("externalDueDate"), date, "'" + date
                        + "' is not a date like " + dateFormat.format(LocalDate.of(2026, 10, 21))));
                return null;
            }
        }
        String limit = text(row, "deadline");
        if (limit != null) {
            try {
                DeadlineSpec spec = DeadlineSpec.parse(limit);
                return receivedAt == null ? null : spec.dueFrom(receivedAt, calendar);
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(row.line(), columns.get("deadline"), limit, e.getMessage()));
            }
        }
        return null;
    }
}
