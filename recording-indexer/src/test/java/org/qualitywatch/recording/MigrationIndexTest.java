package org.qualitywatch.recording;

import org.junit.jupiter.api.Test;
import org.qualitywatch.platform.persistence.IndexedResourceProvider;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MigrationIndexTest {

    @Test
    void recordingMigrationIndexListsEveryScript() throws IOException {
        assertEquals("", IndexedResourceProvider.differenceBetweenIndexAndFolder(
                Path.of("src/main/resources/db/recording")));
    }
}
