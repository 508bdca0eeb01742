package org.qualitywatch.workorder.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.qualitywatch.platform.config.Settings;
import org.qualitywatch.platform.io.CsvReader;
import org.qualitywatch.shared.application.ImportPresets;
import org.qualitywatch.shared.application.RowImportJobs;

import java.time.ZoneId;
import java.util.List;

/**
 * File imports of work orders (CSV or XLSX exported by the call-center system). The file is read
 * and checked at once (unreadable files and missing columns are refused before anything is
 * written); rows are then taken in the background by {@link RowImportJobs}, each in its own transaction,
 * with progress and a per-row error report kept in {@code qw.work_order_import}. A bad row never blocks good rows.
 */
@ApplicationScoped
public class WorkOrderImports {

    static final RowImportJobs.JobTable TABLE = new RowImportJobs.JobTable("qw.work_order_import", "Work-order");

    @Inject
    WorkOrderIntake intake;

    @Inject
    RowImportJobs jobs;

    private final ZoneId zone = ZoneId.of(Settings.system().get("qw.time-zone", "Asia/Shanghai"));

    public RowImportJobs.ImportView start(String fileName, byte[] content, String presetName, String actor) {
        WorkOrderRowMapping mapping;
        try {
            mapping = WorkOrderRowMapping.preset(presetName == null || presetName.isBlank() ? "callcenter" : presetName);
        } catch (IllegalArgumentException e) {
            throw RowImportJobs.invalid("preset", e.getMessage());
        }
        CsvReader.Table table = ImportPresets.readChecked(fileName, content, mapping.name(), mapping::missingColumns);
        String numberColumn = mapping.numberColumn();
        return jobs.start(TABLE, fileName, mapping.name(), table, row -> row.get(numberColumn),
                row -> take(row, mapping, actor), actor);
    }

    private RowImportJobs.Outcome take(CsvReader.Row row, WorkOrderRowMapping mapping, String actor) {
        WorkOrderRowMapping.MappedRow mapped = mapping.map(row, zone);
        if (!mapped.valid()) {
            throw new RowImportJobs.RowRejected(mapped.errors());
        }
        return RowImportJobs.Outcome.valueOf(
                intake.take(mapped.facts(), mapped.progress(), mapped.contentHash(), actor).outcome().name());
    }

    public RowImportJobs.ImportView view(long id) {
        return jobs.view(TABLE, id);
    }

    public List<RowImportJobs.ImportView> recent() {
        return jobs.recent(TABLE);
    }
}
