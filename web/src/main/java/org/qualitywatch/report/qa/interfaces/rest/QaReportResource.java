package org.qualitywatch.report.qa.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.qualitywatch.report.qa.application.QaReports;
import org.qualitywatch.report.qa.infrastructure.QaReportWorkbook;
import org.qualitywatch.shared.domain.DomainException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * QA reports. {@code from} and {@code to} are dates (yyyy-MM-dd, Asia/Shanghai, {@code to} included) or
 * ISO instants ({@code to} excluded); the default is the last 90 days.
 */
@Path("/qa-reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "MANAGER", "QA_LEAD"})
public class QaReportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    QaReports reports;

    record Period(Instant from, Instant to) {
    }

    /** Everything the report page shows, in one request. */
    @GET
    public QaReports.Report report(@QueryParam("from") String from, @QueryParam("to") String to,
                                   @QueryParam("interval") String interval) {
        Period p = period(from, to);
        return reports.report(p.from(), p.to(), interval);
    }

    @GET
    @Path("/summary")
    public List<QaReports.GroupRow> summary(@QueryParam("from") String from, @QueryParam("to") String to,
                                            @QueryParam("groupBy") String groupBy) {
        Period p = period(from, to);
        return QaReports.group(reports.scored(p.from(), p.to()), groupBy == null ? "agent" : groupBy);
    }

    @GET
    @Path("/distribution")
    public List<QaReports.Bucket> distribution(@QueryParam("from") String from, @QueryParam("to") String to) {
        Period p = period(from, to);
        return QaReports.distribution(reports.scored(p.from(), p.to()));
    }

    @GET
    @Path("/trend")
    public List<QaReports.TrendPoint> trend(@QueryParam("from") String from, @QueryParam("to") String to,
                                            @QueryParam("interval") String interval) {
        Period p = period(from, to);
        return QaReports.trend(reports.scored(p.from(), p.to()), interval);
    }

    @GET
    @Path("/failed-items")
    public List<QaReports.FailedItem> failedItems(@QueryParam("from") String from, @QueryParam("to") String to,
                                                  @QueryParam("limit") Integer limit) {
        Period p = period(from, to);
        return reports.failedItems(p.from(), p.to(), limit == null ? 20 : Math.max(1, Math.min(limit, 200)));
    }

    @GET
    @Path("/appeals")
    public QaReports.Appeals appeals(@QueryParam("from") String from, @QueryParam("to") String to) {
        Period p = period(from, to);
        return reports.appeals(p.from(), p.to());
    }

    @GET
    @Path("/monitors")
    public List<QaReports.MonitorRow> monitors(@QueryParam("from") String from, @QueryParam("to") String to) {
        Period p = period(from, to);
        return reports.monitors(reports.scored(p.from(), p.to()), p.from(), p.to());
    }

    @GET
    @Path("/export.xlsx")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("interval") String interval) {
        Period p = period(from, to);
        byte[] body = QaReportWorkbook.write(reports.report(p.from(), p.to(), interval));
        String name = "qa-report-" + LocalDate.ofInstant(p.from(), QaReports.ZONE) + "_"
                + LocalDate.ofInstant(p.to().minusSeconds(1), QaReports.ZONE) + ".xlsx";
        return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    static Period period(String from, String to) {
        Instant end = to == null || to.isBlank() ? LocalDate.now(QaReports.ZONE).plusDays(1).atStartOfDay(QaReports.ZONE)
                .toInstant() : parse("to", to, true);
        Instant start = from == null || from.isBlank() ? end.minus(Duration.ofDays(90)) : parse("from", from, false);
        if (!start.isBefore(end)) {
            throw new DomainException(DomainException.Kind.INVALID, "'from' must be before 'to'.",
                    List.of(new DomainException.FieldError("from", "must be before 'to'")));
        }
        return new Period(start, end);
    }

    private static Instant parse(String field, String value, boolean endOfDay) {
        try {
            if (value.trim().length() == 10) {
                LocalDate day = LocalDate.parse(value.trim());
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(QaReports.ZONE).toInstant();
            }
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            String message = field + " must be a date such as 2026-03-01 or an instant such as 2026-03-01T00:00:00Z, not '"
                    + value + "'";
            throw new DomainException(DomainException.Kind.INVALID, message,
                    List.of(new DomainException.FieldError(field, message)));
        }
    }

}
