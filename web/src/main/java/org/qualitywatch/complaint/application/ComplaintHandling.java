package org.qualitywatch.complaint.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qualitywatch.complaint.domain.Complaint;
import org.qualitywatch.complaint.domain.ComplaintAction;
import org.qualitywatch.complaint.domain.ComplaintDeadlines;
import org.qualitywatch.notification.application.Notifications;
import org.qualitywatch.notification.domain.Notification;
import org.qualitywatch.shared.domain.DomainException;
import org.qualitywatch.shared.domain.time.CalendarSource;

import java.time.Instant;
import java.util.List;

/** Handling steps on a complaint and what follows them: the clocks move, the department is told. */
@ApplicationScoped
public class ComplaintHandling {

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    @Inject
    ComplaintRules rules;

    @Inject
    CalendarSource calendars;

    @Inject
    Notifications notifications;

    @Inject
    org.qualitywatch.complaint.report.infrastructure.ComplaintIndexing indexing;

    @Transactional
    public Complaint find(long id) {
        Complaint c = em.find(Complaint.class, id);
        if (c == null) {
            throw DomainException.notFound("There is no complaint " + id + ".");
        }
        return c;
    }

    @Transactional
    public Complaint perform(long id, Complaint.Step step, String actor) {
        Complaint c = find(id);
        Instant now = Instant.now();
        c.perform(step, actor, now);
        reschedule(c, now);
        em.flush();
        // the dashboard follows at once (the index catch-up would take up to a minute)
        indexing.queue(List.of(c.id()));
        if (step.action() == ComplaintAction.ASSIGN || step.action() == ComplaintAction.REOPEN) {
            notifications.send(Notification.toDepartment(c.responsibleDepartment(), "COMPLAINT",
                    (step.action() == ComplaintAction.ASSIGN ? "投诉已指派 / complaint assigned：" : "投诉已重新打开 / reopened：")
                            + c.externalRef(), c.description(), "/complaints/" + c.id(), now));
        }
        return c;
    }

    public List<ComplaintDeadlines.Due> deadlines(Complaint c) {
        return ComplaintDeadlines.of(c, rules.source(c.source()), calendars.workingCalendar());
    }

    /** Recomputes the clocks after a change (or after the rules changed). */
    public void reschedule(Complaint c, Instant now) {
        c.schedule(deadlines(c));
    }
}
