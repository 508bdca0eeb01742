package org.qualitywatch.shared.interfaces.rest;

import jakarta.ws.rs.core.EntityPart;
import org.qualitywatch.shared.domain.DomainException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A file import as the UI uploads it: multipart/form-data with the part "file" (CSV or XLSX) and the text part "preset". */
public record ImportUpload(String fileName, byte[] content, String preset) {

    public static ImportUpload of(List<EntityPart> parts) throws IOException {
        EntityPart file = null;
        String preset = null;
        for (EntityPart part : parts) {
            if (part.getName().equals("file")) {
                file = part;
            } else if (part.getName().equals("preset")) {
                preset = new String(part.getContent().readAllBytes(), StandardCharsets.UTF_8).trim();
            }
        }
        if (file == null) {
            throw new DomainException(DomainException.Kind.INVALID, "Send the CSV or XLSX file as the part named 'file'.",
                    List.of(new DomainException.FieldError("file", "missing")));
        }
        return new ImportUpload(file.getFileName().orElse("import.csv"), file.getContent().readAllBytes(), preset);
    }
}
