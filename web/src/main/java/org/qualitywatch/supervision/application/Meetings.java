package org.qualitywatch.supervision.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qualitywatch.complaint.domain.SupervisionOrder;
import org.qualitywatch.shared.domain.DomainException;
import org.qualitywatch.supervision.domain.Meeting;
import org.qualitywatch.supervision.domain.MeetingAction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Minutes of the supervisors' meetings, with decisions followed up (often by supervision orders). */
@ApplicationScoped
public class Meetings {

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    @Transactional
    public List<Meeting> all() {
        return em.createQuery("select m from Meeting m order by m.heldOn desc", Meeting.class).getResultList();
    }

    @Transactional
    public Meeting record(LocalDate heldOn, String title, String attendees, String minutes, List<MeetingAction> actions,
                          String by) {
        if (title.isBlank() || minutes.isBlank()) {
            throw DomainException.invalid("A meeting needs a title and minutes.");
        }
        for (MeetingAction a : actions) {
            if (a.supervisionOrderId() != null && em.find(SupervisionOrder.class, a.supervisionOrderId()) == null) {
                throw DomainException.invalid("Decision \"" + a.decision() + "\" names supervision order "
                        + a.supervisionOrderId() + ", which does not exist.");
            }
        }
        Meeting m = new Meeting(heldOn, title.strip(), attendees, minutes, actions, by, Instant.now());
        em.persist(m);
        em.flush();
        return m;
    }
}
