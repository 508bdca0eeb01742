package org.qualitywatch.complaint.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.qualitywatch.shared.domain.DomainException;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A supervision order (督办单): the supervision department tells a lead department to handle a matter by a
 * deadline; the department replies; the issuer accepts the reply or sends it back.
 */
@Entity
@Table(name = "supervision_order")
public class SupervisionOrder {

    public enum Status { ISSUED, REPLIED, ACCEPTED, RETURNED }

    public enum Origin { COMPLAINT, QA_FINDING, CALLBACK, SUPERVISOR_REPORT, OTHER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String number;

    @Column(nullable = false)
    private String matter;

    @Column(name = "issuing_department", nullable = false)
    private String issuingDepartment;

    @Column(name = "issuing_person", nullable = false)
    private String issuingPerson;

    @Column(name = "issuing_phone")
    private String issuingPhone;

    @Column(nullable = false)
    private Instant deadline;

    private String category;

    @Column(name = "lead_department", nullable = false)
    private String leadDepartment;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin_type", nullable = false)
    private Origin originType;

    @Column(name = "origin_ref")
    private String originRef;

    private String goal;

    @Column(name = "contact_person")
    private String contactPerson;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "copy_to", nullable = false)
    private String[] copyTo = new String[0];

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "issued_by", nullable = false)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "replied_at")
    private Instant repliedAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "warning_level", nullable = false)
    private short warningLevel;

    @Column(nullable = false)
    private long version = 1;

    protected SupervisionOrder() {
    }

    /** What the issuer fills in. */
    public record Draft(String matter, String issuingDepartment, String issuingPerson, String issuingPhone,
                        Instant deadline, String category, String leadDepartment, String description, Origin origin,
                        String originRef, String goal, String contactPerson, List<String> copyTo) {
    }

    public static SupervisionOrder issue(String number, Draft d, String by, Instant at) {
        require(d.matter(), "matter", "Say what the order is about (督办事项).");
        require(d.leadDepartment(), "leadDepartment", "Name the lead department (主办部门).");
        require(d.description(), "description", "Describe the matter.");
        require(d.issuingDepartment(), "issuingDepartment", "Name the issuing department (督办部门).");
        require(d.issuingPerson(), "issuingPerson", "Name the issuing person (督办人).");
        if (d.deadline() == null || !d.deadline().isAfter(at)) {
            throw new DomainException(DomainException.Kind.INVALID, "The deadline must be in the future.",
                    List.of(new DomainException.FieldError("deadline", "in the past or missing")));
        }
        SupervisionOrder o = new SupervisionOrder();
        o.number = number;
        o.matter = d.matter().strip();
        o.issuingDepartment = d.issuingDepartment().strip();
        o.issuingPerson = d.issuingPerson().strip();
        o.issuingPhone = d.issuingPhone();
        o.deadline = d.deadline();
        o.category = d.category();
        o.leadDepartment = d.leadDepartment().strip();
        o.description = d.description().strip();
        o.originType = d.origin() == null ? Origin.OTHER : d.origin();
        o.originRef = d.originRef();
        o.goal = d.goal();
        o.contactPerson = d.contactPerson();
        o.copyTo = d.copyTo() == null ? new String[0] : d.copyTo().toArray(String[]::new);
        o.status = Status.ISSUED;
        o.issuedBy = by;
        o.issuedAt = at;
        return o;
    }

    private static void require(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw new DomainException(DomainException.Kind.INVALID, message,
                    List.of(new DomainException.FieldError(field, "required")));
        }
    }

    public void reply(Instant at) {
        if (status != Status.ISSUED && status != Status.RETURNED) {
            throw DomainException.conflict("Supervision order " + number + " is " + status + "; it takes a reply when "
                    + "issued or sent back.");
        }
        status = Status.REPLIED;
        repliedAt = at;
        version++;
    }

    public void accept(Instant at) {
        requireReplied();
        status = Status.ACCEPTED;
        acceptedAt = at;
        version++;
    }

    public void sendBack(Instant at) {
        requireReplied();
        status = Status.RETURNED;
        warningLevel = 0;
        version++;
    }

    private void requireReplied() {
        if (status != Status.REPLIED) {
            throw DomainException.conflict("Supervision order " + number + " is " + status
                    + "; only a replied order is accepted or sent back.");
        }
    }

    /** Whether the order is waiting for the department. */
    public boolean awaitingReply() {
        return status == Status.ISSUED || status == Status.RETURNED;
    }

    public boolean warn(int level) {
        if (level <= warningLevel) {
            return false;
        }
        warningLevel = (short) level;
        version++;
        return true;
    }

    public Long id() { return id; }
    public String number() { return number; }
    public String matter() { return matter; }
    public String issuingDepartment() { return issuingDepartment; }
    public String issuingPerson() { return issuingPerson; }
    public String issuingPhone() { return issuingPhone; }
    public Instant deadline() { return deadline; }
    public String category() { return category; }
    public String leadDepartment() { return leadDepartment; }
    public String description() { return description; }
    public Origin originType() { return originType; }
    public String originRef() { return originRef; }
    public String goal() { return goal; }
    public String contactPerson() { return contactPerson; }
    public List<String> copyTo() { return copyTo == null ? List.of() : Arrays.asList(copyTo); }
    public Status status() { return status; }
    public String issuedBy() { return issuedBy; }
    public Instant issuedAt() { return issuedAt; }
    public Instant repliedAt() { return repliedAt; }
    public Instant acceptedAt() { return acceptedAt; }
    public int warningLevel() { return warningLevel; }
}
