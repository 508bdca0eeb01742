package org.qualitywatch.recording.analysis;

import org.bytedeco.ffmpeg.avutil.LogCallback;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegLogCallback;
import org.bytedeco.javacv.FrameGrabber;

import java.nio.file.Path;

/**
 * One-time FFmpeg set-up shared by the analyzer and the transcoder: route FFmpeg's native log (which otherwise goes
 * straight to the process's stderr) into Java logging, and open grabbers the same way everywhere.
 * <p>
 * JavaCV's {@link FFmpegLogCallback#set()} routes native logs to JavaCPP's logger, which prints to
 * {@code System.err} unless {@code -Dorg.bytedeco.javacpp.logger=slf4j} is set, and logs FFmpeg errors at error
 * level. We install the same kind of callback but send it to {@link System.Logger} (in WildFly that reaches the
 * server log through JBoss LogManager) under the name {@value #LOGGER_NAME}, one level lower than FFmpeg's: a
 * broken input makes FFmpeg "error", but the analyzer turns that into an {@link UnreadableAudioException}, so it is
 * not an error of the server.
 */
final class FfmpegSupport {

    static final String LOGGER_NAME = "org.qualitywatch.recording.analysis.ffmpeg";
    private static final System.Logger LOG = System.getLogger(LOGGER_NAME);

    private static volatile boolean initialised;

    private FfmpegSupport() {
    }

    /** Idempotent; the first call loads the FFmpeg natives (~0.3 s). */
    static void init() {
        if (initialised) {
            return;
        }
        synchronized (FfmpegSupport.class) {
            if (initialised) {
                return;
            }
            avutil.av_log_set_level(avutil.AV_LOG_WARNING);
            avutil.setLogCallback(LogBridge.INSTANCE);
            initialised = true;
        }
    }

    /**
     * A grabber delivering interleaved signed 16-bit samples.
     *
     * @param riffWave the file is a RIFF/RF64 WAVE file (its header was parsed by {@link WavHeader})
     */
    static FFmpegFrameGrabber grabber(Path file, boolean riffWave) {
        init();
        FFmpegFrameGrabber g = new FFmpegFrameGrabber(file.toAbsolutePath().toString());
        g.setSampleMode(FrameGrabber.SampleMode.SHORT);
        g.setSampleFormat(avutil.AV_SAMPLE_FMT_S16);
        if (riffWave) {
            // The WAV demuxer hands out 4 KiB packets by default (1,024 stereo samples at 8 kHz); 64 KiB packets cut
            // FFmpeg's and JavaCV's per-packet overhead by an order of magnitude (5-min call: 10 ms -> 1.5 ms).
            // With big packets the default 5 MB probe would read (and SPDIF-scan) the whole file before the first
            // sample (~90 ms); a WAV header states everything, so probe 64 KiB only.
            g.setOption("max_size", "65536");
            g.setOption("probesize", "65536");
        }
        return g;
    }

    private static final java.util.regex.Pattern ERROR_CODE = java.util.regex.Pattern.compile("error (-?\\d+)");

    /**
     * FFmpeg's own words for a JavaCV exception ({@code "Invalid data found when processing input"}), without
     * JavaCV's developer hints ("Has setFormat() been called?").
     */
    static String describe(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        java.util.regex.Matcher c = ERROR_CODE.matcher(m);
        if (c.find()) {
            try {
                byte[] buf = new byte[256];
                avutil.av_strerror(Integer.parseInt(c.group(1)), buf, buf.length);
                int n = 0;
                while (n < buf.length && buf[n] != 0) {
                    n++;
                }
                String text = new String(buf, 0, n, java.nio.charset.StandardCharsets.UTF_8).strip();
                if (!text.isEmpty()) {
                    return text;
                }
            } catch (RuntimeException ignored) {
                // fall through to the trimmed message
            }
        }
        int hint = m.indexOf(" (Has setFormat");
        if (hint < 0) {
            hint = m.indexOf(" (For more details");
        }
        return hint > 0 ? m.substring(0, hint) : m;
    }

    /** Routes av_log lines to {@link System.Logger}. */
    static final class LogBridge extends LogCallback {
        static final LogBridge INSTANCE = new LogBridge();

        static {
            INSTANCE.retainReference();
        }

        @Override
        public void call(int level, BytePointer msg) {
            System.Logger.Level l;
            if (level <= avutil.AV_LOG_ERROR) {
                l = System.Logger.Level.WARNING;
            } else if (level <= avutil.AV_LOG_WARNING) {
                l = System.Logger.Level.INFO;
            } else if (level <= avutil.AV_LOG_INFO) {
                l = System.Logger.Level.DEBUG;
            } else {
                l = System.Logger.Level.TRACE;
            }
            if (LOG.isLoggable(l)) {
                String s = msg == null ? "" : msg.getString().stripTrailing();
                if (!s.isEmpty()) {
                    LOG.log(l, "ffmpeg: " + s);
                }
            }
        }
    }
}
