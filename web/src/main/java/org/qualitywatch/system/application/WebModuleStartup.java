package org.qualitywatch.system.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.qualitywatch.scoring.application.Scorecards;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.qualitywatch.identity.application.SecuritySettings;
import org.qualitywatch.identity.infrastructure.JpaLoginSessionRepository;
import org.qualitywatch.platform.Platform;
import org.qualitywatch.platform.persistence.SchemaMigrator;
import org.qualitywatch.complaint.report.application.ComplaintDocuments;
import org.qualitywatch.complaint.report.application.DemoComplaints;
import org.qualitywatch.workorder.application.WorkOrderDocuments;
import org.qualitywatch.workorder.application.WorkOrderReindex;

import java.time.Instant;

/**
 * Migrates the web module's schema (after the recording module's, whose API it uses) and creates
 * the first accounts when the application deploys; declares the work-order search index.
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
    org.qualitywatch.supervision.application.ReportTemplates reportTemplates;

    @Inject
    DemoSupervision demoSupervision;

    @Inject
    Scorecards scorecards;

    @Inject
    DemoWorkOrders demoWorkOrders;

    @Inject
    DemoSamplingPlans demoSamplingPlans;

    @Inject
    JpaLoginSessionRepository sessions;

    @Inject
    WorkOrderDocuments workOrderDocuments;

    @Inject
    WorkOrderReindex workOrderReindex;

    @Inject
    ComplaintDocuments complaintDocuments;

    @Inject
    DemoComplaints demoComplaints;

    @jakarta.annotation.Resource(lookup = "java:jboss/ee/concurrency/executor/default")
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    @Inject
    org.qualitywatch.complaint.infrastructure.cityhotline.CityHotlineSimulator cityHotlineSimulator;

    @PostConstruct
    void start() {
        platform.start();
        SchemaMigrator.migrate(platform.dataSource(), "qw", "db/qw", WebModuleStartup.class.getClassLoader());
        workOrderDocuments.declareIndex();
        complaintDocuments.declareIndex();
        executor.submit(workOrderReindex::buildIfMissing);
        accounts.run();
        scorecards.ensureDefault();
        reportTemplates.ensureDefaults();
        String demo = org.qualitywatch.platform.config.Settings.system().get("qw.demo", "off");
        if (!"off".equals(demo)) {
            demoAgents.load();
            demoSupervision.rosterForDemoAccount();
        }
        if ("full".equals(demo)) {
            demoWorkOrders.loadInBackground();
            demoSamplingPlans.load();
            demoSupervision.loadYear();
            if (org.qualitywatch.complaint.infrastructure.cityhotline.CityHotlineSettings.simulatorsOn()) {
                cityHotlineSimulator.seedDemo();
            }
            demoComplaints.load();
        }
    }

    @Inject
    DemoEvaluations demoEvaluations;

    private volatile boolean demoEvaluationsPending = "full".equals(
            org.qualitywatch.platform.config.Settings.system().get("qw.demo", "off"));

    /** Demo only: the QA history is made once the generated demo calls are indexed. */
    @Schedule(second = "*/20", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void loadDemoEvaluations() {
        if (demoEvaluationsPending && demoEvaluations.loadWhenCallsAreIndexed()) {
            demoEvaluationsPending = false;
        }
    }

    /** Every node may run this; deleting expired sessions twice is harmless. */
    @Schedule(minute = "*/15", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void removeExpiredSessions() {
        sessions.removeExpired(Instant.now(), SecuritySettings.fromEnvironment().sessionIdleTimeout());
    }
}
