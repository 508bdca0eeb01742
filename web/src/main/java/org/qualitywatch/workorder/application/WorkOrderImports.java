package org.qualitywatch.workorder.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import org.qualitywatch.platform.persistence.SqlValues;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qualitywatch.platform.config.Settings;
import org.qualitywatch.platform.io.CsvReader;
import org.qualitywatch.shared.domain.DomainException;
import org.qualitywatch.shared.infrastructure.SpreadsheetReader;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * File imports of work orders (CSV or XLSX exported by the call-center system). The file is read
 * and checked at once (unreadable files and missing columns are refused before anything is
 * written); rows are then taken in the background, each in its own transaction, with progress and
 * a per-row error report kept in {@code qw.work_order_import}. A bad row never blocks good rows.
 */
@ApplicationScoped
public class WorkOrderImports {

    private static final Logger LOG = Logger.getLogger(WorkOrderImports.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final int MAX_REPORTED_ERRORS = 5000;

    public record ImportView(long id, String fileName, String preset, String status, Integer total, int processed,
                             int created, int updated, int unchanged, int failed, Instant startedAt, Instant finishedAt,
                             String lastError, List<WorkOrderRowMapping.RowError> errors) {
    }

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
    ManagedExecutorService executor;

    @Inject
    WorkOrderIntake intake;

    @Inject
    WorkOrderImports self;

    private final ZoneId zone = ZoneId.of(Settings.system().get("qw.time-zone", "Asia/Shanghai"));

    public ImportView start(String fileName, byte[] content, String presetName, String actor) {
        WorkOrderRowMapping mapping;
        try {
            mapping = WorkOrderRowMapping.preset(presetName == null || presetName.isBlank() ? "callcenter" : presetName);
        } catch (IllegalArgumentException e) {
            throw invalid("preset", e.getMessage());
        }
        CsvReader.Table table;
        try {
            table = SpreadsheetReader.read(fileName, content);
        } catch (IOException e) {
            throw invalid("file", "The file cannot be read: " + e.getMessage());
        }
        List<String> missing = mapping.missingColumns(table.header());
        if (!missing.isEmpty()) {
            throw invalid("file", "The file lacks the column(s) " + missing + " that preset " + mapping.name()
                    + " needs. Its header is " + table.header() + ".");
        }
        long id = self.create(fileName, mapping.name(), table.rows().size(), actor);
        executor.submit(() -> run(id, table, mapping, actor));
        return self.view(id);
    }

    /** Counters shared by the workers of one import. */
    private static final class Tally {
        final java.util.concurrent.atomic.AtomicInteger created = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicInteger updated = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicInteger unchanged = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicInteger processed = new java.util.concurrent.atomic.AtomicInteger();
        final List<WorkOrderRowMapping.RowError> errors = java.util.Collections.synchronizedList(new ArrayList<>());
    }

    /**
     * Rows go to {@code QW_IMPORT_WORKERS} (4) workers by the hash of their order number, so two rows
     * of the same order are taken by one worker in file order and the later one wins.
     */
    void run(long id, CsvReader.Table table, WorkOrderRowMapping mapping, String actor) {
        Tally tally = new Tally();
        int workers = Math.max(1, Settings.system().getInt("qw.import.workers", 4));
        List<List<CsvReader.Row>> shares = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            shares.add(new ArrayList<>());
        }
        String numberColumn = mapping.numberColumn();
        for (CsvReader.Row row : table.rows()) {
            String number = row.get(numberColumn);
            shares.get(Math.floorMod(number == null ? row.line() : number.hashCode(), workers)).add(row);
        }
        try {
            List<java.util.concurrent.Future<?>> running = new ArrayList<>();
            for (List<CsvReader.Row> share : shares) {
                running.add(executor.submit(() -> share.forEach(row -> take(row, mapping, actor, tally))));
            }
            long lastSave = 0;
            for (java.util.concurrent.Future<?> worker : running) {
                while (true) {
                    try {
                        worker.get(500, java.util.concurrent.TimeUnit.MILLISECONDS);
                        break;
                    } catch (java.util.concurrent.TimeoutException e) {
                        if (System.currentTimeMillis() - lastSave > 500) {
                            save(id, tally, "RUNNING", null);
                            lastSave = System.currentTimeMillis();
                        }
                    }
                }
            }
            save(id, tally, "DONE", null);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Work-order import " + id + " failed", e);
            save(id, tally, "FAILED", rootMessage(e));
        }
    }

    private void take(CsvReader.Row row, WorkOrderRowMapping mapping, String actor, Tally tally) {
        WorkOrderRowMapping.MappedRow mapped = mapping.map(row, zone);
        if (!mapped.valid()) {
            tally.failed.incrementAndGet();
            tally.errors.addAll(mapped.errors());
        } else {
            try {
                switch (intake.take(mapped.facts(), mapped.progress(), mapped.contentHash(), actor).outcome()) {
                    case CREATED -> tally.created.incrementAndGet();
                    case UPDATED -> tally.updated.incrementAndGet();
                    case UNCHANGED -> tally.unchanged.incrementAndGet();
                }
            } catch (RuntimeException e) {
                tally.failed.incrementAndGet();
                tally.errors.add(new WorkOrderRowMapping.RowError(row.line(), null, null, rootMessage(e)));
            }
        }
        tally.processed.incrementAndGet();
    }

    private void save(long id, Tally tally, String status, String error) {
        List<WorkOrderRowMapping.RowError> errors;
        synchronized (tally.errors) {
            errors = new ArrayList<>(tally.errors);
        }
        errors.sort(java.util.Comparator.comparingInt(WorkOrderRowMapping.RowError::row));
        self.progress(id, tally.processed.get(), tally.created.get(), tally.updated.get(), tally.unchanged.get(),
                tally.failed.get(), errors, status, error);
    }

    @Transactional
    public long create(String fileName, String preset, int total, String actor) {
        return ((Number) em.createNativeQuery("insert into qw.work_order_import (file_name, preset, status, total, actor) "
                        + "values (?1, ?2, 'RUNNING', ?3, ?4) returning id")
                .setParameter(1, fileName).setParameter(2, preset).setParameter(3, total).setParameter(4, actor)
                .getSingleResult()).longValue();
    }

    @Transactional
    public void progress(long id, int processed, int created, int updated, int unchanged, int failed,
                         List<WorkOrderRowMapping.RowError> errors, String status, String lastError) {
        List<WorkOrderRowMapping.RowError> reported = errors.size() > MAX_REPORTED_ERRORS
                ? errors.subList(0, MAX_REPORTED_ERRORS) : errors;
        em.createNativeQuery("update qw.work_order_import set processed = ?1, created = ?2, updated = ?3, unchanged = ?4, "
                        + "failed = ?5, errors = cast(?6 as jsonb), status = ?7, last_error = ?8, "
                        + "finished_at = case when ?7 = 'RUNNING' then null else now() end where id = ?9")
                .setParameter(1, processed).setParameter(2, created).setParameter(3, updated).setParameter(4, unchanged)
                .setParameter(5, failed).setParameter(6, JSON.toJson(reported)).setParameter(7, status)
                .setParameter(8, lastError).setParameter(9, id).executeUpdate();
    }

    @Transactional
    public ImportView view(long id) {
        List<ImportView> found = views("where id = ?1", id, true);
        if (found.isEmpty()) {
            throw DomainException.notFound("There is no work-order import " + id + ".");
        }
        return found.get(0);
    }

    @Transactional
    public List<ImportView> recent() {
        return views("order by id desc limit 50", null, false);
    }

    @SuppressWarnings("unchecked")
    private List<ImportView> views(String where, Long id, boolean withErrors) {
        var query = em.createNativeQuery("select id, file_name, preset, status, total, processed, created, updated, "
                + "unchanged, failed, started_at, finished_at, last_error, errors::text from qw.work_order_import " + where);
        if (id != null) {
            query.setParameter(1, id);
        }
        List<ImportView> views = new ArrayList<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            List<WorkOrderRowMapping.RowError> errors = withErrors ? List.of(JSON.fromJson((String) r[13],
                    WorkOrderRowMapping.RowError[].class)) : List.of();
            views.add(new ImportView(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    r[4] == null ? null : ((Number) r[4]).intValue(), ((Number) r[5]).intValue(),
                    ((Number) r[6]).intValue(), ((Number) r[7]).intValue(), ((Number) r[8]).intValue(),
                    ((Number) r[9]).intValue(), SqlValues.instant(r[10]), SqlValues.instant(r[11]), (String) r[12], errors));
        }
        return views;
    }

    private static DomainException invalid(String field, String message) {
        return new DomainException(DomainException.Kind.INVALID, message,
                List.of(new DomainException.FieldError(field, message)));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
