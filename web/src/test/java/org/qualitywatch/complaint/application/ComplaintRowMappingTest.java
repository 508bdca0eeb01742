package org.qualitywatch.complaint.application;

import org.junit.jupiter.api.Test;
import org.qualitywatch.complaint.domain.Complaint;
import org.qualitywatch.platform.io.CsvReader;
import org.qualitywatch.shared.application.RowImportJobs.RowError;
import org.qualitywatch.shared.domain.time.Calendars;
import org.qualitywatch.shared.domain.time.WorkingCalendar;
import org.qualitywatch.shared.infrastructure.SpreadsheetReader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComplaintRowMappingTest {

    private static final WorkingCalendar CHINA = Calendars.china2026();

    /** The team's shared sample exports: shared/samples beside the repository. */
    static Path samples() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/samples");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/samples not found beside the repository");
    }

    private static CsvReader.Table sample(String name) throws Exception {
        return SpreadsheetReader.read(name, Files.readAllBytes(samples().resolve(name)));
    }

    private static List<ComplaintRowMapping.MappedRow> mapAll(ComplaintRowMapping mapping, CsvReader.Table table) {
        return table.rows().stream().map(r -> mapping.map(r, CHINA)).toList();
    }

    @Test
    void theGbkCityHotlineBatchMapsEveryRow() throws Exception {
        CsvReader.Table table = sample("city-hotline-12345-batch.csv");
        assertEquals(CsvReader.GBK, table.charset());
        ComplaintRowMapping mapping = ComplaintRowMapping.preset("city12345");
        assertEquals(List.of(), mapping.missingColumns(table.header()));
        List<ComplaintRowMapping.MappedRow> rows = mapAll(mapping, table);
        assertEquals(15, rows.size());
        assertTrue(rows.stream().allMatch(ComplaintRowMapping.MappedRow::valid), rows.toString());
        Complaint.Facts first = rows.get(0).facts();
        assertEquals("CITY_12345", first.source());
        assertEquals("12345-20261013-3226", first.externalRef());
        assertEquals(Instant.parse("2026-10-13T09:00:00Z"), first.receivedAt(), "2026年10月13日 17:00 in Shanghai");
        assertEquals("18659050670", first.complainantPhone());
        assertEquals("市民", first.complainantName());
        assertEquals("DIGITAL_TV", first.businessLine());
        assertEquals("求助", first.category2(), "诉求类型 is kept as category2");
        assertNull(first.category1());
        assertEquals("铁西区", first.district());
        assertEquals(Complaint.Urgency.NORMAL, first.urgency());
        // 5个工作日 from Tue 13 Oct: 14, 15, 16, 19, 20 → due at the end of Tue 20 Oct
        assertEquals(Instant.parse("2026-10-20T16:00:00Z"), first.externalDue());
        assertEquals(Complaint.Urgency.URGENT, rows.get(1).facts().urgency());
        assertEquals("BROADBAND", rows.get(3).facts().businessLine());
    }

    @Test
    void aWorkingDayDeadlineSkipsTheNationalDayHolidayAndCountsTheMakeUpSaturday() {
        String csv = "工单编号,来电时间,联系电话,诉求类型,诉求内容,办理时限,紧急程度\n"
                + "H-1,2026年09月30日 10:00,13900000001,投诉,节前来电,5个工作日,特急\n";
        ComplaintRowMapping.MappedRow row = ComplaintRowMapping.preset("city12345")
                .map(read(csv).rows().get(0), CHINA);
        assertTrue(row.valid(), row.errors().toString());
        // 1–7 Oct are holidays; Thu 8, Fri 9, Sat 10 (make-up working day), Mon 12, Tue 13 → end of 13 Oct
        assertEquals(Instant.parse("2026-10-13T16:00:00Z"), row.facts().externalDue());
        assertEquals(Complaint.Urgency.EMERGENCY, row.facts().urgency());
    }

    @Test
    void theRegulatorBatchHasItsTopLevelCategoryAndReplyDateAsTheEndOfThatDay() throws Exception {
        CsvReader.Table table = sample("regulator-appeals-batch.csv");
        List<ComplaintRowMapping.MappedRow> rows = mapAll(ComplaintRowMapping.preset("regulator"), table);
        assertEquals(8, rows.size());
        assertTrue(rows.stream().allMatch(ComplaintRowMapping.MappedRow::valid), rows.toString());
        Complaint.Facts first = rows.get(0).facts();
        assertEquals("REGULATOR", first.source());
        assertEquals("SS20261014459", first.externalRef());
        assertEquals(Instant.parse("2026-10-13T16:00:00Z"), first.receivedAt(), "2026-10-14 00:00 in Shanghai");
        assertEquals("用户服务", first.category1());
        assertEquals("13359538985", first.complainantPhone());
        assertEquals(Instant.parse("2026-10-21T16:00:00Z"), first.externalDue(), "end of 2026-10-21 in Shanghai");
    }

    @Test
    void badRowsAreReportedWithTheirRowNumberFieldAndReason() {
        String csv = "工单编号,来电时间,联系电话,诉求类型,诉求内容,办理时限,紧急程度\n"
                + "OK-1,2026年10月08日 14:30,13900000001,投诉,好的,15个工作日,一般\n"
                + ",2026年10月08日 14:30,13900000002,投诉,没有编号,15个工作日,一般\n"
                + "BAD-2,2026-10-08 14:30,13900000003,投诉,日期格式错,15个工作日,一般\n"
                + "BAD-3,2026年10月08日 14:30,13900000004,投诉,时限错,十五个月,一般\n"
                + "BAD-4,2026年10月08日 14:30,13900000005,投诉,紧急程度错,15个工作日,很急\n"
                + "BAD-5,2026年10月08日 14:30,13900000006,投诉,,15个工作日,一般\n";
        List<ComplaintRowMapping.MappedRow> rows = mapAll(ComplaintRowMapping.preset("city12345"), read(csv));
        assertTrue(rows.get(0).valid());
        List<RowError> errors = rows.stream().flatMap(r -> r.errors().stream()).toList();
        assertEquals(List.of(3, 4, 5, 6, 7), errors.stream().map(RowError::row).toList(), errors.toString());
        assertEquals("工单编号", errors.get(0).field());
        assertEquals("来电时间", errors.get(1).field());
        assertTrue(errors.get(1).message().contains("2026年10月08日 14:30"), errors.get(1).message());
        assertEquals("办理时限", errors.get(2).field());
        assertEquals("十五个月", errors.get(2).value());
        assertEquals("紧急程度", errors.get(3).field());
        assertTrue(errors.get(3).message().contains("很急"));
        assertEquals("诉求内容", errors.get(4).field());
    }

    @Test
    void missingColumnsAndUnknownPresetsAreNamed() {
        ComplaintRowMapping mapping = ComplaintRowMapping.preset("regulator");
        assertEquals(List.of("申诉编号", "申诉内容"), mapping.missingColumns(List.of("申诉日期", "申诉号码")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ComplaintRowMapping.preset("nope"));
        assertTrue(e.getMessage().contains("city12345"));
    }

    private static CsvReader.Table read(String csv) {
        try {
            return CsvReader.read(csv.getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
