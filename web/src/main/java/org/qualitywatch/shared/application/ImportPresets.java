package org.qualitywatch.shared.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.qualitywatch.platform.io.CsvReader;
import org.qualitywatch.shared.infrastructure.SpreadsheetReader;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Column-mapping presets shipped as JSON resources ({@code <folder>/<name>.json}) and the checks of an uploaded file. */
public final class ImportPresets {

    private ImportPresets() {
    }

    /** The preset's JSON; IllegalArgumentException naming the known presets when there is none of that name. */
    public static JsonNode load(String folder, String name, String known) {
        if (name == null || !name.matches("[a-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("Unknown import preset '" + name + "'; use one of " + known);
        }
        try (InputStream in = ImportPresets.class.getClassLoader().getResourceAsStream(folder + "/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("Unknown import preset '" + name + "'; use one of " + known);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("Import preset " + name + " is unreadable", e);
        }
    }

    /** {@code columns} as field → column. */
    public static Map<String, String> columns(JsonNode preset) {
        Map<String, String> columns = new HashMap<>();
        preset.path("columns").fields().forEachRemaining(e -> columns.put(e.getKey(), e.getValue().asText()));
        return columns;
    }

    /** {@code values} as field → (the source's word → ours). */
    public static Map<String, Map<String, String>> values(JsonNode preset) {
        Map<String, Map<String, String>> values = new HashMap<>();
        preset.path("values").fields().forEachRemaining(field -> {
            Map<String, String> translations = new HashMap<>();
            field.getValue().fields().forEachRemaining(v -> translations.put(v.getKey(), v.getValue().asText()));
            values.put(field.getKey(), translations);
        });
        return values;
    }

    /**
     * Reads an uploaded CSV/XLSX and checks its header; a 400 on field "file" when it is unreadable or lacks
     * the columns the preset needs, before anything is written.
     */
    public static CsvReader.Table readChecked(String fileName, byte[] content, String presetName,
                                              Function<List<String>, List<String>> missingColumns) {
        CsvReader.Table table;
        try {
            table = SpreadsheetReader.read(fileName, content);
        } catch (IOException e) {
            throw RowImportJobs.invalid("file", "The file cannot be read: " + e.getMessage());
        }
        List<String> missing = missingColumns.apply(table.header());
        if (!missing.isEmpty()) {
            throw RowImportJobs.invalid("file", "The file lacks the column(s) " + missing + " that preset "
                    + presetName + " needs. Its header is " + table.header() + ".");
        }
        return table;
    }
}
