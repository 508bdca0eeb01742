package org.qualitywatch.recording.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The per-sample part of the analysis: fed interleaved 16-bit blocks as they decode, it keeps per-frame speech
 * flags, speech energy, peaks, clipping counts and waveform buckets. No allocation per block except the rare
 * growth of the flag and peak arrays. {@link #finish} then runs the cheap per-frame pass (hangover, silence, dead
 * air, cross-talk) over the flags.
 */
final class SignalScanner {

    /** {@code |s| >= 32767 * 0.999} (= 32734.2) or {@code s == -32768}. */
    static final int CLIP_ABS = 32735;
    static final double FLOOR_DBFS = -120.0;
    static final int MAX_CHANNELS = 8;

    private final int channels;
    private final int sampleRate;
    private final int frameLen;
    private final int peaksPerSecond;
    private final double speechPowerPerSample;

    private final long[] frameSumSq;
    private int frameFill;
    private final double[] speechSumSq;
    private final long[] speechSamples;
    private final int[] maxAbs;
    private final long[] clipped;
    private final int[] bucketMax;

    private byte[] flags;
    private int frameCount;
    private byte[][] peaks;
    private int bucketCount;
    private long nextBucketEnd;
    private long samples;

    SignalScanner(int channels, int sampleRate, AnalysisSettings s, double expectedSeconds) {
        if (channels < 1 || channels > MAX_CHANNELS) {
            throw new IllegalArgumentException("channels: " + channels);
        }
        this.channels = channels;
        this.sampleRate = sampleRate;
        this.frameLen = Math.max(1, (int) Math.round(sampleRate * s.frameMillis() / 1000.0));
        this.peaksPerSecond = s.peaksPerSecond();
        double amp = 32768.0 * Math.pow(10, s.speechThresholdDbfs() / 20.0);
        this.speechPowerPerSample = amp * amp;
        frameSumSq = new long[channels];
        speechSumSq = new double[channels];
        speechSamples = new long[channels];
        maxAbs = new int[channels];
        clipped = new long[channels];
        bucketMax = new int[channels];
        double expected = Math.min(Math.max(expectedSeconds, 1.0), 4 * 3600.0) * 1.05 + 1;
        flags = new byte[(int) Math.min(Integer.MAX_VALUE - 8, expected * sampleRate / frameLen)];
        peaks = new byte[channels][(int) Math.min(Integer.MAX_VALUE - 8, expected * peaksPerSecond)];
        nextBucketEnd = bucketEnd(0);
    }

    long samples() {
        return samples;
    }

    /** Consumes {@code count} sample frames of interleaved 16-bit audio from {@code buf}. */
    void accept(short[] buf, int count) {
        int off = 0;
        while (off < count) {
            int seg = (int) Math.min(Math.min(count - off, frameLen - frameFill), nextBucketEnd - samples);
            if (seg > 0) {
                switch (channels) {
                    case 1 -> mono(buf, off, off + seg);
                    case 2 -> stereo(buf, off, off + seg);
                    default -> generic(buf, off, off + seg);
                }
                off += seg;
                frameFill += seg;
                samples += seg;
                if (frameFill == frameLen) {
                    endFrame();
                }
            }
            if (samples == nextBucketEnd) {
                endBucket();
            }
        }
    }

    private void mono(short[] buf, int from, int to) {
        long ss = 0;
        int mx = 0;
        for (int i = from; i < to; i++) {
            int v = buf[i];
            ss += v * v;
            mx = Math.max(mx, Math.abs(v));
        }
        collect(0, ss, mx, buf, from, to);
    }

    private void stereo(short[] buf, int from, int to) {
        long ssL = 0, ssR = 0;
        int mxL = 0, mxR = 0;
        for (int i = from << 1, end = to << 1; i < end; i += 2) {
            int l = buf[i];
            int r = buf[i + 1];
            ssL += l * l;
            ssR += r * r;
            mxL = Math.max(mxL, Math.abs(l));
            mxR = Math.max(mxR, Math.abs(r));
        }
        collect(0, ssL, mxL, buf, from, to);
        collect(1, ssR, mxR, buf, from, to);
    }

    private void generic(short[] buf, int from, int to) {
        int n = channels;
        for (int c = 0; c < n; c++) {
            long ss = 0;
            int mx = 0;
            for (int i = from * n + c, end = to * n; i < end; i += n) {
                int v = buf[i];
                ss += v * v;
                mx = Math.max(mx, Math.abs(v));
            }
            collect(c, ss, mx, buf, from, to);
        }
    }

    private void collect(int c, long ss, int mx, short[] buf, int from, int to) {
        frameSumSq[c] += ss;
        if (mx > bucketMax[c]) {
            bucketMax[c] = mx;
        }
        if (mx >= CLIP_ABS) { // rare: count the clipped samples of this block only now
            long k = 0;
            for (int i = from * channels + c, end = to * channels; i < end; i += channels) {
                if (Math.abs(buf[i]) >= CLIP_ABS) {
                    k++;
                }
            }
            clipped[c] += k;
        }
    }

    private void endFrame() {
        int bits = 0;
        double limit = speechPowerPerSample * frameFill;
        for (int c = 0; c < channels; c++) {
            long ss = frameSumSq[c];
            if (ss > limit) {
                bits |= 1 << c;
                speechSumSq[c] += ss;
                speechSamples[c] += frameFill;
            }
            frameSumSq[c] = 0;
        }
        if (frameCount == flags.length) {
            flags = Arrays.copyOf(flags, (int) Math.min(Integer.MAX_VALUE - 8, flags.length * 3L / 2 + 64));
        }
        flags[frameCount++] = (byte) bits;
        frameFill = 0;
    }

    private void endBucket() {
        if (bucketCount == peaks[0].length) {
            int len = (int) Math.min(Integer.MAX_VALUE - 8, peaks[0].length * 3L / 2 + 64);
            for (int c = 0; c < channels; c++) {
                peaks[c] = Arrays.copyOf(peaks[c], len);
            }
        }
        for (int c = 0; c < channels; c++) {
            int mx = bucketMax[c];
            if (mx > maxAbs[c]) {
                maxAbs[c] = mx;
            }
            peaks[c][bucketCount] = (byte) ((mx * 127 + 16384) >> 15);
            bucketMax[c] = 0;
        }
        bucketCount++;
        nextBucketEnd = bucketEnd(bucketCount);
    }

    private long bucketEnd(int bucket) {
        return (bucket + 1L) * sampleRate / peaksPerSecond;
    }

    /** Everything the analyzer reports about the signal. */
    record Result(long samples, double durationSeconds, double[] talkSeconds, double[] levelDbfs, double[] peakDbfs,
                  double[] clippingRatio, double silenceSeconds, List<AudioAnalysis.Segment> deadAir,
                  List<AudioAnalysis.Segment> crossTalk, double crossTalkSeconds, List<byte[]> peaks) {
    }

    /**
     * Closes the last partial frame and bucket and derives the per-frame figures.
     *
     * @param crossTalkChannels {@code true} to look for both-speaking runs between channels 0 and 1
     */
    Result finish(AnalysisSettings s, boolean crossTalkChannels) {
        if (frameFill > 0) {
            endFrame();
        }
        long bucketStart = bucketCount == 0 ? 0 : bucketEnd(bucketCount - 1);
        if (samples > bucketStart) {
            endBucket(); // the last, partial bucket
        }
        double sr = sampleRate;
        int n = frameCount;
        int hang = s.hangoverMillis() / s.frameMillis();

        // hangover: a pause of up to `hang` frames between two speech frames of a channel is speech
        byte[] sm = Arrays.copyOf(flags, n);
        for (int c = 0; c < channels; c++) {
            int bit = 1 << c;
            int last = -1;
            for (int i = 0; i < n; i++) {
                if ((flags[i] & bit) != 0) {
                    if (last >= 0 && i - last > 1 && i - last - 1 <= hang) {
                        for (int j = last + 1; j < i; j++) {
                            sm[j] |= (byte) bit;
                        }
                    }
                    last = i;
                }
            }
        }

        long[] talkSamples = new long[channels];
        long silenceSamples = 0;
        long minDeadAir = (long) Math.ceil(s.deadAirMinSeconds() * sr - 1e-9);
        long minCross = (long) Math.ceil(s.crossTalkMinMillis() * sr / 1000.0 - 1e-9);
        List<AudioAnalysis.Segment> dead = new ArrayList<>();
        List<AudioAnalysis.Segment> cross = new ArrayList<>();
        long crossSamples = 0;
        long silenceStart = -1, crossStart = -1;
        for (int i = 0; i <= n; i++) {
            long start = (long) i * frameLen;
            long end = Math.min(start + frameLen, samples);
            int f = i < n ? sm[i] : -1;
            if (i < n) {
                for (int c = 0; c < channels; c++) {
                    if ((f & (1 << c)) != 0) {
                        talkSamples[c] += end - start;
                    }
                }
            }
            boolean silent = f == 0;
            if (silent) {
                silenceSamples += end - start;
                if (silenceStart < 0) {
                    silenceStart = start;
                }
            } else if (silenceStart >= 0) {
                long len = Math.min(start, samples) - silenceStart;
                if (len >= minDeadAir) {
                    dead.add(new AudioAnalysis.Segment(silenceStart / sr, len / sr));
                }
                silenceStart = -1;
            }
            boolean both = crossTalkChannels && i < n && (f & 3) == 3;
            if (both) {
                if (crossStart < 0) {
                    crossStart = start;
                }
            } else if (crossStart >= 0) {
                long len = Math.min(start, samples) - crossStart;
                if (len >= minCross && len > 0) {
                    cross.add(new AudioAnalysis.Segment(crossStart / sr, len / sr));
                    crossSamples += len;
                }
                crossStart = -1;
            }
        }

        double[] talk = new double[channels];
        double[] level = new double[channels];
        double[] peak = new double[channels];
        double[] clip = new double[channels];
        List<byte[]> peakList = new ArrayList<>(channels);
        for (int c = 0; c < channels; c++) {
            talk[c] = talkSamples[c] / sr;
            level[c] = speechSamples[c] == 0 ? FLOOR_DBFS
                    : dbfs(Math.sqrt(speechSumSq[c] / speechSamples[c]));
            peak[c] = maxAbs[c] == 0 ? FLOOR_DBFS : dbfs(maxAbs[c]);
            clip[c] = samples == 0 ? 0 : (double) clipped[c] / samples;
            peakList.add(Arrays.copyOf(peaks[c], bucketCount));
        }
        return new Result(samples, samples / sr, talk, level, peak, clip, silenceSamples / sr, dead, cross,
                crossSamples / sr, peakList);
    }

    static double dbfs(double amplitude) {
        if (amplitude <= 0) {
            return FLOOR_DBFS;
        }
        return Math.max(FLOOR_DBFS, 20 * Math.log10(amplitude / 32768.0));
    }
}
