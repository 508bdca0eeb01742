package org.qualitywatch.workorder.domain.callback;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallbackPlanTest {

    private static final Instant RESOLVED = Instant.parse("2026-10-21T02:25:00Z");
    private final CallbackPlan plan = CallbackPlan.defaults("seed-2026-10");

    private static OrderForSampling order(String number, String line, String type) {
        return new OrderForSampling(number, line, type, RESOLVED);
    }

    /** n orders of one line and type, numbered like real ones. */
    private static List<OrderForSampling> orders(String prefix, int n, String line, String type) {
        List<OrderForSampling> list = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            list.add(order(String.format("WO-%s-%05d", prefix, i), line, type));
        }
        return list;
    }

    @Test
    void theDrawIsSha256OfSeedColonNumberAndCanBeCheckedWithAShell() {
        // printf '%s' 'seed-2026-10:WO-20261021-0001' | sha256sum → ef92cca9bd94a946...; 0xef92cca9bd94a / 16^13
        double expected = 0xef92cca9bd94aL / Math.pow(16, 13);
        assertEquals(expected, CallbackPlan.draw("seed-2026-10", "WO-20261021-0001"));
        assertEquals(0.9358337320714605, plan.draw("WO-20261021-0001"));
    }

    @Test
    void sameSeedSameDecisions() {
        List<OrderForSampling> batch = orders("R", 200, "BROADBAND", "REPAIR");
        CallbackPlan again = CallbackPlan.defaults("seed-2026-10");
        for (OrderForSampling o : batch) {
            assertEquals(plan.decide(o), again.decide(o));
        }
        assertEquals(plan.decideAll(batch), again.decideAll(batch));
    }

    @Test
    void differentSeedsGiveDifferentDraws() {
        List<OrderForSampling> batch = orders("R", 200, "BROADBAND", "REPAIR");
        CallbackPlan other = plan.withSeed("seed-2026-11");
        int same = 0;
        for (OrderForSampling o : batch) {
            if (plan.draw(o.number()) == other.draw(o.number())) {
                same++;
            }
        }
        assertEquals(0, same);
        assertNotEquals(plan.decideAll(batch).stream().map(Selection::selected).toList(),
                other.decideAll(batch).stream().map(Selection::selected).toList());
    }

    @Test
    void batchIsWithinOneOrderOfTheRatioForEveryDefaultRule() {
        String[][] groups = {
                {"DIGITAL_TV", "REPAIR", "0.10"},
                {"BROADBAND", "REPAIR", "0.25"},
                {"DIGITAL_TV", "COMPLAINT", "1.0"},
                {"HD", "HELP", "1.0"},
                {"BROADBAND", "CONSULT", "0.0"}};
        for (int n : new int[] {7, 10, 33, 1000}) {
            List<OrderForSampling> batch = new ArrayList<>();
            for (String[] g : groups) {
                batch.addAll(orders(g[0] + g[1], n, g[0], g[1]));
            }
            Collections.shuffle(batch, new Random(n));
            List<Selection> result = plan.decideAll(batch);
            assertEquals(batch.size(), result.size());
            for (String[] g : groups) {
                double ratio = Double.parseDouble(g[2]);
                List<Selection> inGroup = new ArrayList<>();
                List<Double> chosen = new ArrayList<>();
                List<Double> skipped = new ArrayList<>();
                for (int i = 0; i < batch.size(); i++) {
                    OrderForSampling o = batch.get(i);
                    if (o.businessLine().equals(g[0]) && o.orderType().equals(g[1])) {
                        Selection s = result.get(i);
                        inGroup.add(s);
                        assertEquals(ratio, s.ratio());
                        assertEquals(plan.draw(o.number()), s.draw());                   // same draw as decide()
                        assertEquals(plan.decide(o).draw(), s.draw());
                        (s.selected() ? chosen : skipped).add(s.draw());
                    }
                }
                long selected = chosen.size();
                assertEquals(n, inGroup.size());
                assertTrue(Math.abs(selected - ratio * n) <= 1.0,
                        g[0] + "/" + g[1] + " n=" + n + ": " + selected + " selected");
                assertEquals(Math.round(ratio * n), selected);
                // the ones with the smallest draws
                if (!chosen.isEmpty() && !skipped.isEmpty()) {
                    assertTrue(Collections.max(chosen) < Collections.min(skipped));
                }
            }
        }
    }

    @Test
    void batchDoesNotDependOnTheOrderOfTheList() {
        List<OrderForSampling> batch = orders("X", 33, "BROADBAND", "REPAIR");
        batch.addAll(orders("Y", 21, "DIGITAL_TV", "REPAIR"));
        Map<String, Boolean> first = selectedByNumber(batch);
        for (long shuffle = 1; shuffle <= 5; shuffle++) {
            List<OrderForSampling> copy = new ArrayList<>(batch);
            Collections.shuffle(copy, new Random(shuffle));
            assertEquals(first, selectedByNumber(copy));
        }
    }

    private Map<String, Boolean> selectedByNumber(List<OrderForSampling> batch) {
        List<Selection> result = plan.decideAll(batch);
        Map<String, Boolean> map = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            map.put(batch.get(i).number(), result.get(i).selected());
        }
        return map;
    }

    @Test
    void oneByOneIsStatisticallyNearTheRatio() {
        long selected = orders("S", 10_000, "BROADBAND", "REPAIR").stream().filter(o -> plan.decide(o).selected()).count();
        assertTrue(selected > 2_300 && selected < 2_700, selected + " of 10000");
    }

    @Test
    void hundredAndZeroPercentRules() {
        for (OrderForSampling o : orders("C", 50, "BROADBAND", "COMPLAINT")) {
            assertTrue(plan.decide(o).selected());
        }
        for (OrderForSampling o : orders("H", 50, "HD", "REPAIR")) {
            assertTrue(plan.decide(o).selected());
        }
        for (OrderForSampling o : orders("Q", 50, "DIGITAL_TV", "CONSULT")) {
            Selection s = plan.decide(o);
            assertFalse(s.selected());
            assertEquals("其他 0%", s.ruleName());
        }
        assertTrue(plan.decideAll(orders("C", 7, "MOBILE", "COMPLAINT")).stream().allMatch(Selection::selected));
        assertTrue(plan.decideAll(orders("Q", 7, "MOBILE", "HELP")).stream().noneMatch(Selection::selected));
    }

    @Test
    void theMostSpecificRuleWins() {
        CallbackPlan p = new CallbackPlan(List.of(
                new CallbackRule("all", "*", "*", 0.01),
                new CallbackRule("repairs", "*", "REPAIR", 0.2),
                new CallbackRule("broadband", "BROADBAND", "*", 0.3),
                new CallbackRule("broadband repairs", "BROADBAND", "REPAIR", 0.4)), "s");
        assertEquals("broadband repairs", p.ruleFor("BROADBAND", "REPAIR").orElseThrow().name());
        assertEquals("broadband", p.ruleFor("BROADBAND", "COMPLAINT").orElseThrow().name());
        assertEquals("repairs", p.ruleFor("DIGITAL_TV", "REPAIR").orElseThrow().name());
        assertEquals("all", p.ruleFor("DIGITAL_TV", "CONSULT").orElseThrow().name());
        assertEquals("all", p.ruleFor(null, null).orElseThrow().name());
        assertEquals("broadband repairs", p.ruleFor(" broadband ", "repair").orElseThrow().name());
        assertEquals(3, p.rules().get(3).specificity());
        assertEquals(0, p.rules().get(0).specificity());

        // in the default plan an HD complaint falls under the HD rule (line beats type)
        assertEquals("高清新装 100%", plan.ruleFor("HD", "COMPLAINT").orElseThrow().name());
        assertEquals("投诉 100%", plan.ruleFor("BROADBAND", "COMPLAINT").orElseThrow().name());
        assertEquals("宽带报修 25%", plan.ruleFor("BROADBAND", "REPAIR").orElseThrow().name());
        assertEquals("数字电视报修 10%", plan.ruleFor("DIGITAL_TV", "REPAIR").orElseThrow().name());
    }

    @Test
    void explanationsNameTheRuleTheRatioAndTheDraw() {
        OrderForSampling o = order("WO-20261021-0001", "BROADBAND", "REPAIR");
        Selection s = plan.decide(o);
        assertFalse(s.selected());
        assertEquals("宽带报修 25%", s.ruleName());
        assertEquals(0.25, s.ratio());
        assertEquals("规则「宽带报修 25%」: 抽样值 0.9358 ≥ 0.25, 未选中", s.explanation());
        assertEquals("Rule 「宽带报修 25%」: draw 0.9358 ≥ 0.25, not selected", s.explanationEn());

        OrderForSampling chosen = orders("E", 100, "BROADBAND", "REPAIR").stream()
                .filter(x -> plan.decide(x).selected()).findFirst().orElseThrow();
        Selection yes = plan.decide(chosen);
        String draw = new java.math.BigDecimal(yes.draw()).setScale(4, java.math.RoundingMode.DOWN).toPlainString();
        assertEquals("规则「宽带报修 25%」: 抽样值 " + draw + " < 0.25, 选中", yes.explanation());

        List<Selection> batch = plan.decideAll(orders("B", 10, "BROADBAND", "REPAIR"));
        for (Selection b : batch) {
            assertTrue(b.explanation().contains("宽带报修 25%"), b.explanation());
            assertTrue(b.explanation().contains("本批 10 单 × 0.25 = 2.5, 抽 3 单"), b.explanation());
            assertTrue(b.explanation().contains(new java.math.BigDecimal(b.draw())
                    .setScale(4, java.math.RoundingMode.DOWN).toPlainString()), b.explanation());
            assertTrue(b.explanation().endsWith(b.selected() ? "选中" : "未选中"));
            assertTrue(b.explanationEn().contains("batch of 10 × 0.25 = 2.5, 3 to call back"), b.explanationEn());
        }
        assertEquals(3, batch.stream().filter(Selection::selected).count());
    }

    @Test
    void drawsCloseToTheRatioShowEnoughDigitsToSeeTheSide() {
        CallbackPlan third = new CallbackPlan(List.of(new CallbackRule("三分之一", "*", "*", 0.33335)), "digits");
        OrderForSampling close = null;
        for (int i = 0; close == null; i++) {
            double d = third.draw("WO-" + i);
            if (d >= 0.33335 && d < 0.3334) {
                close = order("WO-" + i, "HD", "HELP");
            }
        }
        Selection s = third.decide(close);
        assertFalse(s.selected());
        String shown = s.explanation().replaceAll(".*抽样值 (\\S+) ≥ 0.33335.*", "$1");
        assertTrue(shown.length() > "0.3333".length(), s.explanation());
        assertTrue(new java.math.BigDecimal(shown).compareTo(new java.math.BigDecimal("0.33335")) > 0, s.explanation());
    }

    @Test
    void ordersNoRuleCoversAreNotSelectedAndSaySo() {
        CallbackPlan onlyBroadband = new CallbackPlan(List.of(new CallbackRule("宽带报修 25%", "BROADBAND", "REPAIR", 0.25)), "s");
        Selection s = onlyBroadband.decide(order("WO-1", "HD", "HELP"));
        assertFalse(s.selected());
        assertNull(s.ruleName());
        assertTrue(s.explanation().startsWith("无适用的回访规则"), s.explanation());
        assertEquals(s, onlyBroadband.decideAll(List.of(order("WO-1", "HD", "HELP"))).get(0));
    }

    @Test
    void refusesInconsistentInput() {
        assertThrows(IllegalArgumentException.class, () -> new CallbackRule("x", "*", "*", 1.5));
        assertThrows(IllegalArgumentException.class, () -> new CallbackRule("x", "*", "*", Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new CallbackRule(" ", "*", "*", 0.5));
        assertThrows(IllegalArgumentException.class, () -> new CallbackRule("x", "", "*", 0.5));
        IllegalArgumentException dup = assertThrows(IllegalArgumentException.class, () -> new CallbackPlan(List.of(
                new CallbackRule("a", "BROADBAND", "REPAIR", 0.2), new CallbackRule("b", "broadband", "repair", 0.3)), "s"));
        assertTrue(dup.getMessage().contains("BROADBAND/REPAIR"), dup.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CallbackPlan.defaults(" "));
        assertThrows(IllegalArgumentException.class, () -> new OrderForSampling(" ", "HD", "HELP", RESOLVED));
        assertThrows(IllegalArgumentException.class,
                () -> plan.decideAll(List.of(order("WO-1", "HD", "HELP"), order("WO-1", "HD", "HELP"))));
        assertTrue(plan.decideAll(List.of()).isEmpty());
    }
}
