package org.qualitywatch.system.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.qualitywatch.identity.application.SecuritySettings;
import org.qualitywatch.identity.infrastructure.JpaLoginSessionRepository;
import org.qualitywatch.platform.Platform;
import org.qualitywatch.platform.persistence.SchemaMigrator;

import java.time.Instant;

/**
 * Migrates the web module's schema (after the recording module's, whose API it uses) and creates
 * the first accounts when the application deploys.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // Flyway manages its own transactions
@DependsOn("recording-indexer.jar#RecordingModuleStartup")
public class WebModuleStartup {

    @Inject
    Platform platform;

    @Inject
    AccountBootstrap accounts;

    @Inject
    DemoAgents demoAgents;

    @Inject
    DemoWorkOrders demoWorkOrders;

    @Inject
    DemoSamplingPlans demoSamplingPlans;

    @Inject
    JpaLoginSessionRepository sessions;

    @PostConstruct
    void start() {
        platform.start();
        SchemaMigrator.migrate(platform.dataSource(), "qw", "db/qw", WebModuleStartup.class.getClassLoader());
        accounts.run();
        String demo = org.qualitywatch.platform.config.Settings.system().get("qw.demo", "off");
        if (!"off".equals(demo)) {
            demoAgents.load();
        }
        if ("full".equals(demo)) {
            demoWorkOrders.loadInBackground();
            demoSamplingPlans.load();
        }
    }

    /** Every node may run this; deleting expired sessions twice is harmless. */
    @Schedule(minute = "*/15", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void removeExpiredSessions() {
        sessions.removeExpired(Instant.now(), SecuritySettings.fromEnvironment().sessionIdleTimeout());
    }
}
