package org.qualitywatch.complaint.report.application;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.qualitywatch.platform.search.SearchClient;
import org.qualitywatch.shared.domain.DomainException;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The complaint dashboard: one Elasticsearch search with several aggregations. The query covers the
 * period and the twelve months before it (for month-on-month and year-on-year); the tallies are inside a
 * filter aggregation on the period. Every figure carries the filter that lists the cases behind it.
 */
@ApplicationScoped
public class ComplaintDashboard {

    static final String PERIOD = "period";
    static final String MONTHS = "months";
    /** Tally name → keyword field. */
    public static final Map<String, String> TALLIES = tallies();

    @Inject
    SearchClient search;

    @Inject
    ComplaintDocuments documents;

    public record Bucket(String key, long count, Map<String, Object> filter, List<Bucket> children) {
    }

    /** One month: its count, the month before and the same month a year before, and the changes in %. */
    public record MonthRow(String month, long count, long previousMonth, Double monthOnMonth, long previousYear,
                           Double yearOnYear, Map<String, Object> filter) {
    }

    public record Figure(long count, Map<String, Object> filter) {
    }

    public record Dashboard(Map<String, Object> filter, long total, Figure overdue, Figure escalated, Figure repeats,
                            BigDecimal refundTotal, Figure refunds, List<Bucket> bySource, List<Bucket> byCategory,
                            List<Bucket> byDistrict, List<Bucket> byDepartment, List<Bucket> byBusinessLine,
                            List<Bucket> byStatus, List<MonthRow> byMonth, long tookMillis) {
    }

    public Dashboard dashboard(ComplaintFilter filter) {
        SearchResponse<Void> response;
        try {
            response = search.client().search(request(filter, documents.alias()), Void.class);
        } catch (IOException | ElasticsearchException e) {
            throw new DomainException(DomainException.Kind.UNAVAILABLE, "The complaint dashboard is unavailable: "
                    + "Elasticsearch cannot be reached (" + e.getMessage() + "). The case list and its export still "
                    + "work from the database; try again when the system status page shows Elasticsearch up.");
        }
        return read(filter, response.aggregations(), response.took());
    }

    /** First month of the comparison range: twelve months before the period's first month. */
    static Instant comparisonStart(ComplaintFilter f) {
        return YearMonth.from(LocalDate.ofInstant(f.from(), ComplaintFilter.ZONE)).minusMonths(12).atDay(1)
                .atStartOfDay(ComplaintFilter.ZONE).toInstant();
    }

    /** The search request; pure, so its shape is unit-tested. */
    static SearchRequest request(ComplaintFilter f, String alias) {
        List<Query> filters = filters(f);
        filters.add(range("receivedAt", comparisonStart(f), f.to()));
        Map<String, Aggregation> tallies = new LinkedHashMap<>();
        TALLIES.forEach((name, field) -> tallies.put(name, Aggregation.of(a -> a.terms(t -> t.field(field).size(200)))));
        tallies.put("byCategory", Aggregation.of(a -> a.terms(t -> t.field("category1").size(50))
                .aggregations("category2", s -> s.terms(t -> t.field("category2").size(100)))));
        tallies.put("byMonth", Aggregation.of(a -> a.terms(t -> t.field("month").size(400))));
        tallies.put("overdue", Aggregation.of(a -> a.filter(overdue(true))));
        tallies.put("escalated", Aggregation.of(a -> a.filter(term("escalated", FieldValue.of(true)))));
        tallies.put("repeats", Aggregation.of(a -> a.filter(term("repeat", FieldValue.of(true)))));
        tallies.put("refunds", Aggregation.of(a -> a.filter(refunded())
                .aggregations("amount", s -> s.sum(m -> m.field("refundCents")))));
        Query period = range("receivedAt", f.from(), f.to());
        return new SearchRequest.Builder()
                .index(alias)
                .ignoreUnavailable(true).allowNoIndices(true)
                .preFilterShardSize(1L)
                .size(0)
                .trackTotalHits(t -> t.enabled(false))
                .requestCache(true)
                .query(q -> q.bool(b -> b.filter(filters)))
                .aggregations(PERIOD, a -> a.filter(period).aggregations(tallies))
                .aggregations(MONTHS, a -> a.terms(t -> t.field("month").size(400)))
                .build();
    }

    /** The filters of the case list's where clause that the index knows (everything but the text). */
    public static List<Query> filters(ComplaintFilter f) {
        List<Query> filters = new ArrayList<>();
        terms(filters, "source", f.sources());
        terms(filters, "status", f.statuses());
        terms(filters, "businessLine", f.businessLines());
        terms(filters, "district", f.districts());
        terms(filters, "department", f.departments());
        terms(filters, "category1", f.categories1());
        terms(filters, "category2", f.categories2());
        if (f.overdue() != null) filters.add(overdue(f.overdue()));
        if (f.escalated() != null) filters.add(term("escalated", FieldValue.of(f.escalated())));
        if (f.repeat() != null) filters.add(term("repeat", FieldValue.of(f.repeat())));
        if (f.refund() != null) {
            Query refunded = refunded();
            filters.add(f.refund() ? refunded : Query.of(q -> q.bool(b -> b.mustNot(refunded))));
        }
        return filters;
    }

    /** Open with its next deadline passed, or a stage (resolve, reply) finished after its due time. */
    static Query overdue(boolean overdue) {
        Query late = Query.of(q -> q.bool(b -> b
                .should(s -> s.bool(o -> o.filter(range -> range.range(r -> r.date(d -> d.field("nextDueAt").lt("now"))))
                        .filter(term("open", FieldValue.of(true)))))
                .should(term("finishedLate", FieldValue.of(true)))
                .minimumShouldMatch("1")));
        return overdue ? late : Query.of(q -> q.bool(b -> b.mustNot(late)));
    }

    static Query refunded() {
        return Query.of(q -> q.range(r -> r.number(n -> n.field("refundCents").gt(0.0))));
    }

    private static Query term(String field, FieldValue value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    private static Query range(String field, Instant from, Instant to) {
        return Query.of(q -> q.range(r -> r.date(d -> d.field(field).gte(from.toString()).lt(to.toString()))));
    }

    private static void terms(List<Query> filters, String field, List<String> values) {
        if (!values.isEmpty()) {
            List<FieldValue> v = values.stream().map(FieldValue::of).toList();
            filters.add(Query.of(q -> q.terms(t -> t.field(field).terms(tt -> tt.value(v)))));
        }
    }

    /** Reads the aggregations; pure, so it is unit-tested with a hand-made response. */
    static Dashboard read(ComplaintFilter f, Map<String, Aggregate> aggregations, long took) {
        Map<String, Object> base = f.asParameters();
        Aggregate periodAgg = aggregations == null ? null : aggregations.get(PERIOD);
        Map<String, Aggregate> p = periodAgg != null && periodAgg.isFilter() ? periodAgg.filter().aggregations() : Map.of();
        long total = periodAgg != null && periodAgg.isFilter() ? periodAgg.filter().docCount() : 0;
        Map<String, List<Bucket>> tallies = new HashMap<>();
        TALLIES.forEach((name, field) -> tallies.put(name, buckets(p.get(name), base, parameterOf(field), null)));
        List<Bucket> categories = new ArrayList<>();
        Aggregate cat = p.get("byCategory");
        if (cat != null && cat.isSterms()) {
            for (StringTermsBucket b : cat.sterms().buckets().array()) {
                String key = b.key().stringValue();
                Map<String, Object> filter = with(base, "category1", key);
                categories.add(new Bucket(key, b.docCount(), filter, buckets(b.aggregations().get("category2"), filter,
                        "category2", null)));
            }
        }
        Aggregate refunds = p.get("refunds");
        BigDecimal refundTotal = BigDecimal.ZERO;
        long refundCount = 0;
        if (refunds != null && refunds.isFilter()) {
            refundCount = refunds.filter().docCount();
            Aggregate sum = refunds.filter().aggregations().get("amount");
            if (sum != null && sum.isSum()) {
                refundTotal = BigDecimal.valueOf(Math.round(sum.sum().value()), 2);
            }
        }
        Map<String, Object> refundFilter = with(base, "refund", true);
        return new Dashboard(base, total, figure(p.get("overdue"), with(base, "overdue", true)),
                figure(p.get("escalated"), with(base, "escalated", true)),
                figure(p.get("repeats"), with(base, "repeat", true)), refundTotal,
                new Figure(refundCount, refundFilter), tallies.get("bySource"), categories, tallies.get("byDistrict"),
                tallies.get("byDepartment"), tallies.get("byBusinessLine"), tallies.get("byStatus"),
                months(f, base, p.get("byMonth"), aggregations == null ? null : aggregations.get(MONTHS)), took);
    }

    static List<MonthRow> months(ComplaintFilter f, Map<String, Object> base, Aggregate inPeriod, Aggregate whole) {
        Map<String, Long> current = counts(inPeriod);
        Map<String, Long> all = counts(whole);
        List<MonthRow> rows = new ArrayList<>();
        YearMonth last = YearMonth.from(LocalDate.ofInstant(f.to().minusSeconds(1), ComplaintFilter.ZONE));
        for (YearMonth m = YearMonth.from(LocalDate.ofInstant(f.from(), ComplaintFilter.ZONE)); !m.isAfter(last);
             m = m.plusMonths(1)) {
            long count = current.getOrDefault(m.toString(), 0L);
            long previousMonth = all.getOrDefault(m.minusMonths(1).toString(), 0L);
            long previousYear = all.getOrDefault(m.minusYears(1).toString(), 0L);
            Map<String, Object> filter = new LinkedHashMap<>(base);
            filter.put("from", max(m.atDay(1), LocalDate.ofInstant(f.from(), ComplaintFilter.ZONE)).toString());
            filter.put("to", min(m.atEndOfMonth(), LocalDate.ofInstant(f.to().minusSeconds(1), ComplaintFilter.ZONE)).toString());
            rows.add(new MonthRow(m.toString(), count, previousMonth, change(count, previousMonth), previousYear,
                    change(count, previousYear), filter));
        }
        return rows;
    }

    /** Change against a base in per cent, one decimal; null when the base is zero. */
    public static Double change(long count, long base) {
        if (base == 0) {
            return null;
        }
        return BigDecimal.valueOf((count - base) * 100.0 / base).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static Map<String, Long> counts(Aggregate agg) {
        Map<String, Long> counts = new HashMap<>();
        if (agg != null && agg.isSterms()) {
            for (StringTermsBucket b : agg.sterms().buckets().array()) {
                counts.put(b.key().stringValue(), b.docCount());
            }
        }
        return counts;
    }

    private static Figure figure(Aggregate agg, Map<String, Object> filter) {
        return new Figure(agg != null && agg.isFilter() ? agg.filter().docCount() : 0, filter);
    }

    private static List<Bucket> buckets(Aggregate agg, Map<String, Object> base, String parameter, List<Bucket> none) {
        List<Bucket> out = new ArrayList<>();
        if (agg != null && agg.isSterms()) {
            for (StringTermsBucket b : agg.sterms().buckets().array()) {
                String key = b.key().stringValue();
                out.add(new Bucket(key, b.docCount(), with(base, parameter, key), none));
            }
        }
        return out;
    }

    private static Map<String, Object> with(Map<String, Object> base, String name, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(base);
        m.put(name, value);
        return m;
    }

    /** The case-list parameter of an index field. */
    private static String parameterOf(String field) {
        return field;
    }

    private static Map<String, String> tallies() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("bySource", "source");
        t.put("byDistrict", "district");
        t.put("byDepartment", "department");
        t.put("byBusinessLine", "businessLine");
        t.put("byStatus", "status");
        return java.util.Collections.unmodifiableMap(t);
    }
}
