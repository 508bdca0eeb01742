package org.qualitywatch.sampling.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.qualitywatch.platform.Platform;
import org.qualitywatch.sampling.domain.ComplaintLinkedCalls;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * Complaint-linked calls from the work orders: every call id a COMPLAINT order lists. A complaint is
 * accepted after the call it concerns, so orders accepted from the period start until
 * {@code QW_SAMPLING_COMPLAINT_LAG} (default 30 days) after its end count.
 */
@ApplicationScoped
public class WorkOrderComplaintLinkedCalls implements ComplaintLinkedCalls {

    private final Duration lag = org.qualitywatch.platform.config.Settings.system()
            .getDuration("qw.sampling.complaint-lag", Duration.ofDays(30));

    @Inject
    Platform platform;

    @Override
    public Set<String> callIds(Instant from, Instant to) {
        return new HashSet<>(Jdbc.list(platform.dataSource(), "reading complaint-linked calls",
                "select distinct unnest(call_ids) from qw.work_order where type = 'COMPLAINT' "
                        + "and accepted_at >= ? and accepted_at < ?", rs -> rs.getString(1), from, to.plus(lag)));
    }
}
