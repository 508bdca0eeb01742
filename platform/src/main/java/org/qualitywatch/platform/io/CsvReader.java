package org.qualitywatch.platform.io;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the CSV exports of call-center, PBX, hotline and regulator systems: RFC 4180 quoting,
 * a UTF-8 byte-order mark, and GBK when the bytes are not valid UTF-8 (as Chinese government
 * platforms export). Rows keep their line number for error reports.
 */
public final class CsvReader {

    public static final Charset GBK = Charset.forName("GBK");

    private CsvReader() {
    }

    public record Row(int line, Map<String, String> values) {
        /** The value of a column, trimmed; null when the column is absent or empty. */
        public String get(String column) {
            String v = column == null ? null : values.get(column);
            return v == null || v.isBlank() ? null : v.trim();
        }
    }

    public record Table(List<String> header, List<Row> rows, Charset charset) {
    }

    /** Decodes as UTF-8 (dropping a BOM) if the bytes are valid UTF-8, else as GBK. */
    public static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(bytes, GBK);
        }
    }

    public static Charset detect(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return GBK;
        }
    }

    public static Table read(byte[] bytes) throws IOException {
        return parse(new StringReader(decode(bytes)), detect(bytes));
    }

    static Table parse(Reader reader, Charset charset) throws IOException {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int recordLine = 1;
        int c;
        while ((c = reader.read()) != -1) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    reader.mark(1);
                    int next = reader.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            reader.reset();
                        }
                    }
                } else {
                    if (ch == '\n') line++;
                    field.append(ch);
                }
                continue;
            }
            switch (ch) {
                case '"' -> {
                    if (!fieldStarted || field.isEmpty()) {
                        quoted = true;
                        fieldStarted = true;
                    } else {
                        field.append(ch);
                    }
                }
                case ',' -> {
                    record.add(field.toString());
                    field.setLength(0);
                    fieldStarted = false;
                }
                case '\r' -> { }
                case '\n' -> {
                    record.add(field.toString());
                    field.setLength(0);
                    fieldStarted = false;
                    addRecord(records, lines, record, recordLine);
                    record = new ArrayList<>();
                    line++;
                    recordLine = line;
                }
                default -> {
                    field.append(ch);
                    fieldStarted = true;
                }
            }
        }
        if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            addRecord(records, lines, record, recordLine);
        }
        if (records.isEmpty()) {
            return new Table(List.of(), List.of(), charset);
        }
        List<String> header = records.get(0).stream().map(String::trim).toList();
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            Map<String, String> values = new LinkedHashMap<>();
            List<String> r = records.get(i);
            for (int col = 0; col < header.size(); col++) {
                values.put(header.get(col), col < r.size() ? r.get(col) : null);
            }
            rows.add(new Row(lines.get(i), values));
        }
        return new Table(header, rows, charset);
    }

    private static void addRecord(List<List<String>> records, List<Integer> lines, List<String> record, int line) {
        boolean blank = record.stream().allMatch(String::isBlank);
        if (!blank) {
            records.add(record);
            lines.add(line);
        }
    }
}
