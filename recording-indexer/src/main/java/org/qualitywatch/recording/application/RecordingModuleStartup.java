package org.qualitywatch.recording.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.qualitywatch.platform.Platform;
import org.qualitywatch.platform.persistence.SchemaMigrator;

/** Brings the recording schema up to date when the module deploys. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // Flyway manages its own transactions
public class RecordingModuleStartup {

    @Inject
    Platform platform;

    @PostConstruct
    void start() {
        platform.start();
        SchemaMigrator.migrate(platform.dataSource(), "recording", "db/recording",
                RecordingModuleStartup.class.getClassLoader());
    }
}
