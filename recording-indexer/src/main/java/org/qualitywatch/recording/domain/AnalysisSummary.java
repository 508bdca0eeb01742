package org.qualitywatch.recording.domain;

import java.util.List;

/**
 * What analysis found in a recording, as stored with it (JSON) and shown on its page. Waveform
 * peaks are stored apart, since only the player needs them.
 */
public record AnalysisSummary(String container, String codec, int channels, int sampleRate, Long bitRate,
                              long sizeBytes, String sha256, double durationSeconds,
                              Double declaredDurationSeconds, boolean truncated, List<ChannelStats> channelStats,
                              boolean speakerSplitKnown, double silenceSeconds, double maxDeadAirSeconds,
                              List<Segment> deadAir, CrossTalk crossTalk) {

    public record ChannelStats(String role, double talkSeconds, double talkRatio, double levelDbfs,
                               double peakDbfs, double clippingRatio) {
    }

    public record Segment(double start, double length) {
    }

    public record CrossTalk(int count, double seconds, List<Segment> segments) {
    }

    public double agentTalkRatio() {
        return channelStats.stream().filter(c -> c.role().equals("AGENT")).mapToDouble(ChannelStats::talkRatio)
                .findFirst().orElse(0);
    }
}
