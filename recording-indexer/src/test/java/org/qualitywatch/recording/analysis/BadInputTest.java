package org.qualitywatch.recording.analysis;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qualitywatch.recording.tools.generator.GeneratedCall;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.qualitywatch.recording.analysis.UnreadableAudioException.Reason;

/** Broken and unsuitable files give a reason and a message a person can act on; truncated files are flagged. */
class BadInputTest {

    @TempDir
    Path dir;

    static UnreadableAudioException refused(Path f, Reason reason) {
        return refused(f, reason, AnalysisSettings.defaults());
    }

    static UnreadableAudioException refused(Path f, Reason reason, AnalysisSettings s) {
        UnreadableAudioException e = assertThrows(UnreadableAudioException.class, () -> AudioAnalyzer.analyze(f, s));
        assertEquals(reason, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains(f.getFileName().toString()), "message names the file: " + e.getMessage());
        return e;
    }

    @Test
    void zeroByteFile() throws Exception {
        Path f = Files.createFile(dir.resolve("empty.wav"));
        assertTrue(refused(f, Reason.EMPTY_FILE).getMessage().contains("0 bytes"));
    }

    @Test
    void randomGarbage() throws Exception {
        byte[] b = new byte[64 * 1024];
        new Random(42).nextBytes(b);
        Path f = Files.write(dir.resolve("garbage.wav"), b);
        String m = refused(f, Reason.NOT_AUDIO).getMessage();
        assertFalse(m.contains("setFormat"), "no JavaCV hints in the message: " + m);
    }

    @Test
    void textRenamedToWav() throws Exception {
        Path f = Files.writeString(dir.resolve("notes.wav"), "这不是录音文件。This is a meeting note, not audio.\n",
                StandardCharsets.UTF_8);
        refused(f, Reason.NOT_AUDIO);
    }

    @Test
    void pngRenamedToWav() throws Exception {
        BufferedImage img = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
        img.setRGB(3, 3, 0xFF0000);
        Path f = dir.resolve("screenshot.wav");
        assertTrue(ImageIO.write(img, "png", f.toFile()));
        String m = refused(f, Reason.NOT_AUDIO).getMessage();
        assertTrue(m.contains("no audio stream"), m);
    }

    @Test
    void headerOnlyWav() throws Exception {
        byte[] wav = Files.readAllBytes(TestCalls.file(GeneratedCall.Format.WAV));
        ByteBuffer h = ByteBuffer.wrap(Arrays.copyOf(wav, 44)).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(4, 36).putInt(40, 0); // a recorder that wrote the header and no audio
        Path f = Files.write(dir.resolve("header-only.wav"), h.array());
        String m = refused(f, Reason.NO_AUDIO_SAMPLES).getMessage();
        assertTrue(m.contains("no audio"), m);
    }

    @Test
    void headerOnlyWavThatStillDeclaresData() throws Exception {
        byte[] wav = Files.readAllBytes(TestCalls.file(GeneratedCall.Format.WAV));
        Path f = Files.write(dir.resolve("header-claims-data.wav"), Arrays.copyOf(wav, 44));
        refused(f, Reason.NO_AUDIO_SAMPLES);
    }

    @Test
    void truncatedWavIsAnalysedAndFlagged() throws Exception {
        Path full = TestCalls.file(GeneratedCall.Format.WAV);
        byte[] wav = Files.readAllBytes(full);
        int half = 44 + ((wav.length - 44) / 2 / 4) * 4;
        Path f = Files.write(dir.resolve("cut.wav"), Arrays.copyOf(wav, half));
        double fullSeconds = (wav.length - 44) / 4 / 8000.0;

        AudioAnalysis a = AudioAnalyzer.analyze(f);
        assertTrue(a.truncated());
        assertEquals(fullSeconds, a.declaredDurationSeconds(), 1e-6, "declared = RIFF data size");
        assertEquals((half - 44) / 4 / 8000.0, a.decodedDurationSeconds(), 0.01, "decoded = what is there");
        assertEquals(fullSeconds / 2, a.missingSeconds(), 0.01);
        assertEquals((int) Math.ceil(a.decodedDurationSeconds() * 20), a.waveform().length());
    }

    @Test
    void slightlyShortWavIsNotTruncated() throws Exception {
        Path full = TestCalls.file(GeneratedCall.Format.WAV);
        byte[] wav = Files.readAllBytes(full);
        Path f = Files.write(dir.resolve("short-by-0.3s.wav"), Arrays.copyOf(wav, wav.length - 4 * 2400));
        AudioAnalysis a = AudioAnalyzer.analyze(f);
        assertFalse(a.truncated(), "0.3 s missing is under the 0.5 s floor");
        assertEquals(0.3, a.missingSeconds(), 0.001);
    }

    @Test
    void truncatedMp3IsFlaggedThroughItsXingHeader() throws Exception {
        byte[] mp3 = Files.readAllBytes(TestCalls.file(GeneratedCall.Format.MP3));
        Path f = Files.write(dir.resolve("cut.mp3"), Arrays.copyOf(mp3, mp3.length / 2));
        AudioAnalysis a = AudioAnalyzer.analyze(f);
        assertTrue(a.truncated(), "declared " + a.declaredDurationSeconds() + ", decoded "
                + a.decodedDurationSeconds());
        assertEquals(TestCalls.reference().durationSeconds(), a.declaredDurationSeconds(), 0.1);
    }

    @Test
    void streamingWavHeaderWithUnknownSize() throws Exception {
        byte[] wav = Files.readAllBytes(TestCalls.file(GeneratedCall.Format.WAV));
        ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN).putInt(4, -1).putInt(40, -1);
        Path f = Files.write(dir.resolve("streaming.wav"), wav);
        AudioAnalysis a = AudioAnalyzer.analyze(f);
        assertNull(a.declaredDurationSeconds(), "the header does not say");
        assertFalse(a.truncated());
        assertEquals(TestCalls.reference().durationSeconds(), a.decodedDurationSeconds(), 0.01);
        // nothing declared: the limit is enforced while decoding
        String m = refused(f, Reason.TOO_LONG, AnalysisSettings.defaults().withMaxDurationSeconds(20)).getMessage();
        assertTrue(m.contains("20.0 s"), m);
    }

    @Test
    void tooLong() throws Exception {
        Path f = TestCalls.file(GeneratedCall.Format.WAV);
        double seconds = TestCalls.reference().durationSeconds();
        String m = refused(f, Reason.TOO_LONG, AnalysisSettings.defaults().withMaxDurationSeconds(30)).getMessage();
        assertTrue(m.contains(String.format(java.util.Locale.ROOT, "%.1f s", seconds)), "gives the duration: " + m);
        assertTrue(m.contains("30.0 s"), "gives the limit: " + m);
        assertTrue(m.contains(AnalysisSettings.KEY_MAX_DURATION_SECONDS), m);
    }

    @Test
    void tooLongMp3() throws Exception {
        Path f = TestCalls.file(GeneratedCall.Format.MP3);
        refused(f, Reason.TOO_LONG, AnalysisSettings.defaults().withMaxDurationSeconds(60));
    }

    @Test
    void flacIsNotAcceptedByDefault() throws Exception {
        Path f = encode("music.flac", "flac", avcodec.AV_CODEC_ID_FLAC, avutil.AV_SAMPLE_FMT_S16);
        String m = refused(f, Reason.UNSUPPORTED_CODEC).getMessage();
        assertTrue(m.contains("'flac'"), "names the codec: " + m);
        assertTrue(m.contains("pcm_s16le") && m.contains("pcm_mulaw") && m.contains("mp3"), "lists accepted: " + m);
        // an operator can widen the list
        AudioAnalysis a = AudioAnalyzer.analyze(f, AnalysisSettings.from(k ->
                k.equals(AnalysisSettings.KEY_ALLOWED_CODECS) ? "pcm_s16le, flac" : null));
        assertEquals("flac", a.codec());
        assertEquals(3.0, a.decodedDurationSeconds(), 0.01);
    }

    @Test
    void floatWavIsNotAccepted() throws Exception {
        Path f = encode("float.wav", "wav", avcodec.AV_CODEC_ID_PCM_F32LE, avutil.AV_SAMPLE_FMT_FLT);
        String m = refused(f, Reason.UNSUPPORTED_CODEC).getMessage();
        assertTrue(m.contains("pcm_f32le"), m);
    }

    @Test
    void codecOutsideACustomListIsRefused() throws Exception {
        Path f = TestCalls.file(GeneratedCall.Format.MP3);
        refused(f, Reason.UNSUPPORTED_CODEC, AnalysisSettings.defaults().withAllowedCodecs(
                java.util.Set.of("pcm_s16le", "pcm_mulaw")));
    }

    @Test
    void missingFileIsAnIoProblemNotABadRecording() {
        assertThrows(NoSuchFileException.class, () -> AudioAnalyzer.analyze(dir.resolve("nope.wav")));
    }

    /** 3 s of a 440 Hz stereo tone at 8 kHz in a codec/container made with FFmpegFrameRecorder. */
    private Path encode(String name, String format, int codec, int sampleFormat) throws Exception {
        Path f = dir.resolve(name);
        FFmpegFrameRecorder r = new FFmpegFrameRecorder(f.toFile(), 2);
        r.setFormat(format);
        r.setAudioCodec(codec);
        r.setSampleRate(8000);
        r.setAudioChannels(2);
        r.setSampleFormat(sampleFormat);
        r.start();
        ShortBuffer b = ByteBuffer.allocateDirect(3 * 8000 * 2 * 2).order(ByteOrder.nativeOrder()).asShortBuffer();
        for (int i = 0; i < 3 * 8000; i++) {
            short v = (short) (8000 * Math.sin(2 * Math.PI * 440 * i / 8000.0));
            b.put(v).put(v);
        }
        b.flip();
        r.recordSamples(8000, 2, b);
        r.stop();
        r.release();
        return f;
    }
}
