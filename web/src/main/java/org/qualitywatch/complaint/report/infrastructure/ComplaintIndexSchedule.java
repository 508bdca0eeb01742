package org.qualitywatch.complaint.report.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Every minute, on every node: queue the complaints changed since their document was last queued. */
@Singleton
public class ComplaintIndexSchedule {

    private static final Logger LOG = Logger.getLogger(ComplaintIndexSchedule.class.getName());

    @Inject
    ComplaintIndexing indexing;

    @Schedule(minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void catchUp() {
        try {
            long n = indexing.catchUp();
            if (n > 0) {
                LOG.fine(() -> "Queued " + n + " complaint documents");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Complaint index catch-up failed; it is tried again in a minute", e);
        }
    }
}
