package org.qualitywatch.platform.io;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CsvReaderTest {

    /** The team's shared sample exports: ../shared/samples beside the repository (as in CI). */
    static final Path SAMPLES = findSamples();

    static Path findSamples() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/samples");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/samples not found beside the repository (CI provides it)");
    }

    @Test
    void readsQuotedFieldsWithCommasNewlinesAndQuotes() throws IOException {
        CsvReader.Table table = CsvReader.read("a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",\n"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(2, table.rows().size());
        assertEquals("x, y", table.rows().get(0).get("b"));
        assertEquals("say \"hi\"", table.rows().get(0).get("c"));
        assertEquals("two\nlines", table.rows().get(1).get("b"));
        assertNull(table.rows().get(1).get("c"));
        assertEquals(3, table.rows().get(1).line());
    }

    @Test
    void dropsTheUtf8ByteOrderMarkOfTheCallCenterExport() throws IOException {
        CsvReader.Table table = CsvReader.read(Files.readAllBytes(SAMPLES.resolve("callcenter-workorders.csv")));
        assertEquals("工单编号", table.header().get(0));
        assertEquals(StandardCharsets.UTF_8, table.charset());
        assertEquals("GD2026102100001", table.rows().get(0).get("工单编号"));
    }

    @Test
    void readsTheGbkCityHotlineBatch() throws IOException {
        CsvReader.Table table = CsvReader.read(Files.readAllBytes(SAMPLES.resolve("city-hotline-12345-batch.csv")));
        assertEquals(CsvReader.GBK, table.charset());
        assertEquals("工单编号", table.header().get(0));
        assertEquals(15, table.rows().size());
        assertEquals("有线电视", table.rows().get(0).get("诉求对象"));
    }
}
