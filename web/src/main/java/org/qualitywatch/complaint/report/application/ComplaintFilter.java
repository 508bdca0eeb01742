package org.qualitywatch.complaint.report.application;

import org.qualitywatch.shared.domain.DomainException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The filters shared by the dashboard, the case list and the exports. {@code from} / {@code to} are dates
 * (yyyy-MM-dd, Asia/Shanghai, {@code to} included) or ISO instants ({@code to} excluded); by default the
 * twelve calendar months up to today. Empty lists and nulls do not filter.
 */
public record ComplaintFilter(Instant from, Instant to, List<String> sources, List<String> statuses,
                              List<String> businessLines, List<String> districts, List<String> departments,
                              List<String> categories1, List<String> categories2,
                              Boolean overdue, Boolean escalated, Boolean repeat, Boolean refund,
                              String text) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public ComplaintFilter {
        sources = clean(sources);
        statuses = clean(statuses);
        businessLines = clean(businessLines);
        districts = clean(districts);
        departments = clean(departments);
        categories1 = clean(categories1);
        categories2 = clean(categories2);
        text = text == null || text.isBlank() ? null : text.trim();
        if (!from.isBefore(to)) {
            throw new DomainException(DomainException.Kind.INVALID, "'from' must be before 'to'.",
                    List.of(new DomainException.FieldError("from", "must be before 'to'")));
        }
    }

    /** Reads the period from request parameters; the other filters are set with the {@code with…} copies. */
    public static ComplaintFilter period(String from, String to) {
        Instant end = to == null || to.isBlank()
                ? LocalDate.now(ZONE).plusDays(1).atStartOfDay(ZONE).toInstant() : parse("to", to, true);
        Instant start = from == null || from.isBlank()
                ? YearMonth.from(LocalDate.ofInstant(end.minusSeconds(1), ZONE)).minusMonths(11).atDay(1)
                .atStartOfDay(ZONE).toInstant()
                : parse("from", from, false);
        return new ComplaintFilter(start, end, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public ComplaintFilter with(List<String> sources, List<String> statuses, List<String> businessLines,
                                List<String> districts, List<String> departments, List<String> categories1,
                                List<String> categories2, Boolean overdue, Boolean escalated, Boolean repeat,
                                Boolean refund, String text) {
        return new ComplaintFilter(from, to, sources, statuses, businessLines, districts, departments, categories1,
                categories2, overdue, escalated, repeat, refund, text);
    }

    /** The same filters over another period. */
    public ComplaintFilter between(Instant start, Instant end) {
        return new ComplaintFilter(start, end, sources, statuses, businessLines, districts, departments, categories1,
                categories2, overdue, escalated, repeat, refund, text);
    }

    /** The filters as query parameters of a drill-down link (dates as yyyy-MM-dd, {@code to} included). */
    public Map<String, Object> asParameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("from", LocalDate.ofInstant(from, ZONE).toString());
        p.put("to", LocalDate.ofInstant(to.minusSeconds(1), ZONE).toString());
        one(p, "source", sources);
        one(p, "status", statuses);
        one(p, "businessLine", businessLines);
        one(p, "district", districts);
        one(p, "department", departments);
        one(p, "category1", categories1);
        one(p, "category2", categories2);
        if (overdue != null) p.put("overdue", overdue);
        if (escalated != null) p.put("escalated", escalated);
        if (repeat != null) p.put("repeat", repeat);
        if (refund != null) p.put("refund", refund);
        if (text != null) p.put("q", text);
        return p;
    }

    private static void one(Map<String, Object> p, String name, List<String> values) {
        if (!values.isEmpty()) {
            p.put(name, String.join(",", values));
        }
    }

    /** A parameter that may repeat or hold comma-separated values. */
    public static List<String> values(List<String> raw) {
        List<String> out = new ArrayList<>();
        if (raw != null) {
            for (String r : raw) {
                if (r != null) {
                    for (String v : r.split(",")) {
                        if (!v.isBlank()) out.add(v.trim());
                    }
                }
            }
        }
        return out;
    }

    public static Boolean flag(String name, String value) {
        if (value == null || value.isBlank()) return null;
        return switch (value.trim().toLowerCase()) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new DomainException(DomainException.Kind.INVALID, name + " must be true or false, not '"
                    + value + "'", List.of(new DomainException.FieldError(name, "must be true or false")));
        };
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).toList();
    }

    /** A day (to: inclusive), a month or an instant, as the dashboard links give them. */
    public static Instant parse(String field, String value, boolean endOfDay) {
        try {
            String v = value.trim();
            if (v.length() == 7) { // a month: yyyy-MM
                YearMonth m = YearMonth.parse(v);
                return (endOfDay ? m.plusMonths(1).atDay(1) : m.atDay(1)).atStartOfDay(ZONE).toInstant();
            }
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZONE).toInstant();
            }
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            String message = field + " must be a date such as 2026-03-01, a month such as 2026-03 or an instant such as "
                    + "2026-03-01T00:00:00Z, not '" + value + "'";
            throw new DomainException(DomainException.Kind.INVALID, message,
                    List.of(new DomainException.FieldError(field, message)));
        }
    }
}
