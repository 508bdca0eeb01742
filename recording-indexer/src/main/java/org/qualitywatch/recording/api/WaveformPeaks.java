package org.qualitywatch.recording.api;

import java.util.List;

/** Waveform of each channel, 0..1 per bucket, for the player to draw without decoding the audio. */
public record WaveformPeaks(int peaksPerSecond, double duration, List<float[]> channels) {
}
