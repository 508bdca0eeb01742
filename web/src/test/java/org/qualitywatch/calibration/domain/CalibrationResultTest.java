package org.qualitywatch.calibration.domain;

import org.junit.jupiter.api.Test;
import org.qualitywatch.calibration.domain.CalibrationResult.MonitorFigures;
import org.qualitywatch.scoring.domain.ScorecardDefinition;
import org.qualitywatch.scoring.domain.ScorecardDefinition.Answer;
import org.qualitywatch.scoring.domain.ScorecardDefinition.Failure;
import org.qualitywatch.scoring.domain.ScorecardDefinition.Item;
import org.qualitywatch.scoring.domain.ScorecardDefinition.ItemType;
import org.qualitywatch.scoring.domain.ScorecardDefinition.Section;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The worked example of docs/qa-calibration.md, computed by hand.
 *
 * <p>Scorecard: greet (YES_NO, 40), tone (SCALE 0..5, 60, N/A allowed), forbidden (DEDUCTION 5 each, max 20).
 * <pre>
 *            call 1                          call 2
 * lead   greet yes, tone 4, forb 0 = 88.00   greet yes, tone N/A, forb 1 = 95.00
 * m1     greet yes, tone 5, forb 1 = 95.00   greet yes, tone 3,   forb 1 = 71.00
 * m2     greet yes, tone 4, forb 1 = 83.00   greet yes, tone N/A, forb 2 = 90.00
 * </pre>
 */
class CalibrationResultTest {

    static final ScorecardDefinition CARD = new ScorecardDefinition(List.of(
            new Section("norms", "规范", List.of(
                    new Item("greet", "问候", ItemType.YES_NO, 40, null, null, false, Failure.NONE, null),
                    new Item("tone", "语气", ItemType.SCALE, 60, 5, null, true, Failure.NONE, null))),
            new Section("violations", "违规", List.of(
                    new Item("forbidden", "禁语", ItemType.DEDUCTION, 5, null, 20.0, false, Failure.NONE, null)))),
            List.of());
    static final List<String> CODES = List.of("greet", "tone", "forbidden");
    static final List<Long> CALLS = List.of(1L, 2L);

    static CalibrationResult.Score score(long call, String user, Answer greet, Answer tone, int forbidden) {
        ScorecardDefinition.Score s = CARD.score(Map.of("greet", greet, "tone", tone, "forbidden", Answer.times(forbidden)));
        return new CalibrationResult.Score(call, user, s.score(), s.items());
    }

    static List<CalibrationResult.Score> example() {
        List<CalibrationResult.Score> scores = new ArrayList<>();
        scores.add(score(1, "lead", Answer.yesNo(true), Answer.scale(4), 0));
        scores.add(score(1, "m1", Answer.yesNo(true), Answer.scale(5), 1));
        scores.add(score(1, "m2", Answer.yesNo(true), Answer.scale(4), 1));
        scores.add(score(2, "lead", Answer.yesNo(true), Answer.notApplicable(), 1));
        scores.add(score(2, "m1", Answer.yesNo(true), Answer.scale(3), 1));
        scores.add(score(2, "m2", Answer.yesNo(true), Answer.notApplicable(), 2));
        return scores;
    }

    static BigDecimal bd(String v) {
        return new BigDecimal(v);
    }

    @Test
    void theExampleScoresAreTheHandComputedOnes() {
        assertEquals(List.of(bd("88.00"), bd("95.00"), bd("83.00"), bd("95.00"), bd("71.00"), bd("90.00")),
                example().stream().map(CalibrationResult.Score::score).toList());
    }

    @Test
    void againstTheLeadsGoldenScores() {
        CalibrationResult r = CalibrationResult.compute(CODES, List.of("lead", "m1", "m2"), "lead", bd("5"), CALLS,
                example());
        assertEquals(List.of("m1", "m2"), r.monitors().stream().map(MonitorFigures::monitor).toList());
        MonitorFigures m1 = r.monitors().get(0);
        // (95 − 88) = +7, (71 − 95) = −24 → mean −8.5, mean |d| 15.5, flagged since 8.5 > 5
        assertEquals(bd("-8.50"), m1.meanDeviation());
        assertEquals(bd("15.50"), m1.meanAbsDeviation());
        assertEquals(bd("24.00"), m1.maxAbsDeviation());
        assertEquals(2, m1.callsOutside());
        assertTrue(m1.flagged());
        // items: call 1 greet ✓ tone ✗ (60 vs 48) forbidden ✗ (5 vs 0); call 2 greet ✓ tone ✗ (36 vs N/A) forbidden ✓
        assertEquals(3, m1.itemsAgreeing());
        assertEquals(6, m1.itemsCompared());
        assertEquals(0.5, m1.itemAgreement());
        MonitorFigures m2 = r.monitors().get(1);
        // (83 − 88) = −5, (90 − 95) = −5 → mean −5: exactly on the threshold, not beyond it
        assertEquals(bd("-5.00"), m2.meanDeviation());
        assertEquals(bd("5.00"), m2.meanAbsDeviation());
        assertEquals(0, m2.callsOutside());
        assertFalse(m2.flagged());
        // call 1 greet ✓ tone ✓ forbidden ✗ (5 vs 0); call 2 greet ✓ tone ✓ (both N/A) forbidden ✗ (10 vs 5)
        assertEquals(0.6667, m2.itemAgreement());
        assertEquals(List.of(1.0, 0.5, 0.25), r.items().stream().map(CalibrationResult.ItemFigures::agreement).toList());
        assertEquals(0.5833, r.overallAgreement()); // 7 of 12
        assertEquals(bd("88.00"), r.calls().get(0).reference());
        assertEquals(bd("95.00"), r.calls().get(1).reference());
        assertEquals(List.of("m1"), r.flaggedMonitors());
    }

    @Test
    void againstTheMeanWhenThereIsNoReferenceUser() {
        CalibrationResult r = CalibrationResult.compute(CODES, List.of("lead", "m1", "m2"), null, bd("4"), CALLS,
                example());
        // call 1 mean (88 + 95 + 83) / 3 = 88.6667; call 2 mean (95 + 71 + 90) / 3 = 85.3333
        assertEquals(bd("88.67"), r.calls().get(0).reference());
        assertEquals(bd("85.33"), r.calls().get(1).reference());
        MonitorFigures lead = r.monitors().get(0);
        MonitorFigures m1 = r.monitors().get(1);
        MonitorFigures m2 = r.monitors().get(2);
        // lead: −0.6667 and +9.6667 → mean 4.5 (> 4: flagged), mean |d| 5.1667
        assertEquals(bd("4.50"), lead.meanDeviation());
        assertEquals(bd("5.17"), lead.meanAbsDeviation());
        assertTrue(lead.flagged());
        // m1: +6.3333 and −14.3333 → mean −4.0 (not beyond 4), mean |d| 10.3333
        assertEquals(bd("-4.00"), m1.meanDeviation());
        assertEquals(bd("10.33"), m1.meanAbsDeviation());
        assertFalse(m1.flagged());
        // m2: −5.6667 and +4.6667 → mean −0.5, mean |d| 5.1667
        assertEquals(bd("-0.50"), m2.meanDeviation());
        assertEquals(bd("5.17"), m2.meanAbsDeviation());
        // modes: call 1 greet 40, tone 48 (48, 60, 48), forbidden 5 (0, 5, 5);
        //        call 2 greet 40, tone N/A (N/A, 36, N/A), forbidden 5 (5, 5, 10)
        assertEquals(0.8333, lead.itemAgreement()); // 5 of 6: only call 1 forbidden differs
        assertEquals(0.6667, m1.itemAgreement());   // 4 of 6: tone differs on both calls
        assertEquals(0.8333, m2.itemAgreement());   // 5 of 6: call 2 forbidden differs
        assertEquals(List.of(1.0, 0.6667, 0.6667), r.items().stream().map(CalibrationResult.ItemFigures::agreement).toList());
    }

    @Test
    void aTieGoesToTheLowestValueAndNaIsLowest() {
        List<CalibrationResult.Score> scores = List.of(
                score(1, "a", Answer.yesNo(true), Answer.scale(3), 0),
                score(1, "b", Answer.negative(), Answer.scale(4), 0),
                score(2, "a", Answer.yesNo(true), Answer.notApplicable(), 0),
                score(2, "b", Answer.yesNo(true), Answer.scale(1), 0));
        CalibrationResult r = CalibrationResult.compute(CODES, List.of("a", "b"), null, bd("5"), CALLS, scores);
        // call 1: greet 40 vs 0 → 0 (b agrees); tone 36 vs 48 → 36 (a agrees); call 2: tone N/A vs 12 → N/A (a agrees)
        assertEquals(5, r.monitors().get(0).itemsAgreeing()); // a: call 1 tone, forbidden; call 2 greet, tone, forbidden
        assertEquals(4, r.monitors().get(1).itemsAgreeing()); // b: call 1 greet, forbidden; call 2 greet, forbidden
    }

    @Test
    void callsWithoutTheReferenceUsersScoreAreLeftOut() {
        List<CalibrationResult.Score> scores = example().stream()
                .filter(s -> !(s.recordingId() == 2 && s.username().equals("lead"))).toList();
        CalibrationResult r = CalibrationResult.compute(CODES, List.of("lead", "m1", "m2"), "lead", bd("5"), CALLS,
                scores);
        assertNull(r.calls().get(1).reference());
        assertEquals(1, r.monitors().get(0).calls());
        assertEquals(bd("7.00"), r.monitors().get(0).meanDeviation());
        assertTrue(r.monitors().get(0).flagged());
    }
}
