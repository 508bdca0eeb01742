package org.qualitywatch.system.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qualitywatch.identity.application.UserDirectory;
import org.qualitywatch.identity.domain.Role;
import org.qualitywatch.identity.domain.UserAccount;
import org.qualitywatch.recording.api.RecordingCatalog;
import org.qualitywatch.recording.api.RecordingPage;
import org.qualitywatch.recording.api.RecordingQuery;
import org.qualitywatch.scoring.application.Evaluations;
import org.qualitywatch.scoring.application.Scorecards;
import org.qualitywatch.scoring.application.ScoringJson;
import org.qualitywatch.scoring.domain.Appeal;
import org.qualitywatch.scoring.domain.Evaluation;
import org.qualitywatch.scoring.domain.EvaluationComment;
import org.qualitywatch.scoring.domain.EvaluationScore;
import org.qualitywatch.scoring.domain.ScorecardDefinition;
import org.qualitywatch.scoring.domain.ScorecardDefinition.Answer;
import org.qualitywatch.scoring.domain.TeachingCase;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;

/**
 * Demo QA history (QW_DEMO=full): once the demo calls are indexed, most are scored by the demo monitors
 * a day or three after the call, with realistic differences between new and experienced agents, a few
 * appeals (some adjusted), a handful of teaching cases, and open tasks left for the monitor.
 */
@ApplicationScoped
public class DemoEvaluations {

    private static final Logger LOG = Logger.getLogger(DemoEvaluations.class.getName());
    private static final int MIN_CALLS = 150;

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    @Inject
    RecordingCatalog recordings;

    @Inject
    Scorecards scorecards;

    @Inject
    Evaluations evaluations;

    @Inject
    UserDirectory users;

    private volatile boolean done;

    /** @return true once the history exists (loaded now or before) */
    @Transactional
    public boolean loadWhenCallsAreIndexed() {
        if (done) {
            return true;
        }
        if (!em.createQuery("select e.id from Evaluation e", Long.class).setMaxResults(1).getResultList().isEmpty()) {
            done = true;
            return true;
        }
        List<RecordingPage.Item> calls = new ArrayList<>();
        String after = null;
        do {
            RecordingPage page = recordings.search(new RecordingQuery(null, null, null, null, null, null, null, null,
                    null, null, null, null, false, null, RecordingQuery.Sort.STARTED_ASC, 200, after));
            page.items().stream().filter(i -> "INDEXED".equals(i.status())).forEach(calls::add);
            after = page.nextCursor();
        } while (after != null && calls.size() < 2000);
        if (calls.size() < MIN_CALLS) {
            return false;
        }
        load(calls);
        done = true;
        return true;
    }

    private void load(List<RecordingPage.Item> calls) {
        long versionId = scorecards.publishedVersionId(null);
        ScorecardDefinition card = scorecards.definition(versionId);
        List<String> monitors = users.all().stream().filter(u -> u.roles().contains(Role.QA_MONITOR)
                || u.roles().contains(Role.QA_LEAD)).map(UserAccount::username).sorted().toList();
        Map<String, Integer> monthsOfService = new LinkedHashMap<>();
        DemoAgents.AGENTS.forEach(a -> monthsOfService.put(a.agentId(), a.monthsOfService()));
        Random random = new Random(2026);
        Instant now = Instant.now();
        List<Evaluation> scored = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            RecordingPage.Item call = calls.get(i);
            Instant callAt = call.startedAt() == null ? now.minus(Duration.ofDays(30)) : call.startedAt();
            boolean open = i >= calls.size() - 12; // the newest calls wait for the monitor
            String monitor = open ? "monitor" : monitors.get(random.nextInt(monitors.size()));
            Instant assigned = callAt.plus(Duration.ofHours(12));
            Evaluation e = Evaluation.assignManually(new Evaluation.Call(call.id(), call.callId(), call.agentId(),
                    call.team(), call.businessLine(), callAt, call.durationSeconds()), versionId, monitor,
                    assigned.isAfter(now) ? now : assigned, (assigned.isAfter(now) ? now : assigned).plus(Duration.ofDays(3)));
            em.persist(e);
            if (open) {
                continue;
            }
            em.flush();
            Instant at = callAt.plus(Duration.ofHours(24 + random.nextInt(48)));
            at = at.isAfter(now) ? now.minusSeconds(60) : at;
            boolean newAgent = monthsOfService.getOrDefault(call.agentId(), 24) < 3;
            Map<String, Answer> answers = answers(card, random, newAgent ? 0.55 : 0.8);
            EvaluationScore first = new EvaluationScore(e.id(), 1, EvaluationScore.Kind.SUBMITTED,
                    ScoringJson.write(answers), card.score(answers), ScoringJson.write(
                    new ArrayList<>(card.score(answers).items().values())), monitor, null, at);
            e.submit(first, monitor, at);
            em.persist(first);
            if (random.nextDouble() < 0.3) {
                em.persist(new EvaluationComment(e.id(), Math.min(5.0, call.durationSeconds() == null ? 1
                        : call.durationSeconds() / 2), "patience", "此处语速偏快，注意耐心倾听", monitor, at));
            }
            scored.add(e);
            appealSometimes(e, card, answers, random, at);
        }
        scored.sort(Comparator.comparing(Evaluation::score));
        for (int i = 0; i < Math.min(2, scored.size()); i++) {
            mark(scored.get(i), TeachingCase.Kind.LESSON, "反面案例：服务态度与禁语", now);
            mark(scored.get(scored.size() - 1 - i), TeachingCase.Kind.EXEMPLARY, "范例：规范、耐心、准确", now);
        }
        LOG.info("Demo: " + calls.size() + " evaluations (" + scored.size() + " scored) loaded");
    }

    private void appealSometimes(Evaluation e, ScorecardDefinition card, Map<String, Answer> answers, Random random,
                                 Instant released) {
        if (e.agentId() == null || random.nextDouble() > 0.07) {
            return;
        }
        Instant filed = released.plus(Duration.ofHours(20));
        Appeal appeal = Appeal.file(e.id(), "复听后认为该项扣分依据不足，请复核", "agent", filed,
                evaluations.appealWindowEnd(released));
        e.markAppealed(e.agentId());
        em.persist(appeal);
        if (e.monitor().equals("qalead") || random.nextDouble() < 0.25) {
            return; // still open: qalead may not review their own, and some wait for review
        }
        boolean adjust = random.nextBoolean();
        Map<String, Answer> decided = new LinkedHashMap<>(answers);
        if (adjust) {
            decided.put("forbidden", Answer.times(0));
            decided.put("patience", Answer.scale(5));
        }
        Instant at = filed.plus(Duration.ofHours(30));
        appeal.decide(adjust, "qalead", e.monitor(), adjust ? "复听确认，改判" : "复听确认扣分无误，维持原判", at);
        ScorecardDefinition.Score result = card.score(decided);
        EvaluationScore score = new EvaluationScore(e.id(), 2, adjust ? EvaluationScore.Kind.ADJUSTED
                : EvaluationScore.Kind.UPHELD, ScoringJson.write(decided), result,
                ScoringJson.write(new ArrayList<>(result.items().values())), "qalead", appeal.decisionReason(), at);
        e.decide(score);
        em.persist(score);
    }

    private void mark(Evaluation e, TeachingCase.Kind kind, String title, Instant at) {
        em.persist(new TeachingCase(e.recordingId(), e.callId(), e.id(), kind, title,
                "得分 " + e.score() + "，用于班组复盘", List.of(kind == TeachingCase.Kind.LESSON ? "禁语" : "范例"),
                "qalead", at));
    }

    /** Answers where each positive item is right with probability {@code skill}; rare fatal errors. */
    private static Map<String, Answer> answers(ScorecardDefinition card, Random random, double skill) {
        Map<String, Answer> a = new LinkedHashMap<>();
        for (ScorecardDefinition.Item item : card.items()) {
            Answer answer = switch (item.type()) {
                case YES_NO -> random.nextDouble() < skill + 0.15 ? Answer.affirmative() : Answer.negative();
                case SCALE -> item.naAllowed() && random.nextDouble() < 0.2 ? Answer.notApplicable()
                        : Answer.scale(Math.max(1, item.scaleMax() - (random.nextDouble() < skill ? 0
                        : 1 + random.nextInt(Math.max(1, item.scaleMax() / 2)))));
                case DEDUCTION -> Answer.times(item.failure() == ScorecardDefinition.Failure.FATAL
                        ? (random.nextDouble() < 0.01 ? 1 : 0) : (random.nextDouble() < (1 - skill) / 2 ? 1 : 0));
            };
            a.put(item.code(), answer);
        }
        return a;
    }
}
