package org.qualitywatch.recording.tools.generator;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameRecorder;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes interleaved 16-bit audio as PCM WAV, G.711 µ-law WAV or MP3 (libmp3lame through JavaCV). */
public final class AudioWriter {

    private AudioWriter() {
    }

    /** 16-bit little-endian PCM WAV (44-byte canonical header). */
    public static void writePcm16Wav(Path file, short[] interleaved, int channels, int sampleRate) throws IOException {
        long dataBytes = interleaved.length * 2L;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(riffHeader(1, channels, sampleRate, 16, dataBytes, -1));
            ByteBuffer b = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
            for (short s : interleaved) {
                if (!b.hasRemaining()) {
                    out.write(b.array(), 0, b.position());
                    b.clear();
                }
                b.putShort(s);
            }
            out.write(b.array(), 0, b.position());
        }
    }

    /** G.711 µ-law WAV (format tag 7, with a fact chunk), as telephone recorders write it. */
    public static void writeMulawWav(Path file, short[] interleaved, int channels, int sampleRate) throws IOException {
        byte[] data = new byte[interleaved.length];
        for (int i = 0; i < data.length; i++) {
            data[i] = linearToMulaw(interleaved[i]);
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(riffHeader(7, channels, sampleRate, 8, data.length, interleaved.length / channels));
            out.write(data);
        }
    }

    /** MP3 (libmp3lame, constant bit rate, LAME quality 7) at the input sample rate. */
    public static void writeMp3(Path file, short[] interleaved, int channels, int sampleRate, int bitRate)
            throws IOException {
        if (avutil.av_log_get_level() > avutil.AV_LOG_WARNING) {
            avutil.av_log_set_level(avutil.AV_LOG_WARNING); // no per-file "Output #0 ..." dump on the console
        }
        FFmpegFrameRecorder r = new FFmpegFrameRecorder(file.toFile(), channels);
        try {
            r.setFormat("mp3");
            r.setAudioCodec(avcodec.AV_CODEC_ID_MP3);
            r.setSampleRate(sampleRate);
            r.setAudioChannels(channels);
            r.setAudioBitrate(bitRate);
            r.setAudioOption("compression_level", "7"); // LAME -q 7: ~1.8x faster than the default, fine for 8 kHz
            r.start();
            int chunk = sampleRate * channels; // one second
            ShortBuffer buf = ByteBuffer.allocateDirect(chunk * 2).order(ByteOrder.nativeOrder()).asShortBuffer();
            for (int off = 0; off < interleaved.length; off += chunk) {
                int n = Math.min(chunk, interleaved.length - off);
                buf.clear();
                buf.put(interleaved, off, n);
                buf.flip();
                r.recordSamples(sampleRate, channels, buf);
            }
            r.stop();
        } catch (FrameRecorder.Exception e) {
            throw new IOException("MP3 encoding of " + file + " failed: " + e.getMessage(), e);
        } finally {
            try {
                r.release();
            } catch (FrameRecorder.Exception e) {
                // already reported or harmless
            }
        }
    }

    private static byte[] riffHeader(int formatTag, int channels, int rate, int bits, long dataBytes,
                                     long factSamples) {
        boolean fact = factSamples >= 0;
        int fmtSize = fact ? 18 : 16;
        int headerSize = 12 + 8 + fmtSize + (fact ? 12 : 0) + 8;
        ByteBuffer b = ByteBuffer.allocate(headerSize).order(ByteOrder.LITTLE_ENDIAN);
        int blockAlign = channels * bits / 8;
        b.put("RIFF".getBytes()).putInt((int) (headerSize - 8 + dataBytes + (dataBytes & 1))).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(fmtSize).putShort((short) formatTag).putShort((short) channels)
                .putInt(rate).putInt(rate * blockAlign).putShort((short) blockAlign).putShort((short) bits);
        if (fact) {
            b.putShort((short) 0);
            b.put("fact".getBytes()).putInt(4).putInt((int) factSamples);
        }
        b.put("data".getBytes()).putInt((int) dataBytes);
        return b.array();
    }

    /** ITU-T G.711 µ-law encoding of one 16-bit sample. */
    static byte linearToMulaw(int pcm) {
        final int bias = 0x84;
        final int clip = 32635;
        int sign = (pcm >> 8) & 0x80;
        if (sign != 0) {
            pcm = -pcm;
        }
        if (pcm > clip) {
            pcm = clip;
        }
        pcm += bias;
        int exponent = 7;
        for (int mask = 0x4000; (pcm & mask) == 0 && exponent > 0; mask >>= 1) {
            exponent--;
        }
        int mantissa = (pcm >> (exponent + 3)) & 0x0F;
        return (byte) ~(sign | (exponent << 4) | mantissa);
    }
}
