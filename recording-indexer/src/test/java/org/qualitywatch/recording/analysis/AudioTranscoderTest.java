package org.qualitywatch.recording.analysis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qualitywatch.recording.tools.generator.GeneratedCall;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The browser MP3 plays back: it decodes again with the same length and channel count. */
class AudioTranscoderTest {

    @TempDir
    Path dir;

    @Test
    void stereoWavBecomes16kHzStereoMp3() throws Exception {
        Path in = TestCalls.file(GeneratedCall.Format.WAV);
        double inSeconds = AudioAnalyzer.analyze(in).decodedDurationSeconds();
        Path out = dir.resolve("play/call.mp3");
        double returned = AudioTranscoder.toBrowserMp3(in, out);
        assertEquals(inSeconds, returned, 0.2);

        AudioAnalysis back = AudioAnalyzer.analyze(out);
        assertEquals("mp3", back.container());
        assertEquals(2, back.channels(), "channels kept");
        assertEquals(16000, back.sampleRate(), "MPEG-2 layer III, which browsers play");
        assertEquals(inSeconds, back.decodedDurationSeconds(), 0.2);
        assertTrue(back.bitRate() != null && back.bitRate() >= 32_000 && back.bitRate() <= 48_000,
                "bit rate " + back.bitRate());
        // the speech is still where it was
        AudioAnalysis orig = AudioAnalyzer.analyze(in);
        assertEquals(orig.deadAir().size(), back.deadAir().size());
        assertEquals(orig.channel(ChannelRole.AGENT).talkSeconds(), back.channel(ChannelRole.AGENT).talkSeconds(),
                0.05 * orig.channel(ChannelRole.AGENT).talkSeconds());
        try (Stream<Path> s = Files.list(out.getParent())) {
            assertEquals(List.of(out), s.toList(), "no temporary file left behind");
        }
    }

    @Test
    void monoAndMuLawAndMp3Inputs() throws Exception {
        for (GeneratedCall.Format f : List.of(GeneratedCall.Format.MONO_WAV, GeneratedCall.Format.ULAW,
                GeneratedCall.Format.MP3)) {
            Path out = dir.resolve(f.name() + ".mp3");
            double d = AudioTranscoder.toBrowserMp3(TestCalls.file(f), out);
            AudioAnalysis back = AudioAnalyzer.analyze(out);
            assertEquals(f == GeneratedCall.Format.MONO_WAV ? 1 : 2, back.channels(), f.name());
            assertEquals(16000, back.sampleRate());
            assertEquals(TestCalls.reference().durationSeconds(), back.decodedDurationSeconds(), 0.2, f.name());
            assertEquals(d, back.decodedDurationSeconds(), 0.2);
        }
    }

    @Test
    void readersNeverSeeAHalfWrittenFile() throws Exception {
        Path in = TestCalls.file(GeneratedCall.Format.WAV);
        Path out = dir.resolve("shared.mp3");
        ExecutorService ex = Executors.newFixedThreadPool(2);
        try {
            List<Future<Double>> jobs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                jobs.add(ex.submit(() -> AudioTranscoder.toBrowserMp3(in, out)));
            }
            List<Long> seen = new ArrayList<>();
            while (!jobs.stream().allMatch(Future::isDone)) {
                if (Files.exists(out)) {
                    seen.add(Files.size(out));
                }
                Thread.sleep(2);
            }
            for (Future<Double> j : jobs) {
                j.get();
            }
            long size = Files.size(out);
            assertTrue(seen.stream().allMatch(s -> s == size), "only complete files were visible: " + seen);
            assertEquals(TestCalls.reference().durationSeconds(), AudioAnalyzer.analyze(out).decodedDurationSeconds(),
                    0.2);
            try (Stream<Path> s = Files.list(dir)) {
                assertEquals(List.of(out), s.toList(), "no temporary files left behind");
            }
        } finally {
            ex.shutdownNow();
        }
    }

    @Test
    void badInputIsRefusedAndLeavesNothing() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.wav"));
        UnreadableAudioException e = assertThrows(UnreadableAudioException.class,
                () -> AudioTranscoder.toBrowserMp3(empty, dir.resolve("x.mp3")));
        assertEquals(UnreadableAudioException.Reason.EMPTY_FILE, e.reason());
        Path text = Files.writeString(dir.resolve("text.wav"), "not audio at all, just some words\n");
        e = assertThrows(UnreadableAudioException.class, () -> AudioTranscoder.toBrowserMp3(text, dir.resolve("y.mp3")));
        assertEquals(UnreadableAudioException.Reason.NOT_AUDIO, e.reason());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(2, s.count(), "no output and no temporary file");
        }
    }
}
