package org.qualitywatch.it;

import java.nio.file.Path;

/** Where the system under test runs; set by ./qw test through failsafe system properties. */
final class TestEnvironment {

    static final String DEMO_PASSWORD = "Demo@2026!";

    private TestEnvironment() {
    }

    static String baseUrl() {
        return System.getProperty("qw.base-url", "http://127.0.0.1:8180");
    }

    static boolean elasticsearchManagedByQw() {
        return Boolean.getBoolean("qw.es-managed");
    }

    static Path projectRoot() {
        return Path.of(System.getProperty("qw.root", ".."));
    }
}
