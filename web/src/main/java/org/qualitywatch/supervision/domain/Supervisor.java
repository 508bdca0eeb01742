package org.qualitywatch.supervision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.qualitywatch.shared.domain.DomainException;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A public supervisor (社会监督员) of the roster: who they are, for which term (default 3 years, renewable),
 * and the login account they created from their invitation.
 */
@Entity
@Table(name = "supervisor")
public class Supervisor {

    public enum Kind { DEPUTY, CPPCC, MEDIA, LAWYER, CUSTOMER, OTHER }

    public enum Status { INVITED, ACTIVE, ENDED, DEACTIVATED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(unique = true)
    private String username;

    @Column(nullable = false)
    private String name;

    private String affiliation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    private String phone;
    private String email;

    @Column(name = "term_start", nullable = false)
    private LocalDate termStart;

    @Column(name = "term_end", nullable = false)
    private LocalDate termEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "invitation_hash")
    private String invitationHash;

    @Column(name = "invitation_expires")
    private Instant invitationExpires;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    private String notes;

    protected Supervisor() {
    }

    public record Profile(String name, String affiliation, Kind kind, String phone, String email, LocalDate termStart,
                          LocalDate termEnd, String notes) {
    }

    public static Supervisor enrol(Profile p, Instant at) {
        Supervisor s = new Supervisor();
        s.update(p);
        s.status = Status.INVITED;
        s.createdAt = at;
        return s;
    }

    public void update(Profile p) {
        if (p.name() == null || p.name().isBlank()) {
            throw DomainException.invalid("Give the supervisor's name.");
        }
        if (p.termStart() == null || p.termEnd() == null || !p.termEnd().isAfter(p.termStart())) {
            throw DomainException.invalid("The term needs a start and an end after it (default 3 years).");
        }
        name = p.name().strip();
        affiliation = p.affiliation();
        kind = p.kind() == null ? Kind.OTHER : p.kind();
        phone = p.phone();
        email = p.email();
        termStart = p.termStart();
        termEnd = p.termEnd();
        notes = p.notes();
    }

    /** A new invitation (the code itself is given to the person once; only its hash is kept). */
    public void invite(String codeHash, Instant expires) {
        if (status == Status.DEACTIVATED || status == Status.ENDED) {
            throw DomainException.conflict(name + "'s term has ended or was deactivated; renew the term first.");
        }
        invitationHash = codeHash;
        invitationExpires = expires;
    }

    public boolean invitationMatches(String codeHash, Instant now) {
        return invitationHash != null && invitationHash.equals(codeHash) && invitationExpires != null
                && now.isBefore(invitationExpires);
    }

    public void activate(String username) {
        this.username = username;
        invitationHash = null;
        invitationExpires = null;
        status = Status.ACTIVE;
    }

    /** @return whether the term just ended (so the account must be disabled) */
    public boolean endIfTermOver(LocalDate today) {
        if ((status == Status.ACTIVE || status == Status.INVITED) && today.isAfter(termEnd)) {
            status = Status.ENDED;
            invitationHash = null;
            return true;
        }
        return false;
    }

    public void renew(LocalDate newEnd) {
        if (newEnd == null || !newEnd.isAfter(termEnd)) {
            throw DomainException.invalid("A renewed term ends after the current end (" + termEnd + ").");
        }
        termEnd = newEnd;
        if (status == Status.ENDED) {
            status = username == null ? Status.INVITED : Status.ACTIVE;
        }
    }

    public void deactivate() {
        status = Status.DEACTIVATED;
        invitationHash = null;
    }

    public boolean mayReport() {
        return status == Status.ACTIVE;
    }

    public Long id() { return id; }
    public String username() { return username; }
    public String name() { return name; }
    public String affiliation() { return affiliation; }
    public Kind kind() { return kind; }
    public String phone() { return phone; }
    public String email() { return email; }
    public LocalDate termStart() { return termStart; }
    public LocalDate termEnd() { return termEnd; }
    public Status status() { return status; }
    public Instant invitationExpires() { return invitationExpires; }
    public Instant createdAt() { return createdAt; }
    public String notes() { return notes; }
}
