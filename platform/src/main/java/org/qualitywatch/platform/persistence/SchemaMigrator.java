package org.qualitywatch.platform.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Applies one module's Flyway migrations to that module's own PostgreSQL schema, each schema with
 * its own history table, so bounded modules evolve their tables independently. Flyway takes a
 * PostgreSQL advisory lock, so several nodes starting together migrate once.
 */
public final class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    private SchemaMigrator() {
    }

    /**
     * @param schema   the schema the module owns (created if missing)
     * @param location classpath folder holding the module's {@code V*__*.sql} files and the
     *                 {@code migrations.idx} listing them
     * @param loader   class loader of the module that owns the scripts
     */
    public static MigrateResult migrate(DataSource dataSource, String schema, String location, ClassLoader loader) {
        MigrateResult result = Flyway.configure(loader)
                .dataSource(dataSource)
                .schemas(schema)
                .createSchemas(true)
                .resourceProvider(new IndexedResourceProvider(loader, location))
                .validateMigrationNaming(true)
                .load()
                .migrate();
        LOG.info(() -> "Schema " + schema + ": " + result.migrationsExecuted + " migration(s) applied, now at version "
                + result.targetSchemaVersion);
        return result;
    }
}
