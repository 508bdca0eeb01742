package org.qualitywatch.report.qa.infrastructure;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.qualitywatch.report.qa.application.QaReports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The QA report as an XLSX workbook, one sheet per table, headers in Chinese and English. */
public final class QaReportWorkbook {

    private QaReportWorkbook() {
    }

    public static byte[] write(QaReports.Report r) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            groups(wb, bold, "按坐席 By agent", "坐席 Agent", r.byAgent());
            groups(wb, bold, "按班组 By team", "班组 Team", r.byTeam());
            groups(wb, bold, "按月 By month", "月份 Month", r.byMonth());
            sheet(wb, bold, "分数分布 Distribution", List.of("分数段 Range", "数量 Count"),
                    r.distribution().stream().map(b -> List.<Object>of(b.label(), b.count())).toList());
            sheet(wb, bold, "趋势 Trend", List.of("期间 Period", "数量 Count", "平均分 Mean"),
                    r.trend().stream().map(t -> row(t.period(), t.count(), t.mean())).toList());
            sheet(wb, bold, "常见失分项 Failed items", List.of("编码 Code", "项目 Item", "失分次数 Failed",
                            "评价次数 Answered", "失分率 Rate"),
                    r.failedItems().stream().map(f -> row(f.code(), f.name(), f.failed(), f.answered(), f.rate())).toList());
            QaReports.Appeals a = r.appeals();
            sheet(wb, bold, "申诉 Appeals", List.of("申诉数 Count", "维持 Upheld", "改分 Adjusted", "待处理 Open",
                    "改分率 Adjusted rate"), List.of(row(a.count(), a.upheld(), a.adjusted(), a.open(), a.adjustedRate())));
            sheet(wb, bold, "质检员 Monitors", List.of("质检员 Monitor", "姓名 Name", "已评 Evaluations",
                            "平均给分 Mean score", "校准平均绝对偏差 Calibration mean |deviation|", "校准通话数 Calibration calls"),
                    r.monitors().stream().map(m -> row(m.monitor(), m.displayName(), m.evaluations(), m.meanScore(),
                            m.calibrationMeanAbsDeviation(), m.calibrationCalls())).toList());
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Object> row(Object... values) {
        List<Object> row = new ArrayList<>();
        java.util.Collections.addAll(row, values); // List.of refuses the nulls of empty figures
        return row;
    }

    private static void groups(XSSFWorkbook wb, CellStyle bold, String name, String keyHeader,
                               List<QaReports.GroupRow> rows) {
        TreeSet<String> grades = new TreeSet<>();
        rows.forEach(g -> grades.addAll(g.gradeCounts().keySet()));
        List<String> headers = new ArrayList<>(List.of(keyHeader, "名称 Label", "数量 Count", "平均分 Mean",
                "最低 Min", "最高 Max", "一票否决 Fatal"));
        headers.addAll(grades);
        List<List<Object>> data = new ArrayList<>();
        for (QaReports.GroupRow g : rows) {
            List<Object> row = row(g.key(), g.label(), g.count(), g.mean(), g.min(), g.max(), g.fatalCount());
            Map<String, Long> counts = g.gradeCounts();
            grades.forEach(grade -> row.add(counts.getOrDefault(grade, 0L)));
            data.add(row);
        }
        sheet(wb, bold, name, headers, data);
    }

    private static void sheet(XSSFWorkbook wb, CellStyle bold, String name, List<String> headers,
                              List<List<Object>> rows) {
        Sheet sheet = wb.createSheet(name);
        Row head = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell c = head.createCell(i);
            c.setCellValue(headers.get(i));
            c.setCellStyle(bold);
        }
        int n = 1;
        for (List<Object> values : rows) {
            Row row = sheet.createRow(n++);
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                Cell c = row.createCell(i);
                if (v instanceof Number number) {
                    c.setCellValue(number.doubleValue());
                } else if (v != null) {
                    c.setCellValue(v.toString());
                }
            }
        }
        for (int i = 0; i < headers.size(); i++) {
            sheet.setColumnWidth(i, 18 * 256);
        }
    }
}
