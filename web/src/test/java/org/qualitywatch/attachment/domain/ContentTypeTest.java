package org.qualitywatch.attachment.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentTypeTest {

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) out[i] = (byte) b[i];
        return out;
    }

    @Test
    void photosAudioAndDocumentsAreRecognisedByTheirBytes() {
        assertEquals(ContentType.JPEG, ContentType.detect(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10), "x.bin").type());
        assertEquals(ContentType.PNG, ContentType.detect(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0), "a").type());
        assertEquals(ContentType.PDF, ContentType.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "r.pdf").type());
        assertEquals(ContentType.MP3, ContentType.detect("ID3\u0004".getBytes(StandardCharsets.ISO_8859_1), "c.mp3").type());
        assertEquals(ContentType.PLAIN_TEXT, ContentType.detect("营业厅排队一小时\n".getBytes(StandardCharsets.UTF_8), "n.txt").type());
        assertEquals(ContentType.OFFICE_XML, ContentType.detect(bytes('P', 'K', 3, 4, 0), "表.xlsx").type());
    }

    @Test
    void aRenamedExecutableAnHtmlPageAndAnArchiveAreRefusedWhateverTheirName() {
        var exe = ContentType.detect(bytes('M', 'Z', 0x90, 0), "photo.jpg");
        assertFalse(exe.accepted());
        assertTrue(exe.refusal().contains("program"), exe.refusal());
        assertFalse(ContentType.detect(bytes(0x7F, 'E', 'L', 'F', 2), "report.pdf").accepted());
        assertFalse(ContentType.detect("#!/bin/sh\nrm -rf /".getBytes(StandardCharsets.US_ASCII), "a.txt").accepted());
        var html = ContentType.detect("  <!DOCTYPE html><html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
                "note.txt");
        assertFalse(html.accepted());
        assertTrue(html.refusal().contains("web page"), html.refusal());
        assertFalse(ContentType.detect("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8), "a.png").accepted());
        assertFalse(ContentType.detect(bytes('P', 'K', 3, 4), "photos.zip").accepted());
        assertFalse(ContentType.detect(new byte[0], "empty.txt").accepted());
        assertFalse(ContentType.detect(bytes(0, 1, 2, 3, 0xFE, 0xFD), "blob.dat").accepted());
    }
}
