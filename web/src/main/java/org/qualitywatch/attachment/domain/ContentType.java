package org.qualitywatch.attachment.domain;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a file is, judged by its first bytes (magic numbers). Only these kinds are accepted; everything else,
 * and in particular executables, scripts and HTML/SVG (which a browser would run), is refused whatever its name.
 */
public enum ContentType {
    JPEG("image/jpeg", true),
    PNG("image/png", true),
    GIF("image/gif", true),
    WEBP("image/webp", true),
    PDF("application/pdf", false),
    MP3("audio/mpeg", false),
    WAV("audio/wav", false),
    M4A("audio/mp4", false),
    OFFICE_XML("application/vnd.openxmlformats-officedocument", false),
    PLAIN_TEXT("text/plain; charset=utf-8", false);

    private final String mediaType;
    private final boolean image;

    ContentType(String mediaType, boolean image) {
        this.mediaType = mediaType;
        this.image = image;
    }

    public String mediaType() {
        return mediaType;
    }

    public boolean isImage() {
        return image;
    }

    /** Why a file was refused, for the user. */
    public record Refusal(String reason) {
    }

    /**
     * Recognises the content, or says why it is refused.
     *
     * @param head the first bytes of the file (at least 512 when the file is that long)
     */
    public static Result detect(byte[] head, String fileName) {
        if (head.length == 0) {
            return Result.refused("The file is empty.");
        }
        if (starts(head, 'M', 'Z') || starts(head, 0x7F, 'E', 'L', 'F') || starts(head, 0xCA, 0xFE, 0xBA, 0xBE)
                || starts(head, 0xCF, 0xFA, 0xED, 0xFE) || starts(head, '#', '!')) {
            return Result.refused("\"" + fileName + "\" is a program or script; programs are never accepted, "
                    + "whatever the file is called.");
        }
        if (starts(head, 0xFF, 0xD8, 0xFF)) return Result.of(JPEG);
        if (starts(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return Result.of(PNG);
        if (starts(head, 'G', 'I', 'F', '8')) return Result.of(GIF);
        if (starts(head, 'R', 'I', 'F', 'F') && head.length >= 12 && head[8] == 'W' && head[9] == 'E' && head[10] == 'B'
                && head[11] == 'P') return Result.of(WEBP);
        if (starts(head, 'R', 'I', 'F', 'F') && head.length >= 12 && head[8] == 'W' && head[9] == 'A' && head[10] == 'V'
                && head[11] == 'E') return Result.of(WAV);
        if (starts(head, '%', 'P', 'D', 'F', '-')) return Result.of(PDF);
        if (starts(head, 'I', 'D', '3') || (head.length > 1 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0)) {
            return Result.of(MP3);
        }
        if (head.length >= 12 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p') return Result.of(M4A);
        if (starts(head, 'P', 'K', 3, 4)) {
            String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
            if (name.endsWith(".docx") || name.endsWith(".xlsx") || name.endsWith(".pptx")) {
                return Result.of(OFFICE_XML);
            }
            return Result.refused("\"" + fileName + "\" is a ZIP archive; send photos, audio, PDF, Word/Excel files "
                    + "or plain text instead.");
        }
        Optional<String> text = utf8(head);
        if (text.isPresent()) {
            String lower = text.get().stripLeading().toLowerCase(Locale.ROOT);
            if (lower.startsWith("<!doctype") || lower.startsWith("<html") || lower.contains("<script")
                    || lower.startsWith("<svg") || lower.startsWith("<?xml") || lower.contains("<body")
                    || lower.contains("<iframe")) {
                return Result.refused("\"" + fileName + "\" is a web page (HTML/SVG/XML); such files could run in "
                        + "a browser and are not accepted. Save it as PDF or a screenshot.");
            }
            return Result.of(PLAIN_TEXT);
        }
        return Result.refused("The content of \"" + fileName + "\" is not one of the accepted kinds: JPEG, PNG, GIF, "
                + "WebP photos; MP3, WAV, M4A audio; PDF; Word/Excel (.docx/.xlsx); plain text.");
    }

    public record Result(ContentType type, String refusal) {
        static Result of(ContentType type) {
            return new Result(type, null);
        }

        static Result refused(String why) {
            return new Result(null, why);
        }

        public boolean accepted() {
            return type != null;
        }
    }

    private static boolean starts(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != (magic[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    /** The head as text when it decodes as UTF-8 without control characters other than whitespace. */
    private static Optional<String> utf8(byte[] head) {
        // a multi-byte character may be cut at the end of the head: decode up to the last complete one
        int end = head.length;
        for (int back = 0; back < 3 && end > 0 && (head[end - 1] & 0xC0) == 0x80; back++) {
            end--;
        }
        if (end > 0 && (head[end - 1] & 0xC0) == 0xC0) {
            end--;
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Arrays.copyOf(head, end)))
                    .toString();
            return s.chars().allMatch(c -> c >= 0x20 || c == '\n' || c == '\r' || c == '\t' || c == 0xFEFF)
                    ? Optional.of(s) : Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
