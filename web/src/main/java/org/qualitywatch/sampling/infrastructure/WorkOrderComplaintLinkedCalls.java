package org.qualitywatch.sampling.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.qualitywatch.platform.Platform;
import org.qualitywatch.sampling.domain.ComplaintLinkedCalls;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
        try (Connection c = platform.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("select distinct unnest(call_ids) from qw.work_order "
                     + "where type = 'COMPLAINT' and accepted_at >= ? and accepted_at < ?")) {
            Jdbc.bind(s, from, to.plus(lag));
            Set<String> ids = new HashSet<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw Jdbc.failed("reading complaint-linked calls", e);
        }
    }
}
