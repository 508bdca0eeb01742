package org.qualitywatch.shared.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qualitywatch.platform.config.Settings;
import org.qualitywatch.platform.io.CsvReader;
import org.qualitywatch.platform.persistence.SqlValues;
import org.qualitywatch.shared.domain.DomainException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The background part of every file import (work orders, complaints): a job row in an import table
 * ({@code id, file_name, preset, status, total, processed, created, updated, unchanged, failed, errors,
 * actor, started_at, finished_at, last_error}), rows taken by {@code QW_IMPORT_WORKERS} (4) workers, each row
 * in its own transaction by the importer's {@link RowHandler}, progress saved twice a second and a per-row
 * error report. A bad row never blocks good rows. Rows with the same key (the source's number) go to the same
 * worker in file order, so the later one wins.
 */
@ApplicationScoped
public class RowImportJobs {

    private static final Logger LOG = Logger.getLogger(RowImportJobs.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final int MAX_REPORTED_ERRORS = 5000;

    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    /** Why a row (1-based line of the file, header = 1) was not taken; field and value when one is to blame. */
    public record RowError(int row, String field, String value, String message) {
    }

    public record ImportView(long id, String fileName, String preset, String status, Integer total, int processed,
                             int created, int updated, int unchanged, int failed, Instant startedAt, Instant finishedAt,
                             String lastError, List<RowError> errors) {
    }

    /** Takes one row in its own transaction; throws {@link RowRejected} (or any exception) to report it. */
    @FunctionalInterface
    public interface RowHandler {
        Outcome take(CsvReader.Row row);
    }

    /** A row that does not map; nothing of it is written. */
    public static final class RowRejected extends RuntimeException {
        private final transient List<RowError> errors;

        public RowRejected(List<RowError> errors) {
            super(errors.isEmpty() ? "rejected" : errors.get(0).message(), null, false, false);
            this.errors = List.copyOf(errors);
        }

        public List<RowError> errors() {
            return errors;
        }
    }

    /** Where one kind of import keeps its jobs: a table of the shape above, named here in code, never by a user. */
    public record JobTable(String name, String what) {
        public JobTable {
            if (!name.matches("[a-z_]+\\.[a-z_]+")) {
                throw new IllegalArgumentException("not a table name: " + name);
            }
        }
    }

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
    ManagedExecutorService executor;

    @Inject
    RowImportJobs self;

    /** Records the job and takes the rows in the background; answers the job as it is now. */
    public ImportView start(JobTable table, String fileName, String preset, CsvReader.Table rows,
                            Function<CsvReader.Row, String> key, RowHandler handler, String actor) {
        long id = self.create(table, fileName, preset, rows.rows().size(), actor);
        executor.submit(() -> run(table, id, rows.rows(), key, handler));
        return self.view(table, id);
    }

    /** Counters shared by the workers of one import. */
    private static final class Tally {
        final AtomicInteger created = new AtomicInteger();
        final AtomicInteger updated = new AtomicInteger();
        final AtomicInteger unchanged = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger processed = new AtomicInteger();
        final List<RowError> errors = Collections.synchronizedList(new ArrayList<>());
    }

    void run(JobTable table, long id, List<CsvReader.Row> rows, Function<CsvReader.Row, String> key,
             RowHandler handler) {
        Tally tally = new Tally();
        int workers = Math.max(1, Settings.system().getInt("qw.import.workers", 4));
        List<List<CsvReader.Row>> shares = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            shares.add(new ArrayList<>());
        }
        for (CsvReader.Row row : rows) {
            String k = key.apply(row);
            shares.get(Math.floorMod(k == null ? row.line() : k.hashCode(), workers)).add(row);
        }
        try {
            List<Future<?>> running = new ArrayList<>();
            for (List<CsvReader.Row> share : shares) {
                running.add(executor.submit(() -> share.forEach(row -> take(row, handler, tally))));
            }
            long lastSave = 0;
            for (Future<?> worker : running) {
                while (true) {
                    try {
                        worker.get(500, TimeUnit.MILLISECONDS);
                        break;
                    } catch (TimeoutException e) {
                        if (System.currentTimeMillis() - lastSave > 500) {
                            save(table, id, tally, "RUNNING", null);
                            lastSave = System.currentTimeMillis();
                        }
                    }
                }
            }
            save(table, id, tally, "DONE", null);
        } catch (Exception e) {
            LOG.log(Level.WARNING, table.what() + " import " + id + " failed", e);
            save(table, id, tally, "FAILED", rootMessage(e));
        }
    }

    private static void take(CsvReader.Row row, RowHandler handler, Tally tally) {
        try {
            switch (handler.take(row)) {
                case CREATED -> tally.created.incrementAndGet();
                case UPDATED -> tally.updated.incrementAndGet();
                case UNCHANGED -> tally.unchanged.incrementAndGet();
            }
        } catch (RowRejected e) {
            tally.failed.incrementAndGet();
            tally.errors.addAll(e.errors());
        } catch (RuntimeException e) {
            tally.failed.incrementAndGet();
            tally.errors.add(new RowError(row.line(), null, null, rootMessage(e)));
        }
        tally.processed.incrementAndGet();
    }

    private void save(JobTable table, long id, Tally tally, String status, String error) {
        List<RowError> errors;
        synchronized (tally.errors) {
            errors = new ArrayList<>(tally.errors);
        }
        errors.sort(Comparator.comparingInt(RowError::row));
        self.progress(table, id, tally.processed.get(), tally.created.get(), tally.updated.get(),
                tally.unchanged.get(), tally.failed.get(), errors, status, error);
    }

    @Transactional
    public long create(JobTable table, String fileName, String preset, int total, String actor) {
        return ((Number) em.createNativeQuery("insert into " + table.name() + " (file_name, preset, status, total, actor) "
                        + "values (?1, ?2, 'RUNNING', ?3, ?4) returning id")
                .setParameter(1, fileName).setParameter(2, preset).setParameter(3, total).setParameter(4, actor)
                .getSingleResult()).longValue();
    }

    @Transactional
    public void progress(JobTable table, long id, int processed, int created, int updated, int unchanged, int failed,
                         List<RowError> errors, String status, String lastError) {
        List<RowError> reported = errors.size() > MAX_REPORTED_ERRORS ? errors.subList(0, MAX_REPORTED_ERRORS) : errors;
        em.createNativeQuery("update " + table.name() + " set processed = ?1, created = ?2, updated = ?3, unchanged = ?4, "
                        + "failed = ?5, errors = cast(?6 as jsonb), status = ?7, last_error = ?8, "
                        + "finished_at = case when ?7 = 'RUNNING' then null else now() end where id = ?9")
                .setParameter(1, processed).setParameter(2, created).setParameter(3, updated).setParameter(4, unchanged)
                .setParameter(5, failed).setParameter(6, JSON.toJson(reported)).setParameter(7, status)
                .setParameter(8, lastError).setParameter(9, id).executeUpdate();
    }

    @Transactional
    public ImportView view(JobTable table, long id) {
        List<ImportView> found = views(table, "where id = ?1", id, true);
        if (found.isEmpty()) {
            throw DomainException.notFound("There is no " + table.what() + " import " + id + ".");
        }
        return found.get(0);
    }

    @Transactional
    public List<ImportView> recent(JobTable table) {
        return views(table, "order by id desc limit 50", null, false);
    }

    @SuppressWarnings("unchecked")
    private List<ImportView> views(JobTable table, String where, Long id, boolean withErrors) {
        var query = em.createNativeQuery("select id, file_name, preset, status, total, processed, created, updated, "
                + "unchanged, failed, started_at, finished_at, last_error, errors::text from " + table.name() + " " + where);
        if (id != null) {
            query.setParameter(1, id);
        }
        List<ImportView> views = new ArrayList<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            List<RowError> errors = withErrors ? List.of(JSON.fromJson((String) r[13], RowError[].class)) : List.of();
            views.add(new ImportView(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    r[4] == null ? null : ((Number) r[4]).intValue(), ((Number) r[5]).intValue(),
                    ((Number) r[6]).intValue(), ((Number) r[7]).intValue(), ((Number) r[8]).intValue(),
                    ((Number) r[9]).intValue(), SqlValues.instant(r[10]), SqlValues.instant(r[11]), (String) r[12], errors));
        }
        return views;
    }

    /** A 400 naming the field (file, preset) at fault. */
    public static DomainException invalid(String field, String message) {
        return new DomainException(DomainException.Kind.INVALID, message,
                List.of(new DomainException.FieldError(field, message)));
    }

    public static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
