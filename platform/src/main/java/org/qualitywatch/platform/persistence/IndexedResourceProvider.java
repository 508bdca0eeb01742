package org.qualitywatch.platform.persistence;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Gives Flyway the migration scripts listed in {@code <location>/migrations.idx}. WildFly serves
 * deployment resources through its virtual file system, which Flyway's classpath scanner cannot
 * walk reliably; an explicit index avoids scanning altogether. A unit test in each module checks
 * that the index lists exactly the scripts in the folder.
 */
public final class IndexedResourceProvider implements ResourceProvider {

    public static final String INDEX_FILE = "migrations.idx";

    private final List<LoadableResource> resources = new ArrayList<>();

    public IndexedResourceProvider(ClassLoader loader, String location) {
        String folder = location.endsWith("/") ? location : location + "/";
        for (String name : readIndex(loader, folder)) {
            resources.add(load(loader, folder, name));
        }
    }

    public static List<String> readIndex(ClassLoader loader, String folder) {
        InputStream index = loader.getResourceAsStream(folder + INDEX_FILE);
        if (index == null) {
            throw new FlywayException("Migration index " + folder + INDEX_FILE + " not found on the class path");
        }
        List<String> names = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.trim();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    names.add(line);
                }
            }
        } catch (IOException e) {
            throw new FlywayException("Cannot read migration index " + folder + INDEX_FILE, e);
        }
        return names;
    }

    /**
     * For each module's unit tests: the scripts in {@code folder} (a source directory) and the names
     * in its index must be the same, so a new migration cannot be forgotten in the index.
     *
     * @return a description of the difference, empty when they match
     */
    public static String differenceBetweenIndexAndFolder(java.nio.file.Path folder) throws IOException {
        java.util.Set<String> listed = new java.util.TreeSet<>();
        for (String line : java.nio.file.Files.readAllLines(folder.resolve(INDEX_FILE), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.trim().startsWith("#")) {
                listed.add(line.trim());
            }
        }
        java.util.Set<String> present = new java.util.TreeSet<>();
        try (var files = java.nio.file.Files.list(folder)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".sql")).forEach(present::add);
        }
        java.util.Set<String> unlisted = new java.util.TreeSet<>(present);
        unlisted.removeAll(listed);
        java.util.Set<String> missing = new java.util.TreeSet<>(listed);
        missing.removeAll(present);
        if (unlisted.isEmpty() && missing.isEmpty()) {
            return "";
        }
        return "not in " + INDEX_FILE + ": " + unlisted + "; listed but missing: " + missing;
    }

    private static LoadableResource load(ClassLoader loader, String folder, String name) {
        try (InputStream in = loader.getResourceAsStream(folder + name)) {
            if (in == null) {
                throw new FlywayException("Migration " + folder + name + " is listed in " + INDEX_FILE
                        + " but missing from the class path");
            }
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new TextResource(folder + name, name, sql);
        } catch (IOException e) {
            throw new FlywayException("Cannot read migration " + folder + name, e);
        }
    }

    @Override
    public LoadableResource getResource(String name) {
        return resources.stream().filter(r -> r.getFilename().equals(name) || r.getRelativePath().equals(name))
                .findFirst().orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<LoadableResource> matching = new ArrayList<>();
        for (LoadableResource resource : resources) {
            String file = resource.getFilename();
            if (!file.startsWith(prefix)) {
                continue;
            }
            for (String suffix : suffixes) {
                if (file.endsWith(suffix)) {
                    matching.add(resource);
                    break;
                }
            }
        }
        return matching;
    }

    private static final class TextResource extends LoadableResource {
        private final String absolutePath;
        private final String filename;
        private final String text;

        TextResource(String absolutePath, String filename, String text) {
            this.absolutePath = absolutePath;
            this.filename = filename;
            this.text = text;
        }

        @Override
        public Reader read() {
            return new StringReader(text);
        }

        @Override
        public String getAbsolutePath() {
            return absolutePath;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return absolutePath;
        }

        @Override
        public String getFilename() {
            return filename;
        }

        @Override
        public String getRelativePath() {
            return filename;
        }
    }
}
