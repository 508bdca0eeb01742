package org.qualitywatch.scoring.domain;

import org.junit.jupiter.api.Test;
import org.qualitywatch.scoring.domain.ScorecardDefinition.Answer;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScorecardDefinitionTest {

    private final ScorecardDefinition card = ScorecardDefinition.defaults();

    /** Everything perfect, no deductions. */
    private static Map<String, Answer> perfect() {
        Map<String, Answer> a = new HashMap<>();
        a.put("opening", Answer.affirmative());
        a.put("phrases", Answer.scale(5));
        a.put("tone", Answer.scale(5));
        a.put("patience", Answer.scale(5));
        a.put("initiative", Answer.scale(5));
        a.put("understanding", Answer.scale(5));
        a.put("guidance", Answer.scale(5));
        a.put("accuracy", Answer.affirmative());
        a.put("forbidden", Answer.times(0));
        a.put("wrong_promise", Answer.times(0));
        a.put("rudeness", Answer.times(0));
        a.put("data_leak", Answer.times(0));
        return a;
    }

    @Test
    void theDefaultCardWeighs100PointsAndAPerfectCallScores100() {
        assertEquals(100.0, card.positivePoints());
        var s = card.score(perfect());
        assertEquals(new BigDecimal("100.00"), s.score());
        assertEquals("优秀", s.grade());
        assertFalse(s.fatal());
    }

    @Test
    void scaleItemsEarnTheirShareAndDeductionsAreCapped() {
        Map<String, Answer> a = perfect();
        a.put("patience", Answer.scale(3));   // 20 × 3/5 = 12 of 20
        a.put("tone", Answer.scale(4));       // 10 × 4/5 = 8 of 10
        a.put("forbidden", Answer.times(5));  // 25, capped at 20
        // base = 100 × (100 - 8 - 2) / 100 = 90; minus 20 = 70
        var s = card.score(a);
        assertEquals(new BigDecimal("70.00"), s.score());
        assertEquals("合格", s.grade());
        assertEquals(20.0, s.items().get("forbidden").deducted());
    }

    @Test
    void notApplicableItemsLeaveTheDenominator() {
        Map<String, Answer> a = perfect();
        a.put("initiative", Answer.notApplicable());
        a.put("guidance", Answer.notApplicable());
        a.put("patience", Answer.scale(4)); // 16 of 20
        // available = 100 - 10 - 10 = 80; earned = 80 - 4 = 76; base = 95
        assertEquals(new BigDecimal("95.00"), card.score(a).score());
        a.put("opening", Answer.notApplicable());
        var e = assertThrows(IllegalArgumentException.class, () -> card.score(a));
        assertTrue(e.getMessage().contains("cannot be N/A"), e.getMessage());
    }

    @Test
    void aFailedSectionItemZeroesItsSectionOnly() {
        Map<String, Answer> a = perfect();
        a.put("accuracy", Answer.negative());
        var s = card.score(a);
        assertEquals(new BigDecimal("80.00"), s.score());
        assertEquals(List.of("business"), s.failedSections());
    }

    @Test
    void aFatalErrorZeroesTheWholeScore() {
        Map<String, Answer> a = perfect();
        a.put("data_leak", Answer.times(1));
        var s = card.score(a);
        assertEquals(new BigDecimal("0.00"), s.score());
        assertTrue(s.fatal());
        assertEquals(List.of("data_leak"), s.fatalItems());
        assertEquals("不合格", s.grade());
    }

    @Test
    void unansweredOrOutOfRangeAnswersAreRefusedNamingTheItem() {
        Map<String, Answer> a = perfect();
        a.remove("tone");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> card.score(a)).getMessage().contains("语气语调"));
        a.put("tone", Answer.scale(7));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> card.score(a)).getMessage().contains("0 to 5"));
    }

    @Test
    void aBadDefinitionIsRefused() {
        var twin = new ScorecardDefinition.Section("s", "节", List.of(
                new ScorecardDefinition.Item("x", "项", ScorecardDefinition.ItemType.YES_NO, 10, null, null, false, null, null),
                new ScorecardDefinition.Item("x", "项2", ScorecardDefinition.ItemType.YES_NO, 10, null, null, false, null, null)));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ScorecardDefinition(List.of(twin), List.of()))
                .getMessage().contains("used twice"));
        var noScale = new ScorecardDefinition.Section("s", "节", List.of(
                new ScorecardDefinition.Item("x", "项", ScorecardDefinition.ItemType.SCALE, 10, null, null, false, null, null)));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ScorecardDefinition(List.of(noScale), List.of()))
                .getMessage().contains("scale maximum"));
    }
}
