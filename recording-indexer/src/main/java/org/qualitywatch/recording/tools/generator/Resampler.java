package org.qualitywatch.recording.tools.generator;

/**
 * Polyphase windowed-sinc sample-rate converter for 16-bit mono clips (espeak-ng's 22,050 Hz → 8 kHz telephone
 * rate). The rate ratio is reduced to L/M; one Blackman-windowed sinc kernel per output phase is precomputed, so the
 * conversion is a short dot product per output sample. The low-pass sits at 90 % of the lower Nyquist frequency
 * (3.6 kHz for 8 kHz output), which is what a telephone channel passes anyway.
 */
public final class Resampler {

    private static final int ZERO_CROSSINGS = 12;

    private final int inRate;
    private final int outRate;
    private final int up;
    private final int down;
    private final int taps;
    private final int half;
    private final float[][] kernels;

    public Resampler(int inRate, int outRate) {
        if (inRate <= 0 || outRate <= 0) {
            throw new IllegalArgumentException("rates must be positive");
        }
        this.inRate = inRate;
        this.outRate = outRate;
        int g = gcd(inRate, outRate);
        this.up = outRate / g;
        this.down = inRate / g;
        double cutoff = 0.45 * Math.min(inRate, outRate) / inRate; // cycles per input sample
        double halfWidth = ZERO_CROSSINGS / (2 * cutoff);           // input samples
        this.half = (int) Math.ceil(halfWidth);
        this.taps = 2 * half;
        this.kernels = new float[up][taps];
        for (int p = 0; p < up; p++) {
            double frac = (double) p / up;
            double sum = 0;
            double[] k = new double[taps];
            for (int t = 0; t < taps; t++) {
                double x = (t - half + 1) - frac;   // input index offset minus the fractional position
                double u = x / halfWidth;
                if (Math.abs(u) >= 1) {
                    continue;
                }
                double w = 0.42 + 0.5 * Math.cos(Math.PI * u) + 0.08 * Math.cos(2 * Math.PI * u);
                double arg = 2 * cutoff * x;
                double sinc = arg == 0 ? 1 : Math.sin(Math.PI * arg) / (Math.PI * arg);
                k[t] = 2 * cutoff * sinc * w;
                sum += k[t];
            }
            for (int t = 0; t < taps; t++) {
                kernels[p][t] = (float) (k[t] / sum); // unity gain at DC for every phase
            }
        }
    }

    public int inRate() {
        return inRate;
    }

    public int outRate() {
        return outRate;
    }

    public short[] resample(short[] in) {
        if (up == down) {
            return in.clone();
        }
        int outLen = (int) ((long) in.length * up / down);
        short[] out = new short[outLen];
        for (int n = 0; n < outLen; n++) {
            long pos = (long) n * down;
            int i0 = (int) (pos / up);
            int phase = (int) (pos % up);
            float[] k = kernels[phase];
            int first = i0 - half + 1;
            double acc = 0;
            if (first >= 0 && first + taps <= in.length) {
                for (int t = 0; t < taps; t++) {
                    acc += k[t] * in[first + t];
                }
            } else {
                for (int t = 0; t < taps; t++) {
                    int i = first + t;
                    if (i >= 0 && i < in.length) {
                        acc += k[t] * in[i];
                    }
                }
            }
            long v = Math.round(acc);
            out[n] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, v));
        }
        return out;
    }

    private static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
