package org.qualitywatch.recording.analysis;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.FrameRecorder;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * Makes a browser-playable copy of a recording.
 * <p>
 * MP3 (libmp3lame) keeps the channel count (a stereo call stays agent-left / customer-right in the player; more
 * than two channels are mixed down to two). Telephone audio at 8 kHz would be MPEG-2.5 layer III, which browsers do
 * not reliably play, so rates up to 16 kHz are resampled to 16 kHz (MPEG-2 layer III, which Chromium plays) and
 * anything above to 24 kHz (still MPEG-2; call audio has nothing above 12 kHz). Constant bit rate: 32 kbps mono,
 * 48 kbps stereo — transparent for telephone speech, about 360 KB per stereo minute.
 * <p>
 * Written to a hidden temporary file in the target directory and then moved into place atomically, so a
 * concurrent reader sees either no file or the whole file, never a half-written one.
 */
public final class AudioTranscoder {

    private static final System.Logger LOG = System.getLogger(AudioTranscoder.class.getName());

    private AudioTranscoder() {
    }

    /**
     * Transcodes {@code in} to a browser-playable MP3 at {@code out} (replacing it).
     *
     * @return duration of the encoded audio in seconds
     * @throws UnreadableAudioException {@code in} is empty or not decodable audio
     * @throws IOException              reading or writing failed
     */
    public static double toBrowserMp3(Path in, Path out) throws IOException, UnreadableAudioException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        String name = in.getFileName() == null ? in.toString() : in.getFileName().toString();
        if (Files.size(in) == 0) {
            throw new UnreadableAudioException(UnreadableAudioException.Reason.EMPTY_FILE, name + " is empty");
        }
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + out.getFileName() + ".", ".part");
        boolean done = false;
        FFmpegFrameGrabber g = FfmpegSupport.grabber(in, WavHeader.read(in) != null);
        try {
            try {
                g.start();
            } catch (FrameGrabber.Exception e) {
                throw new UnreadableAudioException(UnreadableAudioException.Reason.NOT_AUDIO,
                        name + " is not an audio file FFmpeg can open (" + FfmpegSupport.describe(e) + ")", e);
            }
            int inChannels = g.getAudioChannels();
            int inRate = g.getSampleRate();
            if (inChannels <= 0 || inRate <= 0) {
                throw new UnreadableAudioException(UnreadableAudioException.Reason.NOT_AUDIO,
                        name + " has no audio stream");
            }
            int channels = Math.min(inChannels, 2);
            int rate = inRate <= 16_000 ? 16_000 : 24_000;

            long written = 0;
            FFmpegFrameRecorder r = new FFmpegFrameRecorder(tmp.toFile(), channels);
            try {
                r.setFormat("mp3");
                r.setAudioCodec(avcodec.AV_CODEC_ID_MP3);
                r.setSampleRate(rate);
                r.setAudioChannels(channels);
                r.setAudioBitrate(channels == 1 ? 32_000 : 48_000);
                r.setAudioOption("compression_level", "5"); // LAME -q 5: ~25 % faster than the default 3, same for speech
                r.start();
                Frame f;
                while ((f = g.grabSamples()) != null) {
                    if (f.samples == null || f.samples.length == 0) {
                        continue;
                    }
                    written += f.samples[0].remaining() / (f.samples.length == 1 ? inChannels : 1);
                    r.record(f); // the recorder's resampler converts rate, layout and sample format
                }
                r.stop();
            } finally {
                r.release();
            }
            if (written == 0) {
                throw new UnreadableAudioException(UnreadableAudioException.Reason.NO_AUDIO_SAMPLES,
                        name + " contains no audio samples");
            }
            try {
                Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // same directory, so this only happens on exotic file systems
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
            return (double) written / inRate;
        } catch (FrameGrabber.Exception | FrameRecorder.Exception e) {
            throw new IOException("Transcoding " + name + " to MP3 failed: " + FfmpegSupport.describe(e), e);
        } finally {
            try {
                g.close();
            } catch (FrameGrabber.Exception e) {
                LOG.log(System.Logger.Level.DEBUG, "closing the decoder of " + name, e);
            }
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
