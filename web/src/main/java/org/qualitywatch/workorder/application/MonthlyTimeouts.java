package org.qualitywatch.workorder.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qualitywatch.workorder.domain.StageDeadlines;
import org.qualitywatch.workorder.domain.WorkOrder;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Monthly timeouts (月度超时): stage clocks overrun, counted in the month their due time fell, per
 * department and stage. A clock counts once whether it was met late or is still running.
 */
@ApplicationScoped
public class MonthlyTimeouts {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    @Inject
    WorkOrderDeadlines deadlines;

    public record Count(String month, String department, String stage, long overdue) {
    }

    @Transactional
    public List<Count> count(Instant from, Instant to) {
        Instant now = Instant.now();
        Map<String, long[]> counts = new TreeMap<>();
        // clocks start at acceptance or dispatch and run at most days, so orders accepted a month before can count
        List<WorkOrder> orders = em.createQuery("select w from WorkOrder w where w.acceptedAt >= :from "
                        + "and w.acceptedAt < :to", WorkOrder.class)
                .setParameter("from", from.minus(java.time.Duration.ofDays(31))).setParameter("to", to)
                .getResultList();
        for (WorkOrder order : orders) {
            for (StageDeadlines.StageDeadline d : deadlines.of(order, now)) {
                if (d.overdue() && !d.dueAt().isBefore(from) && d.dueAt().isBefore(to)) {
                    String key = MONTH.format(d.dueAt().atZone(ZONE)) + "|" + order.department() + "|" + d.stage();
                    counts.computeIfAbsent(key, k -> new long[1])[0]++;
                }
            }
            em.detach(order);
        }
        return counts.entrySet().stream().map(e -> {
            String[] k = e.getKey().split("\\|", 3);
            return new Count(k[0], "null".equals(k[1]) ? null : k[1], k[2], e.getValue()[0]);
        }).toList();
    }
}
