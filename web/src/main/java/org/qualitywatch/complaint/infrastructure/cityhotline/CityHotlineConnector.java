package org.qualitywatch.complaint.infrastructure.cityhotline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.qualitywatch.complaint.application.ComplaintIntake;
import org.qualitywatch.complaint.application.ComplaintRowMapping;
import org.qualitywatch.platform.io.CsvReader;
import org.qualitywatch.shared.application.RowImportJobs;
import org.qualitywatch.shared.domain.DomainException;
import org.qualitywatch.shared.domain.time.CalendarSource;
import org.qualitywatch.shared.domain.time.WorkingCalendar;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The city-hotline (12345) connector. Pull: new orders since the cursor kept in PostgreSQL, mapped with the
 * preset {@code complaint-presets/city12345-api.json} and taken through {@link ComplaintIntake} (idempotent on the
 * order id), each then acknowledged to the platform through the outbox. Push: what handlers do (acknowledge,
 * reply, close) goes to the platform from the outbox, retried with exponential back-off while the platform is
 * down, with the same idempotency key on every attempt so the platform never stores a reply twice.
 * The contract is in docs/city-hotline-connector.md.
 */
@ApplicationScoped
public class CityHotlineConnector {

    private static final Logger LOG = Logger.getLogger(CityHotlineConnector.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACTOR = "city-hotline";
    private static final int PAGE = 50;
    private static final int MAX_PAGES = 20;

    @Inject
    ComplaintIntake intake;

    @Inject
    ConnectorStore store;

    @Inject
    CalendarSource calendars;

    private volatile Instant lastFlushAt;

    public record RowFailure(String orderId, String message) {
    }

    public record PollResult(boolean enabled, int fetched, int created, int updated, int unchanged, int failed,
                             String cursor, String error, List<RowFailure> failures) {
    }

    public record FlushResult(boolean enabled, int queued, int sent, int retrying, int givenUp, String lastError) {
    }

    public record Status(boolean enabled, String url, boolean simulators, String cursor, Instant lastPollAt,
                         String lastPollError, Instant lastFlushAt, long pending, long failed, long sent,
                         Instant oldestPendingAt, String pollInterval, int maxAttempts) {
    }

    private CityHotlineClient client(String url) {
        return new CityHotlineClient(url, CityHotlineSettings.token(), CityHotlineSettings.timeout());
    }

    /** Fetches new orders (up to 20 pages of 50) and takes them in; orders that cannot be read are skipped and listed. */
    public PollResult poll() {
        var url = CityHotlineSettings.baseUrl();
        if (url.isEmpty()) {
            return new PollResult(false, 0, 0, 0, 0, 0, null, "not configured (QW_HOTLINE_URL)", List.of());
        }
        CityHotlineClient client = client(url.get());
        ComplaintRowMapping mapping = ComplaintRowMapping.preset("city12345-api");
        WorkingCalendar calendar = calendars.workingCalendar();
        int fetched = 0;
        int[] counts = new int[3];
        List<RowFailure> failures = new ArrayList<>();
        String cursor = store.cursor(CityHotlineSettings.NAME);
        String error = null;
        try {
            for (int page = 0; page < MAX_PAGES; page++) {
                JsonNode answer = client.orders(cursor, PAGE);
                JsonNode orders = answer.path("orders");
                String taken = cursor;
                boolean stopped = false;
                for (JsonNode order : orders) {
                    fetched++;
                    String id = order.path("id").asText(null);
                    try {
                        take(order, fetched, mapping, calendar, counts);
                    } catch (RowImportJobs.RowRejected | DomainException e) {
                        // the order cannot be read or taken as it is: listed, skipped, not retried
                        failures.add(new RowFailure(id, e.getMessage()));
                        LOG.warning(() -> "City-hotline order " + id + " was not taken: " + e.getMessage());
                    } catch (RuntimeException e) {
                        // anything else (database trouble): stop here and take this order again next time
                        error = "order " + id + ": " + RowImportJobs.rootMessage(e);
                        stopped = true;
                        break;
                    }
                    taken = order.path("cursor").asText(taken);
                }
                if (!stopped && orders.isEmpty()) {
                    taken = answer.path("cursor").asText(taken);
                }
                if (taken != null && !taken.equals(cursor)) {
                    if (!store.advance(CityHotlineSettings.NAME, cursor, taken)) {
                        break;  // another node moved on meanwhile; its poll takes the rest
                    }
                    cursor = taken;
                }
                if (stopped || orders.size() < PAGE) {
                    break;
                }
            }
        } catch (IOException e) {
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        store.polled(CityHotlineSettings.NAME, error);
        return new PollResult(true, fetched, counts[0], counts[1], counts[2], failures.size(), cursor, error, failures);
    }

    private void take(JsonNode order, int line, ComplaintRowMapping mapping, WorkingCalendar calendar, int[] counts) {
        Map<String, String> values = new LinkedHashMap<>();
        order.fields().forEachRemaining(f -> values.put(f.getKey(), f.getValue().isValueNode() ? f.getValue().asText() : null));
        ComplaintRowMapping.MappedRow mapped = mapping.map(new CsvReader.Row(line, values), calendar);
        if (!mapped.valid()) {
            throw new RowImportJobs.RowRejected(mapped.errors());
        }
        ComplaintIntake.Result result = intake.receive(mapped.facts(), ACTOR);
        counts[result.outcome().ordinal()]++;
        String platformId = mapped.facts().externalRef();
        store.enqueue(CityHotlineSettings.NAME, result.id(), platformId, "ACK", JSON.createObjectNode()
                .put("at", Instant.now().toString()).put("complaintId", result.id()).put("text", "已签收").toString(),
                "ack-" + platformId);
    }

    /**
     * Queues new handler events and sends what is due ({@code force}: everything waiting, back-off or not).
     * A message is marked sent only after a 2xx; a client error (other than 408/429) or the last attempt gives up.
     */
    public FlushResult flush(boolean force) {
        var url = CityHotlineSettings.baseUrl();
        if (url.isEmpty()) {
            return new FlushResult(false, 0, 0, 0, 0, "not configured (QW_HOTLINE_URL)");
        }
        int queued = store.collectEvents(CityHotlineSettings.NAME, CityHotlineSettings.SOURCE);
        if (force) {
            store.retryNow(CityHotlineSettings.NAME);
        }
        CityHotlineClient client = client(url.get());
        Duration timeout = CityHotlineSettings.timeout();
        Duration lease = timeout.multipliedBy(3).plusSeconds(30);
        int maxAttempts = CityHotlineSettings.maxAttempts();
        int sent = 0;
        int retrying = 0;
        int givenUp = 0;
        String lastError = null;
        for (int round = 0; round < 50; round++) {
            List<ConnectorStore.Claimed> batch = store.claim(CityHotlineSettings.NAME, 20, lease);
            if (batch.isEmpty()) {
                break;
            }
            for (ConnectorStore.Claimed m : batch) {
                try {
                    client.post(m.platformId(), action(m.kind()), m.idempotencyKey(), JSON.readTree(m.payload()));
                    store.sent(m.id());
                    sent++;
                } catch (IOException | RuntimeException e) {
                    lastError = m.kind() + " " + m.platformId() + ": " + (e.getMessage() == null
                            ? e.getClass().getSimpleName() : e.getMessage());
                    boolean permanent = e instanceof CityHotlineClient.PlatformError pe && pe.permanent();
                    boolean giveUp = permanent || m.attempts() >= maxAttempts;
                    store.attemptFailed(m.id(), lastError, giveUp, CityHotlineSettings.backoff(m.attempts()));
                    if (giveUp) {
                        givenUp++;
                        String message = lastError;
                        LOG.warning(() -> "City-hotline message given up: " + message);
                    } else {
                        retrying++;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    store.attemptFailed(m.id(), "interrupted", false, Duration.ZERO);
                    return new FlushResult(true, queued, sent, retrying, givenUp, "interrupted");
                }
            }
        }
        lastFlushAt = Instant.now();
        if (lastError != null) {
            String message = lastError;
            LOG.log(Level.FINE, () -> "City-hotline flush: " + message);
        }
        return new FlushResult(true, queued, sent, retrying, givenUp, lastError);
    }

    private static String action(String kind) {
        return switch (kind) {
            case "ACK" -> "ack";
            case "REPLY" -> "replies";
            default -> "close";
        };
    }

    public boolean pollDue() {
        return CityHotlineSettings.baseUrl().isPresent()
                && store.pollDue(CityHotlineSettings.NAME, CityHotlineSettings.pollInterval());
    }

    public Status status() {
        var url = CityHotlineSettings.baseUrl();
        ConnectorStore.Status s = store.status(CityHotlineSettings.NAME);
        return new Status(url.isPresent(), url.orElse(null), CityHotlineSettings.simulatorsOn(), s.cursor(),
                s.lastPollAt(), s.lastError(), lastFlushAt, s.pending(), s.failed(), s.sent(), s.oldestPendingAt(),
                CityHotlineSettings.pollInterval().toString(), CityHotlineSettings.maxAttempts());
    }
}
