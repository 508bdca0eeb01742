package org.qualitywatch.recording.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.qualitywatch.platform.Platform;
import org.qualitywatch.platform.config.Settings;
import org.qualitywatch.platform.persistence.SchemaMigrator;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings the recording schema up to date when the module deploys, declares the recordings index,
 * and starts the analysis pipeline and the drop-folder scan on this node.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // Flyway manages its own transactions
public class RecordingModuleStartup {

    private static final Logger LOG = Logger.getLogger(RecordingModuleStartup.class.getName());

    @Inject
    Platform platform;

    @Inject
    RecordingDocuments documents;

    @Inject
    AnalysisPipeline analysis;

    @Inject
    DropFolder dropFolder;

    @Inject
    BackfillService backfills;

    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> dropScan;

    @PostConstruct
    void start() {
        platform.start();
        SchemaMigrator.migrate(platform.dataSource(), "recording", "db/recording",
                RecordingModuleStartup.class.getClassLoader());
        documents.declareIndex();
        analysis.start();
        backfills.resumeAbandoned();
        if (Settings.system().getBoolean("qw.drop.enabled", true)) {
            long pollMillis = Settings.system().getInt("qw.drop.poll-ms", 500);
            dropScan = scheduler.scheduleWithFixedDelay(this::scanDropFolder, 3000, pollMillis, TimeUnit.MILLISECONDS);
            LOG.info(() -> "Watching drop folder " + dropFolder.directory());
        }
    }

    @PreDestroy
    void stop() {
        if (dropScan != null) {
            dropScan.cancel(false);
        }
    }

    private void scanDropFolder() {
        try {
            dropFolder.scanOnce();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Drop-folder scan failed: " + e.getMessage(), e);
        }
    }
}
