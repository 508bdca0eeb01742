package org.qualitywatch.complaint.infrastructure.cityhotline;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every 30 s on every node: polls the platform when the poll interval (QW_HOTLINE_POLL) has passed, then sends
 * what is due from the outbox. Nodes share the cursor and claim outbox rows with SKIP LOCKED.
 */
@Singleton
public class CityHotlineTimers {

    private static final Logger LOG = Logger.getLogger(CityHotlineTimers.class.getName());

    @Inject
    CityHotlineConnector connector;

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        if (CityHotlineSettings.baseUrl().isEmpty()) {
            return;
        }
        try {
            if (connector.pollDue()) {
                connector.poll();
            }
            connector.flush(false);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The city-hotline connector failed; it runs again in 30 s", e);
        }
    }
}
