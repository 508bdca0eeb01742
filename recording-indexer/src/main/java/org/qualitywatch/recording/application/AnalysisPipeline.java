package org.qualitywatch.recording.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.qualitywatch.platform.config.Settings;
import org.qualitywatch.recording.analysis.AnalysisSettings;
import org.qualitywatch.recording.analysis.AudioAnalysis;
import org.qualitywatch.recording.analysis.AudioAnalyzer;
import org.qualitywatch.recording.analysis.UnreadableAudioException;
import org.qualitywatch.recording.domain.AudioStore;
import org.qualitywatch.recording.domain.QuarantineCode;
import org.qualitywatch.recording.domain.Recording;

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
            List<Long> claimed;
            do {
                claimed = recorder.claim(settings.analysisBatch(), settings.analysisLease());
                analyseAll(claimed);
            } while (claimed.size() == settings.analysisBatch());
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Analysis pass failed: " + e.getMessage(), e);
        }
    }

    private void analyseAll(List<Long> ids) throws InterruptedException {
        int threads = Math.min(settings.analysisThreads(), ids.size());
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            workers.add(executor.submit(() -> {
                for (int i = first; i < ids.size(); i += threads) {
                    analyse(ids.get(i));
                }
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

    void analyse(long id) {
        try {
            Recording recording = recorder.load(id).orElse(null);
            if (recording == null || !recording.hasAudio()) {
                return;
            }
            Path file = store.localFile(recording.audioSha256());
            AudioAnalysis analysis = AudioAnalyzer.analyze(file, analysisSettings);
            recorder.analysed(id, analysis);
        } catch (UnreadableAudioException e) {
            recorder.unusable(id, QuarantineCode.valueOf(e.reason().name()), e.getMessage());
        } catch (Exception | LinkageError e) {
            // LinkageError: FFmpeg natives failed to load on this node; another attempt (or node) may succeed
            LOG.log(Level.WARNING, "Analysis of recording " + id + " failed; it will be retried", e);
            recorder.failed(id, e.getClass().getSimpleName() + ": " + e.getMessage(), settings.maxAttempts());
        }
    }
}
