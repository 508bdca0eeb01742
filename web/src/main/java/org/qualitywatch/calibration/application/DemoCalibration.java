package org.qualitywatch.calibration.application;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.qualitywatch.identity.application.UserDirectory;
import org.qualitywatch.identity.domain.Role;
import org.qualitywatch.platform.config.Settings;
import org.qualitywatch.scoring.domain.ScorecardDefinition;
import org.qualitywatch.scoring.domain.ScorecardDefinition.Answer;
import org.qualitywatch.system.application.AccountBootstrap;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Demo data (QW_DEMO=full): one closed calibration session of three calls scored by the lead (reference)
 * and three monitors, one of them lenient enough to be flagged. The demo calls arrive through the drop
 * folder after start-up, so this waits, once a minute, until three are analysed.
 */
@Singleton
@Startup
@DependsOn("WebModuleStartup")
public class DemoCalibration {

    private static final Logger LOG = Logger.getLogger(DemoCalibration.class.getName());
    static final String NAME = "示例校准：2026年第一季度";

    /** Extra monitors so that a session has three; same demo password as the other demo accounts. */
    static final List<String[]> MONITORS = List.of(new String[]{"monitor2", "质检员 周敏"},
            new String[]{"monitor3", "质检员 吴昊"});

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    @Inject
    UserDirectory users;

    @Inject
    Scorecards scorecards;

    private volatile boolean done;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void tick() {
        if (done || !"full".equals(Settings.system().get("qw.demo", "off"))) {
            done = true;
            return;
        }
        try {
            done = load();
        } catch (RuntimeException e) {
            LOG.warning("Demo calibration session not created yet: " + e);
        }
    }

    /** @return whether the session exists now */
    boolean load() {
        if (!em.createNativeQuery("select 1 from qw.calibration_session limit 1").getResultList().isEmpty()) {
            return true;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> calls = em.createNativeQuery("select id, call_id from recording.recording "
                + "where status in ('ANALYSED', 'INDEXED') and conflict_with is null order by id limit 3").getResultList();
        if (calls.size() < 3) {
            return false;
        }
        for (String[] m : MONITORS) {
            if (!users.exists(m[0])) {
                users.create(new UserDirectory.NewAccount(m[0], m[1], AccountBootstrap.DEMO_PASSWORD,
                        EnumSet.of(Role.QA_MONITOR), "质检组", null));
            }
        }
        long version = scorecards.ensurePublished("qalead");
        ScorecardDefinition card = scorecards.definition(version);
        long session = ((Number) em.createNativeQuery("insert into qw.calibration_session (name, scorecard_version_id, "
                        + "created_by, reference_user, threshold, status, created_at, closed_at, closed_by) values "
                        + "(?1, ?2, 'qalead', 'qalead', 5, 'CLOSED', now() - interval '3 days', now() - interval '1 day', "
                        + "'qalead') returning id")
                .setParameter(1, NAME).setParameter(2, version).getSingleResult()).longValue();
        List<String> participants = List.of("qalead", "monitor", "monitor2", "monitor3");
        for (String p : participants) {
            em.createNativeQuery("insert into qw.calibration_participant (session_id, username) values (?1, ?2)")
                    .setParameter(1, session).setParameter(2, p).executeUpdate();
        }
        for (int c = 0; c < calls.size(); c++) {
            long recordingId = ((Number) calls.get(c)[0]).longValue();
            em.createNativeQuery("insert into qw.calibration_call (session_id, recording_id, call_id, position) "
                            + "values (?1, ?2, ?3, ?4)").setParameter(1, session).setParameter(2, recordingId)
                    .setParameter(3, calls.get(c)[1]).setParameter(4, c).executeUpdate();
            for (int p = 0; p < participants.size(); p++) {
                Map<String, Answer> answers = answers(c, p);
                ScorecardDefinition.Score score = card.score(answers);
                em.createNativeQuery("insert into qw.calibration_score (session_id, recording_id, username, answers, "
                                + "score, item_results, submitted_at) values (?1, ?2, ?3, cast(?4 as jsonb), ?5, "
                                + "cast(?6 as jsonb), now() - interval '2 days')")
                        .setParameter(1, session).setParameter(2, recordingId).setParameter(3, participants.get(p))
                        .setParameter(4, Scorecards.JSON.toJson(answers)).setParameter(5, score.score())
                        .setParameter(6, Scorecards.JSON.toJson(score.items())).executeUpdate();
            }
        }
        LOG.info("Demo calibration session \"" + NAME + "\" created on recordings "
                + calls.stream().map(r -> String.valueOf(r[0])).toList());
        return true;
    }

    /**
     * Answers of participant p (0 = the lead's reference) on call c: monitor (1) close to the lead,
     * monitor2 (2) lenient (higher everywhere, misses forbidden phrases: flagged), monitor3 (3) a little strict.
     */
    static Map<String, Answer> answers(int c, int p) {
        int[] lead = {4, 3, 4};
        int base = lead[c];
        int shift = switch (p) {
            case 2 -> 1;
            case 3 -> c == 1 ? -1 : 0;
            default -> 0;
        };
        int v = Math.max(0, Math.min(5, base + shift));
        Map<String, Answer> a = new LinkedHashMap<>();
        a.put("opening", Answer.yesNo(!(c == 2 && p != 2)));
        a.put("phrases", Answer.scale(v));
        a.put("tone", Answer.scale(p == 1 && c == 0 ? base + 1 : v));
        a.put("patience", Answer.scale(v));
        a.put("initiative", c == 0 ? Answer.notApplicable() : Answer.scale(v));
        a.put("understanding", Answer.scale(v));
        a.put("guidance", Answer.scale(v));
        a.put("accuracy", Answer.yesNo(!(c == 1 && p == 3)));
        a.put("forbidden", Answer.times(p == 2 ? 0 : c == 1 ? 1 : 0));
        a.put("wrong_promise", Answer.times(0));
        a.put("rudeness", Answer.times(0));
        a.put("data_leak", Answer.times(0));
        return a;
    }
}
