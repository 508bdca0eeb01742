package org.qualitywatch.complaint.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.qualitywatch.complaint.application.DeadlineWatch;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs the deadline watch every minute on every node (rows are claimed with SKIP LOCKED). */
@Singleton
public class ComplaintTimers {

    private static final Logger LOG = Logger.getLogger(ComplaintTimers.class.getName());

    @Inject
    DeadlineWatch watch;

    @Schedule(minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void watchDeadlines() {
        try {
            watch.run(Instant.now());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The complaint deadline watch failed; it runs again in a minute", e);
        }
    }
}
