package org.qualitywatch.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.qualitywatch.platform.persistence.SchemaMigrator;
import org.qualitywatch.platform.search.OutboxDrainer;
import org.qualitywatch.platform.search.SearchOutbox;

import javax.sql.DataSource;

/**
 * Starts the shared ground once per node: migrates the {@code platform} schema and starts the
 * search outbox drainer. Every module's start-up calls {@link #start()}; the first call does the
 * work, so module start-up order does not matter.
 */
@ApplicationScoped
public class Platform {

    @Resource(lookup = SearchOutbox.DATASOURCE)
    DataSource dataSource;

    @Inject
    OutboxDrainer drainer;

    private boolean started;

    public synchronized void start() {
        if (started) {
            return;
        }
        SchemaMigrator.migrate(dataSource, "platform", "db/platform", Platform.class.getClassLoader());
        drainer.start();
        started = true;
    }

    public DataSource dataSource() {
        return dataSource;
    }
}
