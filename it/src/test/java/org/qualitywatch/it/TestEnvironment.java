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

    /** The team's shared sample exports: shared/samples beside the repository (as in CI). */
    static Path samples() {
        for (Path dir = projectRoot().toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/samples");
            if (java.nio.file.Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/samples not found beside the repository (CI provides it)");
    }

    /** Runs {@code ./qw} with these arguments (stopping Elasticsearch, killing the server...) and checks it succeeded. */
    static void qw(String... args) throws java.io.IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = projectRoot().resolve("qw").toString();
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (!process.waitFor(300, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("./qw " + String.join(" ", args) + " timed out");
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("./qw " + String.join(" ", args) + " failed with exit code " + process.exitValue());
        }
    }
}
