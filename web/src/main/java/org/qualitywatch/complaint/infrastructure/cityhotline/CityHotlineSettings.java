package org.qualitywatch.complaint.infrastructure.cityhotline;

import org.qualitywatch.platform.config.Settings;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Settings of the city-hotline connector and of the platform simulator: {@code QW_SIMULATORS} (on/off),
 * {@code QW_HOTLINE_URL} (the platform's base URL; by default this server's own simulator when simulators are
 * on), {@code QW_HOTLINE_TOKEN} (shared token, header {@code X-Platform-Token}, default {@code demo-token}),
 * {@code QW_HOTLINE_POLL} (PT1M), {@code QW_HOTLINE_MAX_ATTEMPTS} (10), {@code QW_HOTLINE_RETRY} (first retry
 * delay, PT10S, doubled each attempt up to an hour) and {@code QW_HOTLINE_TIMEOUT} (per request, PT10S).
 */
public final class CityHotlineSettings {

    public static final String NAME = "city-hotline";
    public static final String SOURCE = "CITY_12345";
    public static final String TOKEN_HEADER = "X-Platform-Token";
    private static final Set<String> ON = Set.of("on", "true", "1", "yes");

    private CityHotlineSettings() {
    }

    public static boolean simulatorsOn() {
        return ON.contains(Settings.system().get("qw.simulators", "off").toLowerCase(java.util.Locale.ROOT));
    }

    /** The platform's base URL, or empty when the connector is not configured (it then does nothing). */
    public static Optional<String> baseUrl() {
        Optional<String> configured = Settings.system().find("qw.hotline.url");
        if (configured.isPresent()) {
            return configured.map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
        }
        if (!simulatorsOn()) {
            return Optional.empty();
        }
        int port = 8080 + Integer.parseInt(System.getProperty("jboss.socket.binding.port-offset", "0"));
        return Optional.of("http://127.0.0.1:" + port + "/api/simulators/city-hotline");
    }

    public static String token() {
        return Settings.system().get("qw.hotline.token", "demo-token");
    }

    public static Duration pollInterval() {
        return Settings.system().getDuration("qw.hotline.poll", Duration.ofMinutes(1));
    }

    public static int maxAttempts() {
        return Math.max(1, Settings.system().getInt("qw.hotline.max-attempts", 10));
    }

    public static Duration firstRetry() {
        return Settings.system().getDuration("qw.hotline.retry", Duration.ofSeconds(10));
    }

    public static Duration timeout() {
        return Settings.system().getDuration("qw.hotline.timeout", Duration.ofSeconds(10));
    }

    /** Delay before attempt {@code attempts + 1}: the first retry delay doubled per attempt made, at most an hour. */
    public static Duration backoff(int attempts) {
        Duration first = firstRetry();
        Duration delay = first.multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
        return delay.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : delay;
    }
}
