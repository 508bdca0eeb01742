package org.qualitywatch.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qualitywatch.complaint.application.SupervisionOrders;
import org.qualitywatch.complaint.domain.Complaint;
import org.qualitywatch.complaint.domain.SupervisionOrder;
import org.qualitywatch.complaint.domain.SupervisionOrderAccepted;
import org.qualitywatch.identity.application.AuthenticatedUser;
import org.qualitywatch.notification.application.Notifications;
import org.qualitywatch.notification.domain.Notification;
import org.qualitywatch.platform.config.Settings;
import org.qualitywatch.shared.domain.DomainException;
import org.qualitywatch.shared.domain.time.CalendarSource;
import org.qualitywatch.shared.domain.time.DeadlineSpec;
import org.qualitywatch.supervision.domain.ReportTemplate;
import org.qualitywatch.supervision.domain.Supervisor;
import org.qualitywatch.supervision.domain.SupervisorReport;
import org.qualitywatch.supervision.domain.TemplateDefinition;
import org.qualitywatch.supervision.domain.VisitType;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Supervisors' reports: the portal side (a supervisor's own drafts, submissions and ratings — another
 * supervisor's report is "not found", never "forbidden", so ids cannot be probed) and the staff side
 * (triage, answers). A finding becomes a supervision order (default deadline {@code QW_SUPERVISOR_FINDING_DEADLINE},
 * 5个工作日) whose accepted reply is the answer the supervisor sees.
 */
@ApplicationScoped
public class SupervisorReports {

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    @Inject
    Supervisors supervisors;

    @Inject
    ReportTemplates templates;

    @Inject
    SupervisionOrders orders;

    @Inject
    CalendarSource calendars;

    @Inject
    Notifications notifications;

    private final DeadlineSpec findingDeadline = DeadlineSpec.parse(
            Settings.system().get("qw.supervisor.finding-deadline", "5个工作日"));
    private final String supervisionDepartment = Settings.system().get("qw.supervision.department", "服务监督部");

    // ---------------------------------------------------------------- portal

    @Transactional
    public List<SupervisorReport> mine(AuthenticatedUser me) {
        Supervisor s = supervisors.byUsername(me.username());
        return em.createQuery("select r from SupervisorReport r where r.supervisorId = :s order by r.createdAt desc",
                SupervisorReport.class).setParameter("s", s.id()).getResultList();
    }

    /** The supervisor's own report; any other id is reported as not found. */
    @Transactional
    public SupervisorReport own(long id, AuthenticatedUser me) {
        Supervisor s = supervisors.byUsername(me.username());
        SupervisorReport r = em.find(SupervisorReport.class, id);
        if (r == null || r.supervisorId() != s.id()) {
            throw DomainException.notFound("You have no report " + id + ".");
        }
        return r;
    }

    @Transactional
    public SupervisorReport start(VisitType type, AuthenticatedUser me) {
        Supervisor s = supervisors.byUsername(me.username());
        if (!s.mayReport()) {
            throw DomainException.forbidden("Your supervisor term is " + s.status() + "; reports are taken during an "
                    + "active term.");
        }
        SupervisorReport r = SupervisorReport.draft(s.id(), templates.published(type), Instant.now());
        em.persist(r);
        em.flush();
        return r;
    }

    @Transactional
    public SupervisorReport edit(long id, SupervisorReport.Content content, AuthenticatedUser me) {
        SupervisorReport r = own(id, me);
        r.edit(content);
        return r;
    }

    @Transactional
    public SupervisorReport submit(long id, AuthenticatedUser me) {
        SupervisorReport r = own(id, me);
        TemplateDefinition definition = ReportTemplates.definition(templates.byId(r.templateId()));
        Map<String, Object> answers;
        try {
            answers = ReportTemplates.JSON.fromJson(r.answersJson(),
                    new java.util.HashMap<String, Object>() { }.getClass().getGenericSuperclass());
        } catch (JsonbException e) {
            throw DomainException.invalid("The answers are not readable; save the draft again.");
        }
        Instant now = Instant.now();
        r.submit(definition.problems(answers == null ? Map.of() : answers), now);
        notifications.send(Notification.toDepartment(supervisionDepartment, "SUPERVISOR_REPORT",
                "社会监督员报告待处理 / new supervisor report", r.visitType() + " " + r.place(),
                "/supervision/reports/" + r.id(), now));
        return r;
    }

    @Transactional
    public SupervisorReport rate(long id, SupervisorReport.Rating rating, String comment, AuthenticatedUser me) {
        SupervisorReport r = own(id, me);
        Instant now = Instant.now();
        r.rate(rating, comment, now);
        if (rating == SupervisorReport.Rating.DISSATISFIED) {
            notifications.send(Notification.toDepartment(supervisionDepartment, "SUPERVISOR_REPORT",
                    "监督员对答复不满意 / supervisor not satisfied", comment, "/supervision/reports/" + id, now));
        }
        return r;
    }

    // ---------------------------------------------------------------- staff

    @Transactional
    public List<SupervisorReport> all(String status) {
        var q = em.createQuery("select r from SupervisorReport r where r.status <> :draft"
                + (status == null ? "" : " and r.status = :status") + " order by r.submittedAt desc", SupervisorReport.class)
                .setParameter("draft", SupervisorReport.Status.DRAFT).setMaxResults(500);
        if (status != null) {
            q.setParameter("status", SupervisorReport.Status.valueOf(status));
        }
        return q.getResultList();
    }

    @Transactional
    public SupervisorReport submitted(long id) {
        SupervisorReport r = em.find(SupervisorReport.class, id);
        if (r == null || r.status() == SupervisorReport.Status.DRAFT) {
            throw DomainException.notFound("There is no submitted report " + id + ".");
        }
        return r;
    }

    /** Triage as a finding: a supervision order to the responsible department. */
    @Transactional
    public SupervisorReport finding(long id, String leadDepartment, String matter, String note, AuthenticatedUser by) {
        SupervisorReport r = submitted(id);
        Instant now = Instant.now();
        Supervisor s = supervisors.find(r.supervisorId());
        SupervisionOrder order = orders.issue(new SupervisionOrder.Draft(
                matter == null || matter.isBlank() ? "社会监督员反映：" + r.place() : matter,
                supervisionDepartment, by.displayName(), null, findingDeadline.dueFrom(now, calendars.workingCalendar()),
                r.visitType().name(), leadDepartment, "社会监督员 " + s.name() + " " + r.visitType() + " " + r.place()
                + "：" + (r.narrative() == null ? "" : r.narrative()), SupervisionOrder.Origin.SUPERVISOR_REPORT,
                String.valueOf(r.id()), "整改并答复社会监督员", null, List.of()), by);
        r.acceptAsFinding(order.id(), note, by.username(), now);
        return r;
    }

    @Transactional
    public SupervisorReport merge(long id, long complaintId, String note, AuthenticatedUser by) {
        SupervisorReport r = submitted(id);
        if (em.find(Complaint.class, complaintId) == null) {
            throw DomainException.invalid("There is no complaint " + complaintId + " to merge the report with.");
        }
        r.merge(complaintId, note, by.username(), Instant.now());
        return r;
    }

    @Transactional
    public SupervisorReport close(long id, String reason, AuthenticatedUser by) {
        SupervisorReport r = submitted(id);
        r.close(reason, by.username(), Instant.now());
        notifySupervisor(r);
        return r;
    }

    /** Staff answer directly (e.g. a merged report, or after the supervisor was not satisfied). */
    @Transactional
    public SupervisorReport answer(long id, String text, AuthenticatedUser by) {
        SupervisorReport r = submitted(id);
        r.answer(text, Instant.now());
        notifySupervisor(r);
        return r;
    }

    /** The department's accepted reply to a finding's supervision order answers the report. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onOrderAccepted(@Observes SupervisionOrderAccepted event) {
        if (event.origin() != SupervisionOrder.Origin.SUPERVISOR_REPORT || event.originRef() == null) {
            return;
        }
        SupervisorReport r = em.find(SupervisorReport.class, Long.parseLong(event.originRef()));
        if (r != null && (r.status() == SupervisorReport.Status.IN_HANDLING || r.status() == SupervisorReport.Status.DISPUTED)) {
            r.answer(event.reply(), Instant.now());
            notifySupervisor(r);
        }
    }

    private void notifySupervisor(SupervisorReport r) {
        Supervisor s = supervisors.find(r.supervisorId());
        if (s.username() != null) {
            notifications.send(Notification.toUser(s.username(), "SUPERVISOR_REPORT", "您的监督报告已有答复",
                    r.answerText(), "/portal/reports/" + r.id(), Instant.now()));
        }
    }
}
