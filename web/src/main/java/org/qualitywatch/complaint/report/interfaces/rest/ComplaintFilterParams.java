package org.qualitywatch.complaint.report.interfaces.rest;

import jakarta.ws.rs.QueryParam;
import org.qualitywatch.complaint.report.application.ComplaintFilter;

import java.util.List;

/** The filter parameters of the dashboard, the case list and the exports (lists repeat or are comma-separated). */
public class ComplaintFilterParams {

    @QueryParam("from") String from;
    @QueryParam("to") String to;
    @QueryParam("source") List<String> source;
    @QueryParam("status") List<String> status;
    @QueryParam("businessLine") List<String> businessLine;
    @QueryParam("district") List<String> district;
    @QueryParam("department") List<String> department;
    @QueryParam("category1") List<String> category1;
    @QueryParam("category2") List<String> category2;
    @QueryParam("overdue") String overdue;
    @QueryParam("escalated") String escalated;
    @QueryParam("repeat") String repeat;
    @QueryParam("refund") String refund;
    @QueryParam("q") String q;

    public ComplaintFilter filter() {
        return ComplaintFilter.period(from, to).with(ComplaintFilter.values(source), ComplaintFilter.values(status),
                ComplaintFilter.values(businessLine), ComplaintFilter.values(district), ComplaintFilter.values(department),
                ComplaintFilter.values(category1), ComplaintFilter.values(category2),
                ComplaintFilter.flag("overdue", overdue), ComplaintFilter.flag("escalated", escalated),
                ComplaintFilter.flag("repeat", repeat), ComplaintFilter.flag("refund", refund), q);
    }
}
