package org.qualitywatch.recording.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.qualitywatch.platform.config.Settings;
import org.qualitywatch.recording.analysis.AnalysisSettings;
import org.qualitywatch.recording.analysis.AudioAnalyzer;
import org.qualitywatch.recording.analysis.UnreadableAudioException;
import org.qualitywatch.recording.domain.AudioStore;
import org.qualitywatch.recording.domain.QuarantineCode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Analyses received recordings on every node: claims a batch (rows other nodes hold are skipped),
 * analyses them on as many threads as there are cores, and records each outcome. A node that dies
 * mid-analysis leaves its claims to expire; another pass takes them again.
 */
@ApplicationScoped
public class AnalysisPipeline {

    private static final Logger LOG = Logger.getLogger(AnalysisPipeline.class.getName());

    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
    ManagedScheduledExecutorService scheduler;

    @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
    ManagedExecutorService executor;

    @Inject
    AnalysisRecorder recorder;

    @Inject
    AudioStore store;

    private final RecordingSettings settings = RecordingSettings.fromEnvironment();
    private final AnalysisSettings analysisSettings =
            AnalysisSettings.from(key -> Settings.system().find(key).orElse(null));
    private ScheduledFuture<?> task;

    public synchronized void start() {
        if (task == null) {
            task = scheduler.scheduleWithFixedDelay(this::passSafely, 2, 1, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }

    public AnalysisSettings analysisSettings() {
        return analysisSettings;
    }

    private void passSafely() {
        try {
            List<AnalysisRecorder.Claim> claimed;
            do {
                claimed = recorder.claim(settings.analysisBatch(), settings.analysisLease());
                analyseAll(claimed);
            } while (claimed.size() == settings.analysisBatch());
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Analysis pass failed: " + e.getMessage(), e);
        }
    }

    private void analyseAll(List<AnalysisRecorder.Claim> claims) throws InterruptedException {
        int threads = Math.min(settings.analysisThreads(), claims.size());
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            workers.add(executor.submit(() -> {
                List<AnalysisRecorder.Outcome> outcomes = new ArrayList<>();
                for (int i = first; i < claims.size(); i += threads) {
                    outcomes.add(analyse(claims.get(i)));
                }
                record(outcomes);
            }));
        }
        for (Future<?> worker : workers) {
            try {
                worker.get();
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.log(Level.WARNING, "Analysis worker failed", e.getCause());
            }
        }
    }

    AnalysisRecorder.Outcome analyse(AnalysisRecorder.Claim claim) {
        try {
            Path file = store.localFile(claim.audioSha256());
            return new AnalysisRecorder.Analysed(claim.id(), AudioAnalyzer.analyze(file, analysisSettings));
        } catch (UnreadableAudioException e) {
            return new AnalysisRecorder.Unusable(claim.id(), QuarantineCode.valueOf(e.reason().name()), e.getMessage());
        } catch (Exception | LinkageError e) {
            // LinkageError: FFmpeg natives failed to load on this node; another attempt (or node) may succeed
            LOG.log(Level.WARNING, "Analysis of recording " + claim.id() + " failed; it will be retried", e);
            return new AnalysisRecorder.Failed(claim.id(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** One transaction for the batch; if it fails, each outcome on its own so one bad row cannot hold up the rest. */
    private void record(List<AnalysisRecorder.Outcome> outcomes) {
        try {
            recorder.recordAll(outcomes, settings.maxAttempts());
        } catch (RuntimeException batchFailure) {
            LOG.log(Level.WARNING, "Recording " + outcomes.size() + " analysis outcomes together failed; one by one", batchFailure);
            for (AnalysisRecorder.Outcome outcome : outcomes) {
                try {
                    recorder.recordAll(List.of(outcome), settings.maxAttempts());
                } catch (RuntimeException e) {
                    // the claim lease expires and the recording is analysed again
                    LOG.log(Level.WARNING, "Could not record the analysis of recording " + outcome.id(), e);
                }
            }
        }
    }
}
