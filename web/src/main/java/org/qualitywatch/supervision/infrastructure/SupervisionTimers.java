package org.qualitywatch.supervision.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.qualitywatch.supervision.application.Supervisors;

import java.util.logging.Logger;

/** Ends supervisors' terms that are over (and disables their accounts) every night; harmless on several nodes. */
@Singleton
public class SupervisionTimers {

    private static final Logger LOG = Logger.getLogger(SupervisionTimers.class.getName());

    @Inject
    Supervisors supervisors;

    @Schedule(hour = "0", minute = "20", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void endTerms() {
        int ended = supervisors.endTerms();
        if (ended > 0) {
            LOG.info(ended + " supervisor term(s) ended; their accounts are disabled");
        }
    }
}
