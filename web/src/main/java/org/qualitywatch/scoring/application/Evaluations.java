package org.qualitywatch.scoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qualitywatch.identity.application.AuthenticatedUser;
import org.qualitywatch.identity.application.UserDirectory;
import org.qualitywatch.identity.domain.Role;
import org.qualitywatch.notification.application.Notifications;
import org.qualitywatch.notification.domain.Notification;
import org.qualitywatch.platform.config.Settings;
import org.qualitywatch.recording.api.RecordingCatalog;
import org.qualitywatch.recording.api.RecordingDetails;
import org.qualitywatch.scoring.domain.Appeal;
import org.qualitywatch.scoring.domain.Evaluation;
import org.qualitywatch.scoring.domain.EvaluationComment;
import org.qualitywatch.scoring.domain.EvaluationScore;
import org.qualitywatch.scoring.domain.EvaluationStatus;
import org.qualitywatch.scoring.domain.ScorecardDefinition;
import org.qualitywatch.shared.domain.DomainException;
import org.qualitywatch.shared.domain.time.CalendarSource;
import org.qualitywatch.shared.domain.time.DeadlineSpec;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Evaluations from assignment to final score. Who may do what: the monitor scores their own
 * evaluations; the agent sees released ones of their own calls, acknowledges or appeals within
 * {@code QW_APPEAL_WINDOW} (3个工作日 from release); a QA lead other than the monitor decides
 * appeals; leads, managers and admins read everything.
 */
@ApplicationScoped
public class Evaluations {

    private static final Set<Role> READ_ALL = Set.of(Role.ADMIN, Role.MANAGER, Role.QA_LEAD);

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    @Inject
    Scorecards scorecards;

    @Inject
    RecordingCatalog recordings;

    @Inject
    CalendarSource calendars;

    @Inject
    Notifications notifications;

    @Inject
    UserDirectory users;

    private final DeadlineSpec appealWindow = DeadlineSpec.parse(Settings.system().get("qw.appeal.window", "3个工作日"));
    private final Duration manualDue = Settings.system().getDuration("qw.evaluation.manual-due", Duration.ofDays(3));

    public record Decision(boolean adjust, Map<String, ScorecardDefinition.Answer> answers, String reason) {
    }

    /** An evaluation with what the viewer may do with it. */
    public record Loaded(Evaluation evaluation, List<EvaluationScore> scores, List<EvaluationComment> comments,
                         Appeal appeal, Allowed allowed, Instant appealWindowEndsAt) {
    }

    public record Allowed(boolean edit, boolean acknowledge, boolean appeal, boolean review, boolean comment,
                          boolean seeDraft) {
    }

    public static boolean readsAll(AuthenticatedUser user) {
        return user.roles().stream().anyMatch(READ_ALL::contains);
    }

    @Transactional
    public Loaded load(long id, AuthenticatedUser viewer) {
        Evaluation e = find(id);
        boolean monitor = Objects.equals(e.monitor(), viewer.username());
        boolean agent = viewer.agentId() != null && viewer.agentId().equals(e.agentId()) && e.status().hasScore();
        if (!monitor && !agent && !readsAll(viewer)) {
            throw DomainException.forbidden("You may not see this evaluation.");
        }
        List<EvaluationScore> scores = em.createQuery("select s from EvaluationScore s where s.evaluationId = :id "
                + "order by s.version", EvaluationScore.class).setParameter("id", id).getResultList();
        List<EvaluationComment> comments = e.status().hasScore() || monitor || readsAll(viewer)
                ? em.createQuery("select c from EvaluationComment c where c.evaluationId = :id order by c.atSeconds nulls last, c.id",
                EvaluationComment.class).setParameter("id", id).getResultList() : List.of();
        Appeal appeal = appealOf(id);
        Instant windowEnds = e.submittedAt() == null ? null : appealWindowEnd(e.submittedAt());
        boolean editable = monitor && (e.status() == EvaluationStatus.ASSIGNED || e.status() == EvaluationStatus.IN_PROGRESS);
        boolean ownAgent = viewer.agentId() != null && viewer.agentId().equals(e.agentId());
        Allowed allowed = new Allowed(editable,
                ownAgent && e.status() == EvaluationStatus.RELEASED,
                ownAgent && appeal == null && (e.status() == EvaluationStatus.RELEASED
                        || e.status() == EvaluationStatus.ACKNOWLEDGED) && Instant.now().isBefore(windowEnds),
                viewer.roles().contains(Role.QA_LEAD) && !monitor && appeal != null && appeal.status() == Appeal.Status.OPEN,
                editable || (readsAll(viewer) && !viewer.roles().contains(Role.MANAGER)),
                monitor || readsAll(viewer));
        return new Loaded(e, scores, comments, appeal, allowed, windowEnds);
    }

    public Instant appealWindowEnd(Instant releasedAt) {
        return appealWindow.dueFrom(releasedAt, calendars.workingCalendar());
    }

    private Evaluation find(long id) {
        Evaluation e = em.find(Evaluation.class, id);
        if (e == null) {
            throw DomainException.notFound("There is no evaluation " + id + ".");
        }
        return e;
    }

    private Appeal appealOf(long evaluationId) {
        return em.createQuery("select a from Appeal a where a.evaluationId = :id", Appeal.class)
                .setParameter("id", evaluationId).getResultList().stream().findFirst().orElse(null);
    }

    /** A lead (or a monitor for themselves) picks a call to evaluate outside any sampling plan. */
    @Transactional
    public Evaluation assign(long recordingId, String monitor, Long scorecardId, AuthenticatedUser by) {
        String target = monitor == null || monitor.isBlank() ? by.username() : monitor.strip();
        if (!target.equals(by.username()) && !readsAll(by)) {
            throw DomainException.forbidden("Only a QA lead assigns calls to other monitors.");
        }
        RecordingDetails call = recordings.find(recordingId).orElseThrow(() ->
                DomainException.notFound("There is no recording " + recordingId + "."));
        boolean open = !em.createQuery("select e.id from Evaluation e where e.recordingId = :r and e.monitor = :m "
                        + "and e.status <> :cancelled", Long.class).setParameter("r", recordingId).setParameter("m", target)
                .setParameter("cancelled", EvaluationStatus.CANCELLED).getResultList().isEmpty();
        if (open) {
            throw DomainException.conflict(target + " already has an evaluation of call " + call.callId() + ".");
        }
        Instant now = Instant.now();
        Evaluation e = Evaluation.assignManually(new Evaluation.Call(call.id(), call.callId(), call.agentId(),
                        teamOf(call), call.businessLine(), call.startedAt(), call.durationSeconds()),
                scorecards.publishedVersionId(scorecardId), target, now, now.plus(manualDue));
        em.persist(e);
        em.flush();
        return e;
    }

    @SuppressWarnings("unchecked")
    private String teamOf(RecordingDetails call) {
        if (call.team() != null || call.agentId() == null) {
            return call.team();
        }
        List<String> teams = em.createNativeQuery("select team from qw.agent where agent_id = ?1")
                .setParameter(1, call.agentId()).getResultList();
        return teams.isEmpty() ? null : teams.get(0);
    }

    @Transactional
    public Instant saveDraft(long id, Map<String, ScorecardDefinition.Answer> answers, AuthenticatedUser by) {
        Evaluation e = find(id);
        checkCodes(e, answers);
        Instant now = Instant.now();
        e.saveDraft(ScoringJson.write(answers), by.username(), now);
        return now;
    }

    private void checkCodes(Evaluation e, Map<String, ScorecardDefinition.Answer> answers) {
        Set<String> codes = scorecards.definition(e.scorecardVersionId()).codes();
        for (String code : answers.keySet()) {
            if (!codes.contains(code)) {
                throw DomainException.invalid("The scorecard of this evaluation has no item \"" + code + "\".");
            }
        }
    }

    @Transactional
    public Evaluation submit(long id, Map<String, ScorecardDefinition.Answer> answers, AuthenticatedUser by) {
        Evaluation e = find(id);
        checkCodes(e, answers);
        Instant now = Instant.now();
        EvaluationScore first = score(e, 1, EvaluationScore.Kind.SUBMITTED, answers, by.username(), null, now);
        e.submit(first, by.username(), now);
        em.persist(first);
        notifyAgent(e, "质检结果已发布 / QA score released", "通话 " + e.callId() + " 得分 " + e.score()
                + (e.grade() == null ? "" : "（" + e.grade() + "）"), now);
        return e;
    }

    private EvaluationScore score(Evaluation e, int version, EvaluationScore.Kind kind,
                                  Map<String, ScorecardDefinition.Answer> answers, String by, String reason, Instant at) {
        ScorecardDefinition.Score result;
        try {
            result = scorecards.definition(e.scorecardVersionId()).score(answers);
        } catch (IllegalArgumentException ex) {
            throw DomainException.invalid(ex.getMessage());
        }
        return new EvaluationScore(e.id(), version, kind, ScoringJson.write(answers), result,
                ScoringJson.write(new ArrayList<>(result.items().values())), by, reason, at);
    }

    private void notifyAgent(Evaluation e, String title, String body, Instant at) {
        if (e.agentId() == null) {
            return;
        }
        users.all().stream().filter(u -> e.agentId().equals(u.agentId())).forEach(u -> notifications.send(
                Notification.toUser(u.username(), "EVALUATION", title, body, "/qa/evaluations/" + e.id(), at)));
    }

    @Transactional
    public EvaluationComment comment(long id, Double atSeconds, String itemCode, String text, AuthenticatedUser by) {
        Evaluation e = find(id);
        if (!Objects.equals(e.monitor(), by.username()) && !(readsAll(by) && !by.roles().contains(Role.MANAGER))) {
            throw DomainException.forbidden("Only the monitor or a QA lead comments on an evaluation.");
        }
        if (text == null || text.isBlank()) {
            throw DomainException.invalid("Write the comment.");
        }
        if (atSeconds != null && (atSeconds < 0 || (e.callSeconds() != null && atSeconds > e.callSeconds() + 1))) {
            throw DomainException.invalid("The comment's time " + atSeconds + " s is outside the call (0 to "
                    + e.callSeconds() + " s).");
        }
        if (itemCode != null && !itemCode.isBlank()) {
            checkCodes(e, Map.of(itemCode, ScorecardDefinition.Answer.notApplicable()));
        }
        EvaluationComment c = new EvaluationComment(id, atSeconds, itemCode == null || itemCode.isBlank() ? null : itemCode,
                text.strip(), by.username(), Instant.now());
        em.persist(c);
        em.flush();
        return c;
    }

    @Transactional
    public void deleteComment(long id, long commentId, AuthenticatedUser by) {
        EvaluationComment c = em.find(EvaluationComment.class, commentId);
        if (c == null || c.evaluationId() != id) {
            throw DomainException.notFound("There is no comment " + commentId + " on evaluation " + id + ".");
        }
        if (!c.author().equals(by.username())) {
            throw DomainException.forbidden("Only " + c.author() + " may delete this comment.");
        }
        em.remove(c);
    }

    @Transactional
    public Evaluation acknowledge(long id, AuthenticatedUser agent) {
        Evaluation e = find(id);
        e.acknowledge(agent.agentId(), Instant.now());
        return e;
    }

    @Transactional
    public Evaluation appeal(long id, String reason, AuthenticatedUser agent) {
        Evaluation e = find(id);
        if (appealOf(id) != null) {
            throw DomainException.conflict("This evaluation was appealed already; an evaluation is appealed once.");
        }
        Instant now = Instant.now();
        if (e.submittedAt() == null) {
            throw DomainException.conflict("This evaluation has no released score to appeal.");
        }
        Appeal appeal = Appeal.file(id, reason, agent.username(), now, appealWindowEnd(e.submittedAt()));
        e.markAppealed(agent.agentId());
        em.persist(appeal);
        return e;
    }

    @Transactional
    public Evaluation review(long id, Decision decision, AuthenticatedUser lead) {
        if (!lead.roles().contains(Role.QA_LEAD)) {
            throw DomainException.forbidden("Appeals are decided by QA leads.");
        }
        Evaluation e = find(id);
        Appeal appeal = appealOf(id);
        if (appeal == null) {
            throw DomainException.conflict("This evaluation has no appeal to decide.");
        }
        Instant now = Instant.now();
        appeal.decide(decision.adjust(), lead.username(), e.monitor(), decision.reason(), now);
        Map<String, ScorecardDefinition.Answer> answers = decision.adjust() ? decision.answers()
                : ScoringJson.answers(latest(id).answersJson());
        if (decision.adjust()) {
            if (answers == null || answers.isEmpty()) {
                throw DomainException.invalid("An adjustment needs the corrected answers of every item.");
            }
            checkCodes(e, answers);
        }
        EvaluationScore decided = score(e, e.scoreVersion() + 1, decision.adjust() ? EvaluationScore.Kind.ADJUSTED
                : EvaluationScore.Kind.UPHELD, answers, lead.username(), decision.reason(), now);
        e.decide(decided);
        em.persist(decided);
        notifyAgent(e, decision.adjust() ? "申诉已改判 / appeal adjusted" : "申诉维持原判 / appeal upheld",
                "通话 " + e.callId() + "：" + decision.reason() + "（得分 " + e.score() + "）", now);
        notifications.send(Notification.toUser(e.monitor(), "EVALUATION", "申诉已处理 / appeal decided",
                "通话 " + e.callId() + "：" + appeal.status() + "，" + decision.reason(), "/qa/evaluations/" + id, now));
        return e;
    }

    private EvaluationScore latest(long id) {
        return em.createQuery("select s from EvaluationScore s where s.evaluationId = :id order by s.version desc",
                EvaluationScore.class).setParameter("id", id).setMaxResults(1).getResultList().stream().findFirst()
                .orElseThrow(() -> DomainException.conflict("This evaluation has no score yet."));
    }
}
