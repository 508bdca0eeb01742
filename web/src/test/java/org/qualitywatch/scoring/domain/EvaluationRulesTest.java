package org.qualitywatch.scoring.domain;

import org.junit.jupiter.api.Test;
import org.qualitywatch.shared.domain.DomainException;
import org.qualitywatch.shared.domain.time.Calendars;
import org.qualitywatch.shared.domain.time.DeadlineSpec;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EvaluationRulesTest {

    private static final Instant RELEASED = Instant.parse("2026-09-29T02:00:00Z"); // Tuesday 29 Sep, 10:00 Shanghai

    private static Evaluation released() {
        Evaluation e = Evaluation.assignManually(new Evaluation.Call(1, "C-1", "1006", "一班", "BROADBAND",
                RELEASED.minusSeconds(86400), 120.0), 1, "monitor", RELEASED.minusSeconds(3600), null);
        ScorecardDefinition.Score score = ScorecardDefinition.defaults().score(Map.of(
                "opening", ScorecardDefinition.Answer.affirmative(), "phrases", ScorecardDefinition.Answer.scale(5),
                "tone", ScorecardDefinition.Answer.scale(5), "patience", ScorecardDefinition.Answer.scale(5),
                "initiative", ScorecardDefinition.Answer.notApplicable(), "understanding", ScorecardDefinition.Answer.scale(5),
                "guidance", ScorecardDefinition.Answer.notApplicable(), "accuracy", ScorecardDefinition.Answer.affirmative(),
                "forbidden", ScorecardDefinition.Answer.times(1), "wrong_promise", ScorecardDefinition.Answer.times(0)));
        e.submit(new EvaluationScore(1, 1, EvaluationScore.Kind.SUBMITTED, "{}", score, "[]", "monitor", null, RELEASED),
                "monitor", RELEASED);
        return e;
    }

    @Test
    void theAppealWindowCountsWorkingDaysAcrossTheNationalDayHolidays() {
        // released Tuesday 29 Sep: working days after it are 30 Sep, 8 Oct, 9 Oct -> the window ends with 9 October
        Instant end = DeadlineSpec.parse("3个工作日").dueFrom(RELEASED, Calendars.china2026());
        assertEquals(Instant.parse("2026-10-09T16:00:00Z"), end);
        Appeal.file(1, "开头语已说", "agent", Instant.parse("2026-10-09T15:59:00Z"), end);
        DomainException late = assertThrows(DomainException.class,
                () -> Appeal.file(1, "开头语已说", "agent", Instant.parse("2026-10-09T16:00:00Z"), end));
        assertEquals(DomainException.Kind.CONFLICT, late.kind());
        assertEquals(DomainException.Kind.INVALID, assertThrows(DomainException.class,
                () -> Appeal.file(1, " ", "agent", RELEASED, end)).kind());
    }

    @Test
    void theMonitorWhoScoredTheCallCannotReviewItsAppeal() {
        Appeal appeal = Appeal.file(1, "不同意", "agent", RELEASED.plusSeconds(60), RELEASED.plusSeconds(86400));
        DomainException own = assertThrows(DomainException.class,
                () -> appeal.decide(true, "monitor", "monitor", "改判", RELEASED.plusSeconds(120)));
        assertEquals(DomainException.Kind.FORBIDDEN, own.kind());
        appeal.decide(true, "qalead", "monitor", "开头语确已说出", RELEASED.plusSeconds(120));
        assertEquals(Appeal.Status.ADJUSTED, appeal.status());
        assertEquals(DomainException.Kind.CONFLICT, assertThrows(DomainException.class,
                () -> appeal.decide(false, "qalead2", "monitor", "再议", RELEASED.plusSeconds(180))).kind());
    }

    @Test
    void onlyTheAgentOfTheCallAcknowledgesOrAppealsAndOnlyTheMonitorEdits() {
        Evaluation e = released();
        assertEquals(EvaluationStatus.RELEASED, e.status());
        assertEquals(DomainException.Kind.FORBIDDEN, assertThrows(DomainException.class,
                () -> e.acknowledge("1001", RELEASED)).kind());
        assertEquals(DomainException.Kind.CONFLICT, assertThrows(DomainException.class,
                () -> e.saveDraft("{}", "monitor", RELEASED)).kind(), "a released score is not edited any more");
        e.markAppealed("1006");
        assertEquals(EvaluationStatus.APPEALED, e.status());
        assertEquals(DomainException.Kind.CONFLICT, assertThrows(DomainException.class,
                () -> e.acknowledge("1006", RELEASED)).kind());
    }
}
