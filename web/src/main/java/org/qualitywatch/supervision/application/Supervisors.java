package org.qualitywatch.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qualitywatch.identity.application.UserDirectory;
import org.qualitywatch.identity.domain.Role;
import org.qualitywatch.platform.config.Settings;
import org.qualitywatch.shared.domain.DomainException;
import org.qualitywatch.supervision.domain.Supervisor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;

/**
 * The roster: enrolment, invitations (a one-time code; only its hash is stored), account creation by the
 * invited person, renewal and deactivation; terms that end disable the account (daily check).
 */
@ApplicationScoped
public class Supervisors {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    @Inject
    UserDirectory users;

    private final Duration invitationValidity = Settings.system().getDuration("qw.supervisor.invitation-validity",
            Duration.ofDays(14));

    public record Activity(Supervisor supervisor, long reports, Instant lastReportAt, long answered, long satisfied) {
    }

    public record Invitation(long supervisorId, String code, Instant expires) {
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<Activity> roster() {
        List<Supervisor> all = em.createQuery("select s from Supervisor s order by s.status, s.name", Supervisor.class)
                .getResultList();
        java.util.Map<Long, Object[]> stats = new java.util.HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select supervisor_id, count(*) filter (where status <> 'DRAFT'), "
                + "max(submitted_at), count(*) filter (where answered_at is not null), count(*) filter (where rating = 'SATISFIED') "
                + "from qw.supervisor_report group by supervisor_id").getResultList()) {
            stats.put(((Number) r[0]).longValue(), r);
        }
        return all.stream().map(s -> {
            Object[] r = stats.get(s.id());
            return r == null ? new Activity(s, 0, null, 0, 0) : new Activity(s, ((Number) r[1]).longValue(),
                    org.qualitywatch.platform.persistence.SqlValues.instant(r[2]), ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue());
        }).toList();
    }

    @Transactional
    public Supervisor find(long id) {
        Supervisor s = em.find(Supervisor.class, id);
        if (s == null) {
            throw DomainException.notFound("There is no supervisor " + id + ".");
        }
        return s;
    }

    @Transactional
    public Supervisor byUsername(String username) {
        return em.createQuery("select s from Supervisor s where s.username = :u", Supervisor.class)
                .setParameter("u", username).getResultList().stream().findFirst().orElseThrow(() ->
                        DomainException.forbidden("Your account is not on the supervisors' roster."));
    }

    @Transactional
    public Supervisor enrol(Supervisor.Profile profile) {
        Supervisor s = Supervisor.enrol(profile, Instant.now());
        em.persist(s);
        em.flush();
        return s;
    }

    @Transactional
    public Supervisor update(long id, Supervisor.Profile profile) {
        Supervisor s = find(id);
        s.update(profile);
        return s;
    }

    /** A new invitation code; the only time the code is shown. */
    @Transactional
    public Invitation invite(long id) {
        Supervisor s = find(id);
        if (s.username() != null) {
            throw DomainException.conflict(s.name() + " already has the account \"" + s.username() + "\".");
        }
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String code = HexFormat.of().formatHex(bytes);
        Instant expires = Instant.now().plus(invitationValidity);
        s.invite(hash(code), expires);
        return new Invitation(id, code, expires);
    }

    /** The invited person chooses a username and password; the account gets the PUBLIC_SUPERVISOR role only. */
    @Transactional
    public Supervisor acceptInvitation(String code, String username, String password) {
        if (code == null || code.isBlank()) {
            throw DomainException.invalid("Enter the invitation code you received.");
        }
        String h = hash(code.strip());
        Instant now = Instant.now();
        Supervisor s = em.createQuery("select s from Supervisor s where s.invitationHash = :h", Supervisor.class)
                .setParameter("h", h).getResultList().stream().filter(x -> x.invitationMatches(h, now)).findFirst()
                .orElseThrow(() -> DomainException.invalid("This invitation code is unknown or has expired; ask for a new one."));
        if (username == null || !username.strip().matches("[A-Za-z0-9._-]{3,40}")) {
            throw DomainException.invalid("Choose a username of 3 to 40 letters, digits, '.', '_' or '-'.");
        }
        users.create(new UserDirectory.NewAccount(username.strip(), "社会监督员 " + s.name(), password,
                EnumSet.of(Role.PUBLIC_SUPERVISOR), null, null));
        s.activate(username.strip().toLowerCase(java.util.Locale.ROOT));
        return s;
    }

    @Transactional
    public Supervisor renew(long id, LocalDate newEnd) {
        Supervisor s = find(id);
        s.renew(newEnd);
        return s;
    }

    @Transactional
    public Supervisor deactivate(long id) {
        Supervisor s = find(id);
        s.deactivate();
        if (s.username() != null) {
            users.disable(s.username());
        }
        return s;
    }

    /** Ends terms that are over and disables their accounts; returns how many. */
    @Transactional
    public int endTerms() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        int ended = 0;
        for (Supervisor s : em.createQuery("select s from Supervisor s where s.status in :open", Supervisor.class)
                .setParameter("open", List.of(Supervisor.Status.ACTIVE, Supervisor.Status.INVITED)).getResultList()) {
            if (s.endIfTermOver(today)) {
                ended++;
                if (s.username() != null) {
                    users.disable(s.username());
                }
            }
        }
        return ended;
    }

    static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
