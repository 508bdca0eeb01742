package org.qualitywatch.complaint.report.infrastructure;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.qualitywatch.complaint.report.application.ComplaintCases;
import org.qualitywatch.complaint.report.application.ComplaintDashboard;
import org.qualitywatch.complaint.report.application.ComplaintFilter;
import org.qualitywatch.shared.domain.DomainException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Complaint tallies and case lists as XLSX workbooks (streamed), headers in Chinese and English. */
public final class ComplaintWorkbook {

    /** Tally names accepted by the export, in sheet order; "all" writes every one. */
    public static final List<String> TALLIES = List.of("summary", "bySource", "byCategory", "byMonth", "byDistrict",
            "byDepartment", "byBusinessLine", "byStatus");

    public static final Map<String, String> SOURCE_NAMES = sourceNames();

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ComplaintFilter.ZONE);

    private ComplaintWorkbook() {
    }

    public static List<String> tallies(String tally) {
        if (tally == null || tally.isBlank() || "all".equals(tally)) {
            return TALLIES;
        }
        if (!TALLIES.contains(tally)) {
            throw new DomainException(DomainException.Kind.INVALID, "tally must be all or one of " + TALLIES + ", not '"
                    + tally + "'", List.of(new DomainException.FieldError("tally", "must be all or one of " + TALLIES)));
        }
        return List.of(tally);
    }

    public static byte[] tallies(ComplaintDashboard.Dashboard d, List<String> which) {
        return write(wb -> {
            for (String t : which) {
                switch (t) {
                    case "summary" -> summary(wb, d);
                    case "bySource" -> sheet(wb, "按来源 By source", List.of("来源 Source", "名称 Name", "数量 Count"),
                            d.bySource().stream().map(b -> row(b.key(), SOURCE_NAMES.getOrDefault(b.key(), b.key()),
                                    b.count())).toList());
                    case "byCategory" -> {
                        List<List<Object>> rows = new ArrayList<>();
                        d.byCategory().forEach(c -> {
                            rows.add(row(c.key(), "", c.count()));
                            c.children().forEach(s -> rows.add(row(c.key(), s.key(), s.count())));
                        });
                        sheet(wb, "按分类 By category", List.of("一级分类 Category 1", "二级分类 Category 2", "数量 Count"), rows);
                    }
                    case "byMonth" -> sheet(wb, "按月 By month", List.of("月份 Month", "数量 Count", "上月 Previous month",
                                    "环比 % Month on month", "去年同月 Same month last year", "同比 % Year on year"),
                            d.byMonth().stream().map(m -> row(m.month(), m.count(), m.previousMonth(), m.monthOnMonth(),
                                    m.previousYear(), m.yearOnYear())).toList());
                    case "byDistrict" -> keyed(wb, "按区域 By district", "区域 District", d.byDistrict());
                    case "byDepartment" -> keyed(wb, "按部门 By department", "责任部门 Department", d.byDepartment());
                    case "byBusinessLine" -> keyed(wb, "按业务 By business line", "业务 Business line", d.byBusinessLine());
                    case "byStatus" -> keyed(wb, "按状态 By status", "状态 Status", d.byStatus());
                    default -> throw new IllegalArgumentException(t);
                }
            }
        });
    }

    public static byte[] cases(List<ComplaintCases.Case> cases) {
        return write(wb -> sheet(wb, "投诉明细 Complaints", List.of("编号 Id", "来源 Source", "来源单号 Reference",
                        "受理时间 Received", "投诉人 Complainant", "电话 Phone", "业务 Business line", "一级分类 Category 1",
                        "二级分类 Category 2", "三级分类 Category 3", "区域 District", "责任部门 Department", "状态 Status",
                        "越级 Escalated", "超时 Overdue", "重复 Repeat", "退费 Refund", "下一时限 Next due", "结案 Closed",
                        "满意度 Satisfaction"),
                cases.stream().map(c -> row(c.id(), SOURCE_NAMES.getOrDefault(c.source(), c.source()), c.externalRef(),
                        time(c.receivedAt()), c.complainantName(), c.complainantPhone(), c.businessLine(), c.category1(),
                        c.category2(), c.category3(), c.district(), c.department(), c.status(), yes(c.escalated()),
                        yes(c.overdue()), yes(c.repeat()), c.refundAmount(), time(c.nextDueAt()), time(c.closedAt()),
                        c.satisfaction())).toList()));
    }

    private static void summary(SXSSFWorkbook wb, ComplaintDashboard.Dashboard d) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("投诉总数 Total", d.total()));
        rows.add(row("超时 Overdue", d.overdue().count()));
        rows.add(row("越级 Escalated", d.escalated().count()));
        rows.add(row("重复投诉 Repeats", d.repeats().count()));
        rows.add(row("退费件数 Refunds", d.refunds().count()));
        rows.add(row("退费金额 Refund total (元)", d.refundTotal()));
        d.filter().forEach((k, v) -> rows.add(row("条件 Filter: " + k, String.valueOf(v))));
        sheet(wb, "汇总 Summary", List.of("指标 Figure", "值 Value"), rows);
    }

    private static void keyed(SXSSFWorkbook wb, String name, String keyHeader, List<ComplaintDashboard.Bucket> buckets) {
        sheet(wb, name, List.of(keyHeader, "数量 Count"), buckets.stream().map(b -> row(b.key(), b.count())).toList());
    }

    private interface Content {
        void fill(SXSSFWorkbook wb);
    }

    private static byte[] write(Content content) {
        SXSSFWorkbook wb = new SXSSFWorkbook(500);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.fill(wb);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
            try {
                wb.close();
            } catch (IOException ignored) {
                // temporary files are already disposed
            }
        }
    }

    private static String yes(boolean b) {
        return b ? "是" : "否";
    }

    private static String time(Instant t) {
        return t == null ? null : TIME.format(t);
    }

    private static List<Object> row(Object... values) {
        return new ArrayList<>(Arrays.asList(values)); // nulls allowed
    }

    private static void sheet(SXSSFWorkbook wb, String name, List<String> headers, List<List<Object>> rows) {
        Sheet sheet = wb.createSheet(name);
        CellStyle bold = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row head = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell c = head.createCell(i);
            c.setCellValue(headers.get(i));
            c.setCellStyle(bold);
            sheet.setColumnWidth(i, 16 * 256);
        }
        int n = 1;
        for (List<Object> values : rows) {
            Row row = sheet.createRow(n++);
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                if (v instanceof Number number) {
                    row.createCell(i).setCellValue(number.doubleValue());
                } else if (v != null) {
                    row.createCell(i).setCellValue(v.toString());
                }
            }
        }
    }

    private static Map<String, String> sourceNames() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("HOTLINE", "客服热线");
        m.put("GM_HOTLINE", "总经理热线");
        m.put("REGULATOR", "工信部/通信管理局申诉");
        m.put("CITY_12345", "12345市民热线");
        m.put("CONSUMER_12315", "12315消费者投诉");
        m.put("RADIO", "政风行风热线");
        m.put("MEDIA", "媒体曝光");
        m.put("DEPUTY", "人大建议/政协提案");
        m.put("ONLINE", "网络问政");
        m.put("DIGITAL_CITY", "数字城管");
        m.put("SUPERVISOR", "社会监督员");
        return java.util.Collections.unmodifiableMap(m);
    }
}
