package org.qualitywatch.system.application;

import co.elastic.clients.elasticsearch._types.HealthStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.qualitywatch.platform.Platform;
import org.qualitywatch.platform.search.OutboxDrainer;
import org.qualitywatch.platform.search.SearchClient;
import org.qualitywatch.platform.search.SearchOutbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks the services QualityWatch depends on. PostgreSQL down means the system is down;
 * Elasticsearch or the background queue down means it is degraded: work is kept and queued, only
 * search and indexing wait.
 */
@ApplicationScoped
public class HealthService {

    public enum Status { UP, DEGRADED, DOWN }

    public record Check(Status status, String detail, Map<String, Object> figures) {
    }

    public record Report(Status status, Map<String, Check> checks, String version, Instant time) {
    }

    @Inject
    Platform platform;

    @Inject
    SearchClient search;

    @Inject
    SearchOutbox outbox;

    @Inject
    OutboxDrainer drainer;

    public Report report() {
        Map<String, Check> checks = new LinkedHashMap<>();
        checks.put("database", database());
        checks.put("elasticsearch", elasticsearch());
        checks.put("queue", queue());
        Status overall = Status.UP;
        if (checks.get("database").status() == Status.DOWN) {
            overall = Status.DOWN;
        } else if (checks.values().stream().anyMatch(c -> c.status() != Status.UP)) {
            overall = Status.DEGRADED;
        }
        String version = HealthService.class.getPackage().getImplementationVersion();
        return new Report(overall, checks, version == null ? "dev" : version, Instant.now());
    }

    private Check database() {
        try (Connection connection = platform.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(3);
            try (ResultSet rs = statement.executeQuery("select version()")) {
                rs.next();
                return new Check(Status.UP, rs.getString(1), Map.of());
            }
        } catch (Exception e) {
            return new Check(Status.DOWN, "PostgreSQL cannot be reached: " + e.getMessage(), Map.of());
        }
    }

    private Check elasticsearch() {
        try {
            HealthStatus status = search.health();
            Status mapped = status == HealthStatus.Red ? Status.DOWN : Status.UP;
            return new Check(mapped, "cluster status " + status.jsonValue(), Map.of());
        } catch (Exception e) {
            return new Check(Status.DOWN, "Elasticsearch cannot be reached: " + e.getMessage()
                    + ". Changes are queued and indexed when it is back.", Map.of());
        }
    }

    private Check queue() {
        Map<String, Object> figures = new LinkedHashMap<>();
        try {
            SearchOutbox.QueueStatus status = outbox.status();
            long oldestSeconds = status.oldestEnqueuedAt() == null ? 0
                    : Duration.between(status.oldestEnqueuedAt(), Instant.now()).toSeconds();
            figures.put("pending", status.pending());
            figures.put("failing", status.failing());
            figures.put("oldestPendingSeconds", Math.max(0, oldestSeconds));
            Instant lastPass = drainer.lastPass();
            figures.put("lastPass", lastPass == null ? null : lastPass.toString());
            boolean drainerAlive = lastPass != null && Duration.between(lastPass, Instant.now()).toSeconds() < 60;
            String detail = status.pending() == 0 ? "no search documents waiting"
                    : status.pending() + " search document(s) waiting"
                    + (drainer.lastFailure() == null ? "" : "; last problem: " + drainer.lastFailure());
            if (!drainerAlive) {
                return new Check(Status.DOWN, "The background indexer has not run for a minute. " + detail, figures);
            }
            return new Check(status.failing() > 0 ? Status.DEGRADED : Status.UP, detail, figures);
        } catch (Exception e) {
            return new Check(Status.DOWN, "Queue status unavailable: " + e.getMessage(), figures);
        }
    }
}
