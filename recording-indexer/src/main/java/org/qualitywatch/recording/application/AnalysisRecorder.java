package org.qualitywatch.recording.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.qualitywatch.recording.analysis.AudioAnalysis;
import org.qualitywatch.recording.domain.AnalysisSummary;
import org.qualitywatch.recording.domain.QuarantineCode;
import org.qualitywatch.recording.domain.Recording;
import org.qualitywatch.recording.domain.RecordingRepository;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The transactional steps of analysis: claim, and record the outcome with its search document. */
@ApplicationScoped
public class AnalysisRecorder {

    @Inject
    RecordingRepository recordings;

    @Inject
    RecordingDocuments documents;

    /** A claimed recording: what analysis needs to find its audio. */
    public record Claim(long id, String audioSha256) {
    }

    /** What analysing one recording came to, recorded later together with others. */
    public sealed interface Outcome permits Analysed, Unusable, Failed {
        long id();
    }

    public record Analysed(long id, AudioAnalysis analysis) implements Outcome {
    }

    public record Unusable(long id, QuarantineCode code, String reason) implements Outcome {
    }

    public record Failed(long id, String error) implements Outcome {
    }

    @Transactional
    public List<Claim> claim(int limit, Duration lease) {
        List<Long> ids = recordings.claimForAnalysis(limit, Instant.now(), lease);
        return recordings.findAll(ids).stream().map(r -> new Claim(r.id(), r.audioSha256())).toList();
    }

    /** Records a worker's outcomes in one transaction: one commit for several recordings. */
    @Transactional
    public void recordAll(List<Outcome> outcomes, int maxAttempts) {
        for (Outcome outcome : outcomes) {
            if (outcome instanceof Analysed a) {
                analysed(a.id(), a.analysis());
            } else if (outcome instanceof Unusable u) {
                unusable(u.id(), u.code(), u.reason());
            } else if (outcome instanceof Failed f) {
                failed(f.id(), f.error(), maxAttempts);
            }
        }
    }

    @Transactional
    public void analysed(long id, AudioAnalysis analysis) {
        Recording r = recordings.find(id).orElseThrow();
        Instant now = Instant.now();
        String summary = RecordingJson.write(summary(r, analysis));
        if (analysis.truncated()) {
            r.quarantine(QuarantineCode.TRUNCATED, String.format(java.util.Locale.ROOT,
                    "the file is cut short: %.1f s decode of %.1f s its header declares; ask the recording system to "
                            + "send it again (what arrived can still be played)",
                    analysis.decodedDurationSeconds(), analysis.declaredDurationSeconds()), summary, now);
        } else {
            r.analysed(summary, now);
        }
        AudioAnalysis.Waveform waveform = analysis.waveform();
        byte[] data = new byte[waveform.channelCount() * waveform.length()];
        for (int c = 0; c < waveform.channelCount(); c++) {
            System.arraycopy(waveform.channels().get(c), 0, data, c * waveform.length(), waveform.length());
        }
        recordings.savePeaks(id, waveform.peaksPerSecond(), waveform.channelCount(), data);
        documents.enqueue(List.of(r));
    }

    @Transactional
    public void unusable(long id, QuarantineCode code, String reason) {
        Recording r = recordings.find(id).orElseThrow();
        r.quarantine(code, reason, null, Instant.now());
        documents.enqueue(List.of(r));
    }

    /** A passing failure: try again later, or give up after {@code maxAttempts} with the last error. */
    @Transactional
    public void failed(long id, String error, int maxAttempts) {
        Recording r = recordings.find(id).orElseThrow();
        if (r.attempts() >= maxAttempts) {
            r.quarantine(QuarantineCode.ANALYSIS_FAILED, "analysis failed " + r.attempts() + " times; last error: "
                    + error, null, Instant.now());
            documents.enqueue(List.of(r));
        } else {
            r.retryLater(error, Instant.now().plus(Duration.ofSeconds(30L * r.attempts() * r.attempts())));
        }
    }

    static AnalysisSummary summary(Recording r, AudioAnalysis a) {
        return new AnalysisSummary(a.container(), a.codec(), a.channels(), a.sampleRate(),
                a.bitRate() == null ? null : a.bitRate().longValue(), r.audioSize() == null ? 0 : r.audioSize(),
                r.audioSha256(), round(a.decodedDurationSeconds()),
                a.declaredDurationSeconds() == null ? null : round(a.declaredDurationSeconds()), a.truncated(),
                a.channelStats().stream().map(c -> new AnalysisSummary.ChannelStats(c.role().name(),
                        round(c.talkSeconds()), round(c.talkRatio()), round(c.levelDbfs()), round(c.peakDbfs()),
                        c.clippingRatio())).toList(),
                a.speakerSplitKnown(), round(a.silenceSeconds()), round(a.maxDeadAirSeconds()),
                a.deadAir().stream().map(s -> new AnalysisSummary.Segment(round(s.startSeconds()),
                        round(s.lengthSeconds()))).toList(),
                a.crossTalk() == null ? null : new AnalysisSummary.CrossTalk(a.crossTalk().count(),
                        round(a.crossTalk().totalSeconds()), a.crossTalk().segments().stream()
                        .map(s -> new AnalysisSummary.Segment(round(s.startSeconds()), round(s.lengthSeconds())))
                        .toList()));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
