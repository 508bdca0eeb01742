package org.qualitywatch.workorder.application;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.qualitywatch.workorder.domain.callback.CallbackPlan;
import org.qualitywatch.workorder.domain.rules.CategoryTree;
import org.qualitywatch.workorder.domain.rules.DeadlineRuleSet;
import org.qualitywatch.workorder.domain.rules.HolidayCalendar;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleDocumentCodecTest {

    @Test
    void theDefaultsSurviveARoundTripThroughJson() {
        assertEquals(CategoryTree.defaults(), RuleDocumentCodec.categories(RuleDocumentCodec.json(CategoryTree.defaults())));
        assertEquals(DeadlineRuleSet.defaults(),
                RuleDocumentCodec.deadlines(RuleDocumentCodec.json(DeadlineRuleSet.defaults())));
        assertEquals(HolidayCalendar.defaults(),
                RuleDocumentCodec.calendar(RuleDocumentCodec.json(HolidayCalendar.defaults())));
        CallbackPlan plan = CallbackPlan.defaults("seed-1");
        assertEquals(plan, RuleDocumentCodec.callbacks(RuleDocumentCodec.json(plan)));
    }

    @Test
    void theDefaultTreeHasTheRegulatorsTopLevelAndTheDefaultCalendarNamesItsFestivals() {
        assertEquals(List.of("用户服务", "网络质量", "收费争议"),
                CategoryTree.defaults().nodes().stream().map(CategoryTree.Node::name).toList());
        HolidayCalendar calendar = HolidayCalendar.defaults();
        assertTrue(calendar.days().contains(new HolidayCalendar.Day(LocalDate.of(2026, 10, 1), HolidayCalendar.Kind.HOLIDAY, "国庆节")));
        assertTrue(calendar.days().contains(new HolidayCalendar.Day(LocalDate.of(2026, 9, 20), HolidayCalendar.Kind.WORKDAY, "国庆节调休上班")));
        assertTrue(calendar.days().contains(new HolidayCalendar.Day(LocalDate.of(2026, 9, 25), HolidayCalendar.Kind.HOLIDAY, "中秋节")));
    }

    @Test
    void aBadLimitIsRefusedNamingTheRule() {
        JsonObject body = RuleDocumentCodec.parse("""
                {"rules": [{"name": "联系", "stage": "CONTACT", "types": ["REPAIR"], "limit": "abc"}]}""");
        var e = assertThrows(IllegalArgumentException.class, () -> RuleDocumentCodec.deadlines(body));
        assertTrue(e.getMessage().startsWith("rule \"联系\", limit: Cannot read the deadline \"abc\""), e.getMessage());
    }

    @Test
    void unknownStagesTypesAndAreasAreRefusedWithTheAllowedValues() {
        var stage = assertThrows(IllegalArgumentException.class, () -> RuleDocumentCodec.deadlines(RuleDocumentCodec.parse(
                "{\"rules\": [{\"name\": \"x\", \"stage\": \"LUNCH\", \"limit\": \"1小时\"}]}")));
        assertTrue(stage.getMessage().contains("\"LUNCH\" is not one of [CONTACT, FIX, INSTALL, RECONNECT, REPORT_BACK]"),
                stage.getMessage());
        var type = assertThrows(IllegalArgumentException.class, () -> RuleDocumentCodec.deadlines(RuleDocumentCodec.parse(
                "{\"rules\": [{\"name\": \"x\", \"stage\": \"FIX\", \"types\": [\"PIZZA\"], \"limit\": \"1小时\"}]}")));
        assertTrue(type.getMessage().contains("rule \"x\".types"), type.getMessage());
    }

    @Test
    void aFourthLevelOrATwinCategoryIsRefused() {
        var deep = assertThrows(IllegalArgumentException.class, () -> RuleDocumentCodec.categories(RuleDocumentCodec.parse(
                "{\"nodes\": [{\"name\": \"a\", \"children\": [{\"name\": \"b\", \"children\": "
                        + "[{\"name\": \"c\", \"children\": [{\"name\": \"d\"}]}]}]}]}")));
        assertTrue(deep.getMessage().contains("\"a / b / c\" is at level 3"), deep.getMessage());
        var twin = assertThrows(IllegalArgumentException.class, () -> RuleDocumentCodec.categories(RuleDocumentCodec.parse(
                "{\"nodes\": [{\"name\": \"网络质量\"}, {\"name\": \"网络质量\"}]}")));
        assertTrue(twin.getMessage().contains("appears twice at the top level"), twin.getMessage());
    }

    @Test
    void aDateTwiceOrABadDateIsRefused() {
        var twice = assertThrows(IllegalArgumentException.class, () -> RuleDocumentCodec.calendar(RuleDocumentCodec.parse(
                "{\"days\": [{\"date\": \"2026-10-01\", \"kind\": \"HOLIDAY\"}, "
                        + "{\"date\": \"2026-10-01\", \"kind\": \"WORKDAY\"}]}")));
        assertTrue(twice.getMessage().contains("2026-10-01 appears twice"), twice.getMessage());
        var bad = assertThrows(IllegalArgumentException.class, () -> RuleDocumentCodec.calendar(RuleDocumentCodec.parse(
                "{\"days\": [{\"date\": \"1.10.2026\", \"kind\": \"HOLIDAY\"}]}")));
        assertTrue(bad.getMessage().contains("write it as 2026-10-01"), bad.getMessage());
    }

    @Test
    void aCallbackRatioAbove100PercentIsRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> RuleDocumentCodec.callbacks(RuleDocumentCodec.parse(
                "{\"seed\": \"s\", \"rules\": [{\"name\": \"全部\", \"ratio\": 1.5}]}")));
        assertTrue(e.getMessage().contains("between 0 and 1"), e.getMessage());
    }
}
