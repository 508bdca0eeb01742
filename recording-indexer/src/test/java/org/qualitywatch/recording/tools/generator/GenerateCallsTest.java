package org.qualitywatch.recording.tools.generator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qualitywatch.recording.analysis.AudioAnalysis;
import org.qualitywatch.recording.analysis.AudioAnalyzer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PBX-style batch: layout, manifest columns, sidecars, .done, determinism. */
class GenerateCallsTest {

    static final Path SAMPLE_MANIFEST = Path.of("..", "..", "shared", "samples", "pbx-recordings-manifest.csv");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @TempDir
    Path dir;

    GenerateCalls.Options options(Path out, int threads, String format) {
        return GenerateCalls.parse(new String[]{"--out", out.toString(), "--count", "8", "--seed", "77",
                "--format", format, "--start", "2026-10-01", "--days", "20", "--agents", "1001,1002,1006",
                "--cache", GeneratorTest.CACHE.toString(), "--threads", Integer.toString(threads),
                "--truth-dir", dir.resolve("truth-" + out.getFileName()).toString()});
    }

    @Test
    void writesABatchLikeThePbx() throws Exception {
        Path out = dir.resolve("batch");
        GenerateCalls.Result r = GenerateCalls.run(options(out, 2, "wav"), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(8, r.calls());
        assertTrue(Files.exists(out.resolve(".done")));
        assertEquals(0, Files.size(out.resolve(".done")));

        List<String> lines = Files.readAllLines(out.resolve("manifest.csv"), StandardCharsets.UTF_8);
        String expectedHeader = Files.exists(SAMPLE_MANIFEST)
                ? Files.readAllLines(SAMPLE_MANIFEST, StandardCharsets.UTF_8).get(0).replace("\uFEFF", "")
                : GenerateCalls.MANIFEST_HEADER;
        assertEquals(expectedHeader, lines.get(0));
        assertEquals(GenerateCalls.MANIFEST_HEADER, lines.get(0));
        assertEquals(9, lines.size());
        LocalDateTime previous = null;
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            assertEquals(12, c.length, line);
            String callId = c[0];
            assertTrue(callId.matches("\\d{14}-(1001|1002|1006)-\\d{3}"), callId);
            assertEquals(c[2], callId.split("-")[1], "agent id in the call id");
            LocalDateTime start = LocalDateTime.parse(c[7], TIME);
            assertEquals(callId.substring(0, 14), start.format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")));
            assertTrue(start.getHour() >= 8 && start.getHour() < 21, "business hours: " + start);
            assertTrue(!start.toLocalDate().isBefore(java.time.LocalDate.of(2026, 10, 1))
                    && start.toLocalDate().isBefore(java.time.LocalDate.of(2026, 10, 21)));
            assertTrue(previous == null || !start.isBefore(previous), "sorted by start time");
            previous = start;
            assertEquals(start.format(DateTimeFormatter.ofPattern("yyyy/MM/dd")) + "/" + callId + ".wav", c[1]);
            assertTrue(Set.of("IN", "OUT").contains(c[3]));
            assertTrue(c[3].equals("IN") ? c[5].equals("96195") : c[4].equals("96195"), line);
            assertTrue(Set.of("TV", "HD", "BB").contains(c[6]), c[6]);
            long secs = Long.parseLong(c[9]);
            assertEquals(start.plusSeconds(secs), LocalDateTime.parse(c[8], TIME));
            assertTrue(c[10].isEmpty() || c[10].matches("GD\\d{13}"), c[10]);
            assertTrue(c[11].isEmpty() || c[11].matches("[1-5]"), c[11]);

            Path audio = out.resolve(c[1]);
            AudioAnalysis a = AudioAnalyzer.analyze(audio);
            assertEquals(2, a.channels());
            assertEquals(8000, a.sampleRate());
            assertEquals(secs, a.decodedDurationSeconds(), 0.5 + 1e-9);
            Path transcript = audio.resolveSibling(callId + ".transcript.json");
            String json = Files.readString(transcript, StandardCharsets.UTF_8);
            assertTrue(json.startsWith("[") && json.contains("\"speaker\":\"AGENT\"") && json.contains("\"text\":"),
                    json);
            assertTrue(Files.exists(dir.resolve("truth-batch").resolve(callId + ".truth.json")));
        }
        try (Stream<Path> s = Files.walk(out)) {
            Set<String> names = s.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith(".wav") && !n.endsWith(".transcript.json")).collect(Collectors.toSet());
            assertEquals(Set.of("manifest.csv", ".done"), names, "nothing else in the batch");
        }
    }

    @Test
    void sameSeedSameBatchWhateverTheThreadCount() throws Exception {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        GenerateCalls.run(options(a, 1, "ulaw"), quiet);
        GenerateCalls.run(options(b, 2, "ulaw"), quiet);
        String manifest = Files.readString(a.resolve("manifest.csv"));
        assertEquals(manifest, Files.readString(b.resolve("manifest.csv")));
        for (String line : manifest.lines().skip(1).toList()) {
            String file = line.split(",")[1];
            assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)), file);
        }
        AudioAnalysis x = AudioAnalyzer.analyze(a.resolve(manifest.lines().skip(1).findFirst().orElseThrow()
                .split(",")[1]));
        assertEquals("pcm_mulaw", x.codec());
    }

    @Test
    void badArguments() {
        assertThrows(IllegalArgumentException.class, () -> GenerateCalls.parse(new String[]{"--out", "x"}));
        assertThrows(IllegalArgumentException.class, () -> GenerateCalls.parse(new String[]{"--out", "x", "--count",
                "1", "--seed", "1", "--format", "ogg"}));
        assertThrows(IllegalArgumentException.class, () -> GenerateCalls.parse(new String[]{"--out", "x", "--count",
                "1", "--seed", "1", "--bogus", "1"}));
    }
}
