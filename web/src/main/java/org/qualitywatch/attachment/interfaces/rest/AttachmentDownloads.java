package org.qualitywatch.attachment.interfaces.rest;

import jakarta.ws.rs.core.Response;
import org.qualitywatch.attachment.domain.Attachment;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * How an attachment is sent: always as a download (images may be shown inline) with nosniff and a sandboxing
 * CSP, so a file can never run as a page of this site.
 */
public final class AttachmentDownloads {

    private AttachmentDownloads() {
    }

    /** The file of a multipart upload (part "file"), read up to one byte past the limit so the size check sees it. */
    public record Upload(String fileName, byte[] content) {
    }

    public static Upload upload(java.util.List<jakarta.ws.rs.core.EntityPart> parts, long maxBytes) throws java.io.IOException {
        jakarta.ws.rs.core.EntityPart file = parts.stream().filter(p -> p.getName().equals("file")).findFirst()
                .orElseThrow(() -> org.qualitywatch.shared.domain.DomainException.invalid(
                        "Send the file as the multipart part named 'file'."));
        return new Upload(file.getFileName().orElse("attachment"),
                file.getContent().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1)));
    }

    public static Response of(Attachment a, InputStream content, boolean inline) {
        String disposition = (inline && a.type().isImage() ? "inline" : "attachment") + "; filename*=UTF-8''"
                + URLEncoder.encode(a.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(content, a.type().mediaType())
                .header("Content-Disposition", disposition)
                .header("Content-Length", a.sizeBytes())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
