package org.qualitywatch.platform.persistence;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.resource.LoadableResource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexedResourceProviderTest {

    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void platformMigrationIndexListsEveryScript() throws IOException {
        assertEquals("", IndexedResourceProvider.differenceBetweenIndexAndFolder(
                Path.of("src/main/resources/db/platform")));
    }

    @Test
    void givesFlywayTheIndexedScriptsByPrefixAndSuffix() throws IOException {
        IndexedResourceProvider provider = new IndexedResourceProvider(loader, "db/platform");
        Collection<LoadableResource> versioned = provider.getResources("V", new String[]{".sql"});
        assertEquals(1, versioned.size());
        LoadableResource first = versioned.iterator().next();
        assertEquals("V1__search_outbox.sql", first.getFilename());
        try (Reader reader = first.read()) {
            char[] start = new char[64];
            reader.read(start);
            assertTrue(new String(start).contains("Elasticsearch"));
        }
        assertTrue(provider.getResources("R", new String[]{".sql"}).isEmpty());
    }

    @Test
    void aMissingIndexIsReportedWithItsLocation() {
        FlywayException e = assertThrows(FlywayException.class,
                () -> new IndexedResourceProvider(loader, "db/nowhere"));
        assertTrue(e.getMessage().contains("db/nowhere/migrations.idx"), e.getMessage());
    }
}
