package org.qualitywatch.shared.infrastructure;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.qualitywatch.platform.io.CsvReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the files other systems export: CSV (UTF-8 or GBK) or XLSX (first sheet, first row as
 * header). Both come back as the same table of named columns with row numbers as a person counts
 * them in the file (the header is row 1).
 */
public final class SpreadsheetReader {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private SpreadsheetReader() {
    }

    public static CsvReader.Table read(String fileName, byte[] bytes) throws IOException {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || isZip(bytes)) {
            return readXlsx(bytes);
        }
        if (lower.endsWith(".xls")) {
            throw new IOException("Old Excel .xls files are not read: save the file as .xlsx or .csv and import again");
        }
        return CsvReader.read(bytes);
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    private static CsvReader.Table readXlsx(byte[] bytes) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<String> header = new ArrayList<>();
            List<CsvReader.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (header.isEmpty()) {
                    for (Cell cell : row) {
                        while (header.size() < cell.getColumnIndex()) header.add("");
                        header.add(text(cell, formatter).trim());
                    }
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                boolean blank = true;
                for (int c = 0; c < header.size(); c++) {
                    Cell cell = row.getCell(c);
                    String value = cell == null ? null : text(cell, formatter);
                    if (value != null && !value.isBlank()) blank = false;
                    values.put(header.get(c), value);
                }
                if (!blank) {
                    rows.add(new CsvReader.Row(row.getRowNum() + 1, values));
                }
            }
            return new CsvReader.Table(header, rows, StandardCharsets.UTF_8);
        } catch (org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException | org.apache.poi.EmptyFileException e) {
            throw new IOException("The file is not a readable XLSX workbook: " + e.getMessage(), e);
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().format(DATE_TIME);
        }
        return formatter.formatCellValue(cell);
    }
}
