package org.qualitywatch.sampling.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

class SampleDrawTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final PeriodWindow WEEK = Cadence.WEEKLY.periodOf(LocalDate.of(2026, 11, 18), ZONE);

    /** n calls of an agent spread over the week, every hour from Monday 08:00, 120 s each. */
    static List<CandidateCall> calls(String agent, String team, String line, int n) {
        List<CandidateCall> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Instant t = WEEK.from().plusSeconds(8 * 3600 + i * (6L * 86400 / Math.max(1, n)));
            calls.add(call(agent + "-" + i, agent, team, line, t, 120, 0, List.of(), false));
        }
        return calls;
    }

    static long ids = 1;

    static CandidateCall call(String callId, String agent, String team, String line, Instant t, double seconds,
                              double deadAir, List<String> words, boolean complaint) {
        return new CandidateCall(ids++, callId, agent, team, line, "IN", t, seconds, deadAir, words, complaint);
    }

    static PlanDefinition quotaPlan() {
        return new PlanDefinition(Cadence.WEEKLY, PlanDefinition.StratifyBy.BUSINESS_LINE, null,
                new PlanDefinition.Quota(true, 5, 2, 3), null, null, null).withDefaults(SamplingDefaults.builtIn());
    }

    static PlanDefinition percentPlan(Map<String, Double> perStratum, List<String> order, PlanDefinition.Fallback fb) {
        return new PlanDefinition(Cadence.WEEKLY, PlanDefinition.StratifyBy.BUSINESS_LINE, null,
                new PlanDefinition.Quota(false, null, null, null),
                new PlanDefinition.Percentage(true, 10.0, perStratum, order, fb), null, null)
                .withDefaults(SamplingDefaults.builtIn());
    }

    static Sample draw(PlanDefinition plan, String seed, List<CandidateCall> calls, Set<Long> evaluated) {
        return new SampleDraw(plan, "计划#1 测试", seed, WEEK, agent -> agent.startsWith("new")).draw(calls, evaluated);
    }

    @Test
    void quotaPerAgentDiffersForNewAndExperiencedAgents() {
        List<CandidateCall> calls = new ArrayList<>(calls("new1", "一班", "宽带", 40));
        calls.addAll(calls("old1", "一班", "宽带", 40));
        calls.addAll(calls("old2", "二班", "数字电视", 1));
        Sample s = draw(quotaPlan(), "seed", calls, Set.of());
        Map<String, Long> perAgent = s.selected().stream()
                .collect(Collectors.groupingBy(x -> x.call().agentId(), Collectors.counting()));
        assertEquals(5, perAgent.get("new1"));
        assertEquals(2, perAgent.get("old1"));
        assertEquals(1, perAgent.get("old2"));
        Sample.QuotaReport old2 = s.quotas().stream().filter(q -> q.agentId().equals("old2")).findFirst().orElseThrow();
        assertEquals(2, old2.wanted());
        assertEquals(1, old2.shortBy());
        assertTrue(s.selected().stream().allMatch(x -> x.rule() == SelectionRule.QUOTA_PER_AGENT));
        assertTrue(s.selected().get(0).explanation().contains("seed"));
    }

    @Test
    void quotaIsSpreadEvenlyOverThePeriod() {
        Sample s = draw(quotaPlan(), "seed", calls("new1", "一班", "宽带", 70), Set.of());
        Set<Integer> slots = new HashSet<>();
        for (Sample.Selection x : s.selected()) {
            slots.add(WEEK.slot(x.call().startedAt(), 5));
        }
        assertEquals(Set.of(0, 1, 2, 3, 4), slots, "one call from each fifth of the week");
    }

    @Test
    void emptySlotsAreFilledFromTheRemainingCallsBySmallestDraw() {
        // all 10 calls on Monday morning: slot 0 only; the other four come from the smallest remaining draws
        List<CandidateCall> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(call("mon-" + i, "new1", "一班", "宽带", WEEK.from().plusSeconds(3600 + i * 60L), 90, 0, List.of(), false));
        }
        Sample s = draw(quotaPlan(), "seed", calls, Set.of());
        assertEquals(5, s.selected().size());
        List<Double> draws = calls.stream().map(c -> org.qualitywatch.shared.domain.SeededDraw.of("seed", c.callId()))
                .sorted().toList();
        assertEquals(new HashSet<>(draws.subList(0, 5)),
                s.selected().stream().map(Sample.Selection::draw).collect(Collectors.toSet()));
    }

    @Test
    void percentagePerStratumRoundsHalfUp() {
        List<CandidateCall> calls = new ArrayList<>(calls("a", "一班", "宽带", 25));
        calls.addAll(calls("b", "二班", "数字电视", 14));
        Sample s = draw(percentPlan(Map.of(), List.of(), PlanDefinition.Fallback.NONE), "seed", calls, Set.of());
        Map<String, Sample.StratumReport> strata = s.strata().stream()
                .collect(Collectors.toMap(Sample.StratumReport::stratum, r -> r));
        assertEquals(3, strata.get("宽带").wanted(), "10 % of 25 = 2.5 -> 3");
        assertEquals(1, strata.get("数字电视").wanted(), "10 % of 14 = 1.4 -> 1");
        assertEquals(3, strata.get("宽带").percent());
        assertEquals(2, SampleDraw.wanted(5, 30));
        assertEquals(0, SampleDraw.wanted(5, 9));
    }

    @Test
    void perStratumPercentagesOverrideTheDefaultAndCountOnlyThePopulation() {
        List<CandidateCall> calls = new ArrayList<>(calls("a", "一班", "宽带", 100));
        calls.addAll(calls("b", "二班", "高清", 2));
        calls.addAll(calls("c", "三班", "数字电视", 100));
        // 高清 has its own percentage: 100 % of its 2 calls
        Map<String, Double> per = Map.of("高清", 100.0);
        Sample s = draw(percentPlan(per, List.of("高清", "数字电视", "宽带"), PlanDefinition.Fallback.NEXT_IN_ORDER),
                "seed", calls, Set.of());
        Map<String, Sample.StratumReport> strata = s.strata().stream()
                .collect(Collectors.toMap(Sample.StratumReport::stratum, r -> r));
        assertEquals(2, strata.get("高清").wanted());
        assertEquals(0, strata.get("高清").shortBy());

        // an evaluated call leaves the population: 100 % of the remaining 1
        Set<Long> evaluated = Set.of(calls.get(100).recordingId());
        Sample t = draw(percentPlan(per, List.of("高清", "数字电视", "宽带"), PlanDefinition.Fallback.NEXT_IN_ORDER),
                "seed", calls, evaluated);
        Map<String, Sample.StratumReport> ts = t.strata().stream()
                .collect(Collectors.toMap(Sample.StratumReport::stratum, r -> r));
        assertEquals(1, ts.get("高清").wanted());
        assertEquals(1, t.excludedEvaluated());
    }

    @Test
    void fallbackComesFromTheNextStratumAndNoneReportsShort() {
        // quota takes calls first; the stratum percentage then counts them, and leftovers are too few
        List<CandidateCall> calls = new ArrayList<>(calls("a", "一班", "宽带", 100));
        calls.addAll(calls("b", "二班", "高清", 4));
        calls.addAll(calls("c", "三班", "数字电视", 100));
        List<CandidateCall> small = new ArrayList<>(calls);
        // mark three of the four 高清 calls mandatory (complaints): they are on top and not available to the percentage
        for (int i = 100; i < 103; i++) {
            CandidateCall c = small.get(i);
            small.set(i, new CandidateCall(c.recordingId(), c.callId(), c.agentId(), c.team(), c.businessLine(),
                    c.direction(), c.startedAt(), c.seconds(), 0, List.of(), true));
        }
        Map<String, Double> per = Map.of("高清", 75.0);
        Sample next = draw(percentPlan(per, List.of("高清", "数字电视", "宽带"), PlanDefinition.Fallback.NEXT_IN_ORDER),
                "seed", small, Set.of());
        Map<String, Sample.StratumReport> ns = next.strata().stream()
                .collect(Collectors.toMap(Sample.StratumReport::stratum, r -> r));
        assertEquals(3, ns.get("高清").wanted());
        assertEquals(1, ns.get("高清").percent());
        assertEquals(2, ns.get("高清").fallbackIn());
        assertEquals(0, ns.get("高清").shortBy());
        assertEquals(2, ns.get("数字电视").fallbackOut(), "the next stratum in the listed order gives");
        List<Sample.Selection> fallback = next.selected().stream().filter(x -> x.rule() == SelectionRule.FALLBACK).toList();
        assertEquals(2, fallback.size());
        assertTrue(fallback.stream().allMatch(x -> x.stratum().equals("数字电视")));
        assertEquals(3, next.selected().stream().filter(x -> x.rule() == SelectionRule.MANDATORY_COMPLAINT).count());

        Sample none = draw(percentPlan(per, List.of("高清", "数字电视", "宽带"), PlanDefinition.Fallback.NONE),
                "seed", small, Set.of());
        Sample.StratumReport hd = none.strata().stream().filter(r -> r.stratum().equals("高清")).findFirst().orElseThrow();
        assertEquals(2, hd.shortBy());
        assertEquals(0, none.selected().stream().filter(x -> x.rule() == SelectionRule.FALLBACK).count());
    }

    @Test
    void mandatoryCallsAreSelectedOnTopOfTheQuota() {
        List<CandidateCall> calls = new ArrayList<>(calls("old1", "一班", "宽带", 30));
        Instant t = WEEK.from().plusSeconds(86400);
        calls.add(call("complaint", "old1", "一班", "宽带", t, 300, 0, List.of(), true));
        calls.add(call("words", "old1", "一班", "宽带", t, 300, 0, List.of("赔偿"), false));
        calls.add(call("deadair", "old1", "一班", "宽带", t, 300, 45, List.of(), false));
        calls.add(call("quiet", "old1", "一班", "宽带", t, 300, 5, List.of(), false));
        Sample s = draw(quotaPlan(), "seed", calls, Set.of());
        Map<String, SelectionRule> rules = s.selected().stream()
                .collect(Collectors.toMap(x -> x.call().callId(), Sample.Selection::rule));
        assertEquals(SelectionRule.MANDATORY_COMPLAINT, rules.get("complaint"));
        assertEquals(SelectionRule.MANDATORY_WORDS, rules.get("words"));
        assertEquals(SelectionRule.MANDATORY_DEAD_AIR, rules.get("deadair"));
        assertEquals(2, s.selected().stream().filter(x -> x.rule() == SelectionRule.QUOTA_PER_AGENT).count(),
                "mandatory calls use up no quota");
        Sample.QuotaReport q = s.quotas().get(0);
        assertEquals(2, q.selected());
        assertEquals(3, q.mandatory());
        assertTrue(s.selected().stream().filter(x -> x.call().callId().equals("words")).findFirst().orElseThrow()
                .explanation().contains("赔偿"));
    }

    @Test
    void sameSeedSameSampleOtherSeedOtherSample() {
        List<CandidateCall> calls = new ArrayList<>(calls("new1", "一班", "宽带", 200));
        calls.addAll(calls("old1", "二班", "数字电视", 200));
        List<CandidateCall> shuffled = new ArrayList<>(calls);
        java.util.Collections.shuffle(shuffled, new java.util.Random(7));
        Sample a = draw(quotaPlan(), "2026-W47", calls, Set.of());
        Sample b = draw(quotaPlan(), "2026-W47", shuffled, Set.of());
        assertEquals(ids(a), ids(b), "same seed, same sample, whatever the order of the input");
        assertEquals(a.selected().stream().map(Sample.Selection::explanation).toList(),
                b.selected().stream().map(Sample.Selection::explanation).toList());
        Sample c = draw(quotaPlan(), "another seed", calls, Set.of());
        assertNotEquals(ids(a), ids(c));
        assertEquals(ids(a).size(), ids(c).size());
    }

    @Test
    void shortCallsAndEvaluatedCallsAreExcluded() {
        List<CandidateCall> calls = new ArrayList<>();
        Instant t = WEEK.from().plusSeconds(7200);
        calls.add(call("short", "old1", "一班", "宽带", t, 12, 0, List.of("投诉"), true));
        calls.add(call("done", "old1", "一班", "宽带", t, 200, 0, List.of(), true));
        calls.add(call("outside", "old1", "一班", "宽带", WEEK.to().plusSeconds(10), 200, 0, List.of(), false));
        calls.add(call("ok", "old1", "一班", "宽带", t, 200, 0, List.of(), false));
        Sample s = draw(quotaPlan(), "seed", calls, Set.of(calls.get(1).recordingId()));
        assertEquals(List.of("ok"), ids(s));
        assertEquals(1, s.excludedShort());
        assertEquals(1, s.excludedEvaluated());
        assertEquals(1, s.population());
    }

    @Test
    void monitorsGetBalancedLoadAndNeverTheirOwnTeam() {
        List<MonitorAssignment.Monitor> monitors = List.of(new MonitorAssignment.Monitor("m1", "一班"),
                new MonitorAssignment.Monitor("m2", "质检组"), new MonitorAssignment.Monitor("m3", "质检组"));
        List<String> teams = List.of("一班", "一班", "二班", "二班", "二班", "一班");
        List<String> got = MonitorAssignment.assign(teams, monitors, Map.of("m2", 2), true);
        assertEquals(List.of("m3", "m3", "m1", "m1", "m1", "m2"), got);
        assertFalse(got.get(0).equals("m1") || got.get(1).equals("m1") || got.get(5).equals("m1"));
        List<String> none = MonitorAssignment.assign(List.of("一班"), List.of(monitors.get(0)), Map.of(), true);
        assertEquals(java.util.Collections.singletonList(null), none);
    }

    @Test
    void periodsAreDaysMondayWeeksAndCalendarMonths() {
        assertEquals(LocalDate.of(2026, 11, 16), WEEK.start());
        assertEquals(LocalDate.of(2026, 11, 23), WEEK.end());
        assertEquals(LocalDate.of(2026, 11, 1), Cadence.MONTHLY.periodOf(LocalDate.of(2026, 11, 18), ZONE).start());
        assertEquals(Instant.parse("2026-11-15T16:00:00Z"), WEEK.from());
    }

    @Test
    void drawsAreShownWithSixDecimals() {
        assertEquals("0.013377", SampleDraw.fmt6(0.0133774));
        assertEquals("0.000000", SampleDraw.fmt6(0.0000001));
        assertEquals("0.999999", SampleDraw.fmt6(0.999999));
    }

    private static List<String> ids(Sample s) {
        return s.selected().stream().map(x -> x.call().callId()).toList();
    }
}
