package org.qualitywatch.platform.config;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Reads deployment settings. A key such as {@code qw.es.url} is looked up first as a JVM system
 * property, then as the environment variable {@code QW_ES_URL}, then falls back to the given
 * default. The same lookup works inside WildFly and in command-line tools (backfill, benchmarks),
 * which is why this is not MicroProfile Config.
 */
public final class Settings {

    private final Map<String, String> environment;

    private static final Settings SYSTEM = new Settings(System.getenv());

    Settings(Map<String, String> environment) {
        this.environment = environment;
    }

    public static Settings system() {
        return SYSTEM;
    }

    public static String environmentName(String key) {
        return key.toUpperCase().replace('.', '_').replace('-', '_');
    }

    public Optional<String> find(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            value = environment.get(environmentName(key));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public String get(String key, String defaultValue) {
        return find(key).orElse(defaultValue);
    }

    public int getInt(String key, int defaultValue) {
        return find(key).map(v -> parse(key, v, Integer::parseInt)).orElse(defaultValue);
    }

    public boolean getBoolean(String key, boolean defaultValue) {
        return find(key).map(v -> v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes"))
                .orElse(defaultValue);
    }

    /** Durations are written as ISO-8601 ({@code PT30M}) or as a number of seconds. */
    public Duration getDuration(String key, Duration defaultValue) {
        return find(key).map(v -> parse(key, v, s -> s.startsWith("P") || s.startsWith("p")
                ? Duration.parse(s) : Duration.ofSeconds(Long.parseLong(s)))).orElse(defaultValue);
    }

    private static <T> T parse(String key, String value, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Setting " + key + " (" + environmentName(key) + ") has the value '"
                    + value + "', which cannot be read: " + e.getMessage(), e);
        }
    }
}
