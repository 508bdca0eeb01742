package org.qualitywatch.calibration.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;
import org.qualitywatch.calibration.domain.CalibrationResult;
import org.qualitywatch.identity.application.AuthenticatedUser;
import org.qualitywatch.identity.application.UserDirectory;
import org.qualitywatch.identity.domain.Role;
import org.qualitywatch.identity.domain.UserAccount;
import org.qualitywatch.platform.persistence.SqlValues;
import org.qualitywatch.recording.api.RecordingCatalog;
import org.qualitywatch.recording.api.RecordingDetails;
import org.qualitywatch.scoring.domain.ScorecardDefinition;
import org.qualitywatch.scoring.domain.ScorecardDefinition.Answer;
import org.qualitywatch.scoring.domain.ScorecardDefinition.ItemResult;
import org.qualitywatch.shared.domain.DomainException;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Calibration sessions: a lead picks calls and participants, participants score blind, the lead closes
 * and everyone sees the figures. Blindness (see docs/qa-calibration.md): while OPEN a participant reads
 * only their own scores, overseers (ADMIN, MANAGER, QA_LEAD) read the progress only.
 */
@ApplicationScoped
public class CalibrationSessions {

    private static final Type ITEM_RESULTS = new HashMap<String, ItemResult>() { }.getClass().getGenericSuperclass();
    private static final Type ANSWERS = new HashMap<String, Answer>() { }.getClass().getGenericSuperclass();

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    @Inject
    Scorecards scorecards;

    @Inject
    RecordingCatalog recordings;

    @Inject
    UserDirectory users;

    public record NewSession(String name, List<Long> recordingIds, List<String> participants, Long scorecardVersionId,
                             String referenceUser, BigDecimal threshold) {
    }

    public record Summary(long id, String name, long scorecardVersionId, String createdBy, String referenceUser,
                          BigDecimal threshold, String status, Instant createdAt, Instant closedAt, int calls,
                          int participants, int scoresSubmitted, boolean participant) {
    }

    public record Call(long recordingId, String callId) {
    }

    public record Progress(String username, String displayName, int scored, List<Long> recordingIds) {
    }

    public record ScoreView(long recordingId, String username, Map<String, Answer> answers, BigDecimal score,
                            Map<String, ItemResult> itemResults, Instant submittedAt) {
    }

    /** {@code scores} holds only the caller's own while OPEN, everyone's once CLOSED. */
    public record SessionView(Summary session, List<Call> calls, List<Progress> progress, List<ScoreView> scores,
                              boolean canScore, boolean canClose) {
    }

    public record Monitor(String username, String displayName, List<String> roles) {
    }

    // ---------------------------------------------------------------- commands

    @Transactional
    public Summary create(NewSession request, AuthenticatedUser lead) {
        if (request == null || request.name() == null || request.name().isBlank()) {
            throw field("name", "Give the session a name, e.g. \"2026年3月校准\".");
        }
        List<Long> recordingIds = request.recordingIds() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(request.recordingIds()));
        if (recordingIds.isEmpty() || recordingIds.size() > 50) {
            throw field("recordingIds", "Pick from 1 to 50 calls (recording ids) for the session.");
        }
        List<String> participants = request.participants() == null ? List.of() : request.participants().stream()
                .filter(p -> p != null && !p.isBlank()).map(String::trim).distinct().toList();
        if (participants.size() < 2) {
            throw field("participants", "Calibration compares monitors: choose at least two participants.");
        }
        Map<String, UserAccount> accounts = accountsByUsername();
        for (String p : participants) {
            UserAccount a = accounts.get(p);
            if (a == null || !a.isEnabled()
                    || !(a.roles().contains(Role.QA_MONITOR) || a.roles().contains(Role.QA_LEAD))) {
                throw field("participants", "\"" + p + "\" is not an active QA monitor or QA lead; pick participants"
                        + " from GET /api/calibration/monitors.");
            }
        }
        String reference = request.referenceUser() == null || request.referenceUser().isBlank() ? null
                : request.referenceUser().trim();
        if (reference != null && !participants.contains(reference)) {
            throw field("referenceUser", "The reference user must be one of the participants (they score the calls"
                    + " too); leave it empty to compare with the mean of all participants.");
        }
        BigDecimal threshold = request.threshold() == null ? BigDecimal.valueOf(5) : request.threshold();
        if (threshold.signum() < 0 || threshold.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw field("threshold", "The threshold is in points, from 0 to 100 (usually 5).");
        }
        long version;
        if (request.scorecardVersionId() != null) {
            if (!scorecards.isPublished(request.scorecardVersionId())) {
                throw field("scorecardVersionId", "Scorecard version " + request.scorecardVersionId()
                        + " is not published; pick a published version or leave it empty for the standard one.");
            }
            version = request.scorecardVersionId();
        } else {
            version = scorecards.ensurePublished(lead.username());
        }
        List<Call> calls = new ArrayList<>();
        for (Long id : recordingIds) {
            RecordingDetails r = id == null ? null : recordings.find(id).orElse(null);
            if (r == null) {
                throw field("recordingIds", "There is no recording " + id + "; copy the id from the recordings page.");
            }
            calls.add(new Call(id, r.callId()));
        }
        long id = ((Number) em.createNativeQuery("insert into qw.calibration_session (name, scorecard_version_id, "
                        + "created_by, reference_user, threshold) values (?1, ?2, ?3, ?4, ?5) returning id")
                .setParameter(1, request.name().trim()).setParameter(2, version).setParameter(3, lead.username())
                // typed, so that null (= compare with the mean) binds as text
                .setParameter(4, new TypedParameterValue<>(StandardBasicTypes.STRING, reference))
                .setParameter(5, threshold).getSingleResult()).longValue();
        int position = 0;
        for (Call c : calls) {
            em.createNativeQuery("insert into qw.calibration_call (session_id, recording_id, call_id, position) "
                            + "values (?1, ?2, ?3, ?4)")
                    .setParameter(1, id).setParameter(2, c.recordingId()).setParameter(3, c.callId())
                    .setParameter(4, position++).executeUpdate();
        }
        for (String p : participants) {
            em.createNativeQuery("insert into qw.calibration_participant (session_id, username) values (?1, ?2)")
                    .setParameter(1, id).setParameter(2, p).executeUpdate();
        }
        return summary(id, lead);
    }

    @Transactional
    public ScoreView score(long sessionId, long recordingId, Map<String, Answer> answers, AuthenticatedUser user) {
        Summary s = summary(sessionId, user);
        if (!s.participant()) {
            throw forbidden("Only the participants of session \"" + s.name() + "\" score its calls.");
        }
        if (!"OPEN".equals(s.status())) {
            throw DomainException.conflict("Session \"" + s.name() + "\" is closed; its scores can no longer change.");
        }
        if (calls(sessionId).stream().noneMatch(c -> c.recordingId() == recordingId)) {
            throw DomainException.notFound("Recording " + recordingId + " is not one of the calls of session \""
                    + s.name() + "\".");
        }
        if (answers == null || answers.isEmpty()) {
            throw field("answers", "Send the answers: {\"answers\": {\"itemCode\": {\"na\": false, \"yes\": true}}}.");
        }
        ScorecardDefinition definition = scorecards.definition(s.scorecardVersionId());
        for (String code : answers.keySet()) {
            if (!definition.codes().contains(code)) {
                throw field("answers", "The scorecard has no item \"" + code + "\".");
            }
        }
        ScorecardDefinition.Score score;
        try {
            score = definition.score(answers);
        } catch (IllegalArgumentException e) {
            throw field("answers", e.getMessage());
        }
        em.createNativeQuery("insert into qw.calibration_score (session_id, recording_id, username, answers, score, "
                        + "item_results) values (?1, ?2, ?3, cast(?4 as jsonb), ?5, cast(?6 as jsonb)) "
                        + "on conflict (session_id, recording_id, username) do update set answers = excluded.answers, "
                        + "score = excluded.score, item_results = excluded.item_results, submitted_at = now()")
                .setParameter(1, sessionId).setParameter(2, recordingId).setParameter(3, user.username())
                .setParameter(4, Scorecards.JSON.toJson(answers)).setParameter(5, score.score())
                .setParameter(6, Scorecards.JSON.toJson(score.items())).executeUpdate();
        return scores(sessionId, user.username()).stream().filter(v -> v.recordingId() == recordingId).findFirst()
                .orElseThrow();
    }

    @Transactional
    public Summary close(long sessionId, AuthenticatedUser user) {
        Summary s = summary(sessionId, user);
        if (!user.username().equals(s.createdBy()) && !user.hasRole(Role.ADMIN)) {
            throw forbidden("Only " + s.createdBy() + ", who created session \"" + s.name()
                    + "\", or an administrator closes it.");
        }
        if (!"OPEN".equals(s.status())) {
            throw DomainException.conflict("Session \"" + s.name() + "\" is already closed.");
        }
        if (s.scoresSubmitted() == 0) {
            throw DomainException.conflict("Nobody has scored a call of session \"" + s.name()
                    + "\" yet; close it once the participants have scored.");
        }
        em.createNativeQuery("update qw.calibration_session set status = 'CLOSED', closed_at = now(), closed_by = ?2 "
                + "where id = ?1 and status = 'OPEN'").setParameter(1, sessionId).setParameter(2, user.username())
                .executeUpdate();
        return summary(sessionId, user);
    }

    // ---------------------------------------------------------------- queries

    @Transactional
    @SuppressWarnings("unchecked")
    public List<Summary> list(AuthenticatedUser user) {
        boolean overseer = overseer(user);
        List<Number> ids = em.createNativeQuery("select s.id from qw.calibration_session s where ?1 or exists "
                        + "(select 1 from qw.calibration_participant p where p.session_id = s.id and p.username = ?2) "
                        + "order by s.status desc, s.created_at desc, s.id desc limit 500")
                .setParameter(1, overseer).setParameter(2, user.username()).getResultList();
        return ids.stream().map(id -> summary(id.longValue(), user)).toList();
    }

    @Transactional
    public SessionView view(long sessionId, AuthenticatedUser user) {
        Summary s = readable(sessionId, user);
        boolean closed = "CLOSED".equals(s.status());
        List<ScoreView> scores = closed ? scores(sessionId, null)
                : s.participant() ? scores(sessionId, user.username()) : List.of();
        Map<String, String> names = displayNames();
        List<Progress> progress = new ArrayList<>();
        Map<String, List<Long>> scoredBy = new LinkedHashMap<>();
        participants(sessionId).forEach(p -> scoredBy.put(p, new ArrayList<>()));
        for (Object[] r : progressRows(sessionId)) {
            scoredBy.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(((Number) r[1]).longValue());
        }
        scoredBy.forEach((u, recs) -> progress.add(new Progress(u, names.getOrDefault(u, u), recs.size(), recs)));
        boolean canClose = !closed && (user.username().equals(s.createdBy()) || user.hasRole(Role.ADMIN));
        return new SessionView(s, calls(sessionId), progress, scores, !closed && s.participant(), canClose);
    }

    @Transactional
    public Results results(long sessionId, AuthenticatedUser user) {
        Summary s = readable(sessionId, user);
        if (!"CLOSED".equals(s.status())) {
            throw DomainException.conflict("The results of session \"" + s.name() + "\" appear when it is closed "
                    + "(scoring is blind until then).");
        }
        return results(s);
    }

    /** The results with display names and item names, for the REST answer. */
    public record Results(Summary session, CalibrationResult figures, Map<String, String> itemNames,
                          Map<Long, String> callIds, Map<String, String> displayNames) {
    }

    Results results(Summary s) {
        ScorecardDefinition definition = scorecards.definition(s.scorecardVersionId());
        List<Call> calls = calls(s.id());
        CalibrationResult figures = CalibrationResult.compute(
                definition.items().stream().map(ScorecardDefinition.Item::code).toList(), participants(s.id()),
                s.referenceUser(), s.threshold(), calls.stream().map(Call::recordingId).toList(),
                scores(s.id(), null).stream().map(v -> new CalibrationResult.Score(v.recordingId(), v.username(),
                        v.score(), v.itemResults())).toList());
        Map<String, String> itemNames = new LinkedHashMap<>();
        definition.items().forEach(i -> itemNames.put(i.code(), i.name()));
        Map<Long, String> callIds = new LinkedHashMap<>();
        calls.forEach(c -> callIds.put(c.recordingId(), c.callId()));
        return new Results(s, figures, itemNames, callIds, displayNames());
    }

    /**
     * Per monitor over the sessions closed in [from, to): the pooled mean absolute deviation (Σ|d| ÷ calls) and
     * the number of calls compared, for the QA reports.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public Map<String, double[]> deviationsByMonitor(Instant from, Instant to) {
        List<Number> ids = em.createNativeQuery("select id from qw.calibration_session where status = 'CLOSED' "
                        + "and closed_at >= ?1 and closed_at < ?2 order by id")
                .setParameter(1, Timestamp.from(from)).setParameter(2, Timestamp.from(to)).getResultList();
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (Number id : ids) {
            CalibrationResult r = results(summary(id.longValue(), null)).figures();
            for (CalibrationResult.MonitorFigures m : r.monitors()) {
                if (m.calls() > 0) {
                    double[] acc = sums.computeIfAbsent(m.monitor(), k -> new double[2]);
                    acc[0] += m.meanAbsDeviation().doubleValue() * m.calls();
                    acc[1] += m.calls();
                }
            }
        }
        Map<String, double[]> result = new LinkedHashMap<>();
        sums.forEach((k, v) -> result.put(k, new double[]{Math.round(v[0] / v[1] * 100) / 100.0, v[1]}));
        return result;
    }

    @Transactional
    public List<Monitor> monitors() {
        return users.all().stream().filter(UserAccount::isEnabled)
                .filter(a -> a.roles().contains(Role.QA_MONITOR) || a.roles().contains(Role.QA_LEAD))
                .map(a -> new Monitor(a.username(), a.displayName(), a.roles().stream().map(Enum::name).sorted().toList()))
                .sorted(java.util.Comparator.comparing(Monitor::username)).toList();
    }

    // ---------------------------------------------------------------- helpers

    private Summary readable(long sessionId, AuthenticatedUser user) {
        Summary s = summary(sessionId, user);
        if (!s.participant() && !overseer(user)) {
            throw forbidden("Session \"" + s.name() + "\" is open to its participants and to QA leads only.");
        }
        return s;
    }

    private static boolean overseer(AuthenticatedUser user) {
        return user.hasAnyRole("ADMIN", "MANAGER", "QA_LEAD");
    }

    @SuppressWarnings("unchecked")
    Summary summary(long id, AuthenticatedUser user) {
        List<Object[]> rows = em.createNativeQuery("select s.id, s.name, s.scorecard_version_id, s.created_by, "
                        + "s.reference_user, s.threshold, s.status, s.created_at, s.closed_at, "
                        + "(select count(*) from qw.calibration_call c where c.session_id = s.id), "
                        + "(select count(*) from qw.calibration_participant p where p.session_id = s.id), "
                        + "(select count(*) from qw.calibration_score x where x.session_id = s.id), "
                        + "exists (select 1 from qw.calibration_participant p where p.session_id = s.id "
                        + "and p.username = ?2) from qw.calibration_session s where s.id = ?1")
                .setParameter(1, id).setParameter(2, user == null ? "" : user.username()).getResultList();
        if (rows.isEmpty()) {
            throw DomainException.notFound("There is no calibration session " + id + ".");
        }
        Object[] r = rows.get(0);
        return new Summary(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(), (String) r[3],
                (String) r[4], (BigDecimal) r[5], (String) r[6], SqlValues.instant(r[7]), SqlValues.instant(r[8]),
                ((Number) r[9]).intValue(), ((Number) r[10]).intValue(), ((Number) r[11]).intValue(), (Boolean) r[12]);
    }

    @SuppressWarnings("unchecked")
    List<Call> calls(long sessionId) {
        List<Object[]> rows = em.createNativeQuery("select recording_id, call_id from qw.calibration_call "
                + "where session_id = ?1 order by position, recording_id").setParameter(1, sessionId).getResultList();
        return rows.stream().map(r -> new Call(((Number) r[0]).longValue(), (String) r[1])).toList();
    }

    @SuppressWarnings("unchecked")
    List<String> participants(long sessionId) {
        return em.createNativeQuery("select username from qw.calibration_participant where session_id = ?1 "
                + "order by username").setParameter(1, sessionId).getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> progressRows(long sessionId) {
        return em.createNativeQuery("select username, recording_id from qw.calibration_score where session_id = ?1 "
                + "order by username, recording_id").setParameter(1, sessionId).getResultList();
    }

    /** The scores of one user, or of everyone when {@code username} is null. */
    @SuppressWarnings("unchecked")
    List<ScoreView> scores(long sessionId, String username) {
        List<Object[]> rows = em.createNativeQuery("select recording_id, username, answers::text, score, "
                        + "item_results::text, submitted_at from qw.calibration_score where session_id = ?1 "
                        + "and (?2 = '' or username = ?2) order by recording_id, username")
                .setParameter(1, sessionId).setParameter(2, username == null ? "" : username).getResultList();
        List<ScoreView> scores = new ArrayList<>();
        for (Object[] r : rows) {
            Map<String, Answer> answers = Scorecards.JSON.fromJson((String) r[2], ANSWERS);
            Map<String, ItemResult> items = Scorecards.JSON.fromJson((String) r[4], ITEM_RESULTS);
            scores.add(new ScoreView(((Number) r[0]).longValue(), (String) r[1], answers, (BigDecimal) r[3], items,
                    SqlValues.instant(r[5])));
        }
        return scores;
    }

    private Map<String, UserAccount> accountsByUsername() {
        Map<String, UserAccount> map = new HashMap<>();
        users.all().forEach(a -> map.put(a.username(), a));
        return map;
    }

    Map<String, String> displayNames() {
        Map<String, String> names = new HashMap<>();
        users.all().forEach(a -> names.put(a.username(), Optional.ofNullable(a.displayName()).orElse(a.username())));
        return names;
    }

    private static DomainException field(String field, String message) {
        return new DomainException(DomainException.Kind.INVALID, message,
                List.of(new DomainException.FieldError(field, message)));
    }

    private static DomainException forbidden(String message) {
        return new DomainException(DomainException.Kind.FORBIDDEN, message);
    }
}
