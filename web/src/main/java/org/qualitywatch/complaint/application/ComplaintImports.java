package org.qualitywatch.complaint.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.qualitywatch.platform.io.CsvReader;
import org.qualitywatch.shared.application.ImportPresets;
import org.qualitywatch.shared.application.RowImportJobs;
import org.qualitywatch.shared.domain.time.CalendarSource;
import org.qualitywatch.shared.domain.time.WorkingCalendar;

import java.util.List;

/**
 * File imports of complaint batches (CSV or XLSX, as the regulator or the city hotline send them). The file is
 * read and checked at once (unreadable files, unknown presets and missing columns are refused with 400 before
 * anything is written); rows are then taken in the background by {@link RowImportJobs}, each through
 * {@link ComplaintIntake#receive} in its own transaction, with progress and a per-row error report in
 * {@code qw.complaint_import}. Intake is idempotent on (source, reference): the same file twice changes nothing.
 */
@ApplicationScoped
public class ComplaintImports {

    static final RowImportJobs.JobTable TABLE = new RowImportJobs.JobTable("qw.complaint_import", "Complaint");

    @Inject
    ComplaintIntake intake;

    @Inject
    RowImportJobs jobs;

    @Inject
    CalendarSource calendars;

    public RowImportJobs.ImportView start(String fileName, byte[] content, String presetName, String actor) {
        ComplaintRowMapping mapping;
        try {
            mapping = ComplaintRowMapping.preset(presetName == null || presetName.isBlank() ? "city12345" : presetName);
        } catch (IllegalArgumentException e) {
            throw RowImportJobs.invalid("preset", e.getMessage());
        }
        CsvReader.Table table = ImportPresets.readChecked(fileName, content, mapping.name(), mapping::missingColumns);
        WorkingCalendar calendar = calendars.workingCalendar();
        String refColumn = mapping.referenceColumn();
        return jobs.start(TABLE, fileName, mapping.name(), table, row -> row.get(refColumn), row -> {
            ComplaintRowMapping.MappedRow mapped = mapping.map(row, calendar);
            if (!mapped.valid()) {
                throw new RowImportJobs.RowRejected(mapped.errors());
            }
            return RowImportJobs.Outcome.valueOf(intake.receive(mapped.facts(), actor).outcome().name());
        }, actor);
    }

    public RowImportJobs.ImportView view(long id) {
        return jobs.view(TABLE, id);
    }

    public List<RowImportJobs.ImportView> recent() {
        return jobs.recent(TABLE);
    }
}
