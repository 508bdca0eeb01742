package org.qualitywatch.complaint.report.application;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.qualitywatch.shared.domain.DomainException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComplaintReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ComplaintFilter filter() {
        return ComplaintFilter.period("2026-03-01", "2026-05-31").with(List.of("CITY_12345"), List.of(), List.of(),
                List.of("和平区", "浑南区"), List.of(), List.of(), List.of(), true, null, false, null, "宽带");
    }

    @Test
    void thePeriodIsReadInShanghaiTimeWithTheEndDayIncluded() {
        ComplaintFilter f = filter();
        assertEquals(Instant.parse("2026-02-28T16:00:00Z"), f.from());
        assertEquals(Instant.parse("2026-05-31T16:00:00Z"), f.to());
        assertEquals("2026-05-31", f.asParameters().get("to"));
        assertEquals("和平区,浑南区", f.asParameters().get("district"));
        assertEquals(Instant.parse("2025-02-28T16:00:00Z"), ComplaintDashboard.comparisonStart(f));
        assertThrows(DomainException.class, () -> ComplaintFilter.period("2026-05-01", "2026-04-01"));
        assertThrows(DomainException.class, () -> ComplaintFilter.flag("overdue", "maybe"));
    }

    @Test
    void oneSearchCarriesTheFiltersThePeriodAndTheComparisonMonths() throws Exception {
        SearchRequest request = ComplaintDashboard.request(filter(), "qw-complaints");
        JsonNode body = JSON.readTree(JsonpUtils.toJsonString(request, new JacksonJsonpMapper()));
        String filters = body.at("/query/bool/filter").toString();
        assertTrue(filters.contains("{\"terms\":{\"source\":[\"CITY_12345\"]}}"), filters);
        assertTrue(filters.contains("{\"terms\":{\"district\":[\"和平区\",\"浑南区\"]}}"), filters);
        assertTrue(filters.contains("\"gte\":\"2025-02-28T16:00:00Z\""), "twelve months before the period: " + filters);
        assertTrue(filters.contains("finishedLate"), "overdue includes stages finished late: " + filters);
        assertEquals(0, body.get("size").asInt());
        JsonNode period = body.at("/aggregations/period");
        assertEquals("2026-02-28T16:00:00Z", period.at("/filter/range/receivedAt/gte").asText());
        for (String agg : List.of("bySource", "byCategory", "byDistrict", "byDepartment", "byMonth", "overdue", "escalated",
                "repeats", "refunds")) {
            assertFalse(period.at("/aggregations/" + agg).isMissingNode(), agg);
        }
        assertEquals("month", body.at("/aggregations/months/terms/field").asText());
    }

    @Test
    void changesArePercentOfTheBaseAndEmptyWithoutOne() {
        assertEquals(200.0, ComplaintDashboard.change(3, 1));
        assertEquals(-33.3, ComplaintDashboard.change(2, 3));
        assertNull(ComplaintDashboard.change(5, 0));
    }

    @Test
    void ratesPerTenThousandAndAppealsPerMillionPerQuarter() {
        Map<String, long[]> complaints = new HashMap<>();
        long[] tv = new long[12];
        tv[0] = 3;
        tv[1] = 1;
        complaints.put("DIGITAL_TV", tv);
        long[] all = tv.clone();
        long[] appeals = new long[12];
        appeals[1] = 2;
        Map<String, Long[]> subscribers = new HashMap<>();
        Long[] tvSubs = new Long[12];
        tvSubs[0] = 20_000L;
        tvSubs[1] = 40_000L;
        subscribers.put("DIGITAL_TV", tvSubs);
        ComplaintRates.Rates r = ComplaintRates.compute(2026, complaints, all, appeals, subscribers,
                Map.of("*", BigDecimal.ONE));
        ComplaintRates.LineRates line = r.lines().get(0);
        assertEquals(new BigDecimal("1.5000"), line.months().get(0).ratePerTenThousand());
        assertTrue(line.months().get(0).overTarget());
        assertEquals(new BigDecimal("0.2500"), line.months().get(1).ratePerTenThousand());
        assertNull(line.months().get(2).ratePerTenThousand(), "no subscriber count, no rate");
        assertEquals(30_000L, line.averageSubscribers());
        assertEquals(new BigDecimal("1.3333"), line.ratePerTenThousand(), "4 complaints / 30,000 average");
        // Q1: 2 appeals over an average of 30,000 users (months with counts)
        assertEquals(2, r.quarters().get(0).appeals());
        assertEquals(30_000L, r.quarters().get(0).subscribers());
        assertEquals(new BigDecimal("66.6667"), r.quarters().get(0).perMillion());
        assertNull(r.quarters().get(1).perMillion());
    }

    @Test
    void phonesKeepTheirFirstThreeAndLastFourDigits() {
        assertEquals("138****5678", ComplaintCases.maskPhone("13812345678"));
        assertEquals("****", ComplaintCases.maskPhone("12345"));
        assertNull(ComplaintCases.maskPhone(null));
    }

    @Test
    void theCaseListFiltersMatchTheDashboards() {
        ComplaintCases.Where w = ComplaintCases.where(filter());
        assertTrue(w.sql().contains("source = any (?)"), w.sql());
        assertTrue(w.sql().contains(ComplaintCases.OVERDUE_SQL), w.sql());
        assertTrue(w.sql().contains("repeat_of is null"), w.sql());
        assertEquals(2 + 2 + 5, w.params().size());
    }

    @Test
    void theDocumentHasTheFacetsAndTheLateFlag() throws Exception {
        Instant received = Instant.parse("2026-03-31T15:30:00Z"); // 23:30 in Shanghai
        ComplaintDocuments.Row row = new ComplaintDocuments.Row(7, 3, "REGULATOR", "R-1", received, true, "HD", "收费争议",
                "退费", null, "和平区", "计费中心", "CLOSED", received.plusSeconds(86400 * 3), null, null,
                received.plusSeconds(86400 * 2), null, null, null, new BigDecimal("12.34"), true, null);
        JsonNode doc = JSON.readTree(ComplaintDocuments.json(row, JSON));
        assertEquals("2026-03", doc.get("month").asText());
        assertTrue(doc.get("finishedLate").asBoolean());
        assertFalse(doc.get("open").asBoolean());
        assertEquals(1234, doc.get("refundCents").asLong());
        assertTrue(doc.get("repeat").asBoolean());
    }
}
