package org.qualitywatch.recording.analysis;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What a RIFF/WAVE, RF64 or BW64 header says about its {@code data} chunk, read directly from the file (FFmpeg only
 * tells us how much decoded, not how much the header promised). Walks the chunk list up to {@code data}.
 *
 * @param formatTag      WAVE format tag (1 PCM, 3 float, 6 A-law, 7 µ-law, 0xFFFE extensible → sub-format tag)
 * @param channels       channel count from {@code fmt }
 * @param sampleRate     samples per second from {@code fmt }
 * @param byteRate       average bytes per second from {@code fmt }
 * @param blockAlign     bytes per sample frame from {@code fmt }
 * @param dataSize       data-chunk size the header declares, -1 when it does not say (streaming placeholder)
 * @param dataAvailable  bytes of the data chunk actually present in the file
 * @param factSamples    sample frames from a {@code fact} chunk (or RF64 {@code ds64}), -1 if absent
 */
record WavHeader(int formatTag, int channels, int sampleRate, long byteRate, int blockAlign,
                 long dataSize, long dataAvailable, long factSamples) {

    private static final int MAX_CHUNKS = 64;

    /** The header of {@code file}, or {@code null} when it is not a RIFF/RF64 WAVE file with fmt and data chunks. */
    static WavHeader read(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long fileSize = ch.size();
            ByteBuffer b = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
            if (readFully(ch, b, 0) < 12) {
                return null;
            }
            String riff = fourCc(b, 0);
            boolean rf64 = riff.equals("RF64") || riff.equals("BW64");
            if (!(riff.equals("RIFF") || rf64) || !fourCc(b, 8).equals("WAVE")) {
                return null;
            }
            long pos = 12;
            int formatTag = -1, channels = 0, sampleRate = 0, blockAlign = 0;
            long byteRate = 0, factSamples = -1, ds64Data = -1, ds64Samples = -1;
            ByteBuffer hdr = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < MAX_CHUNKS && pos + 8 <= fileSize; i++) {
                hdr.clear();
                if (readFully(ch, hdr, pos) < 8) {
                    return null;
                }
                String id = fourCc(hdr, 0);
                long size = Integer.toUnsignedLong(hdr.getInt(4));
                long body = pos + 8;
                switch (id) {
                    case "ds64" -> {
                        ByteBuffer d = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
                        if (readFully(ch, d, body) >= 24) {
                            ds64Data = d.getLong(8);
                            ds64Samples = d.getLong(16);
                        }
                    }
                    case "fmt " -> {
                        ByteBuffer f = ByteBuffer.allocate((int) Math.min(size, 40)).order(ByteOrder.LITTLE_ENDIAN);
                        int n = readFully(ch, f, body);
                        if (n < 16) {
                            return null;
                        }
                        formatTag = Short.toUnsignedInt(f.getShort(0));
                        channels = Short.toUnsignedInt(f.getShort(2));
                        sampleRate = f.getInt(4);
                        byteRate = Integer.toUnsignedLong(f.getInt(8));
                        blockAlign = Short.toUnsignedInt(f.getShort(12));
                        if (formatTag == 0xFFFE && n >= 26) {
                            formatTag = Short.toUnsignedInt(f.getShort(24)); // first two bytes of the sub-format GUID
                        }
                    }
                    case "fact" -> {
                        ByteBuffer f = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
                        if (readFully(ch, f, body) == 4) {
                            factSamples = Integer.toUnsignedLong(f.getInt(0));
                        }
                    }
                    case "data" -> {
                        if (formatTag < 0) {
                            return null;
                        }
                        long declared;
                        if (rf64 && size == 0xFFFFFFFFL) {
                            declared = ds64Data;
                            if (ds64Samples > 0) {
                                factSamples = ds64Samples;
                            }
                        } else if (size == 0xFFFFFFFFL || (size == 0 && fileSize > body)) {
                            declared = -1; // placeholder of a recorder that never finalised the header
                        } else {
                            declared = size;
                        }
                        long available = Math.max(0, fileSize - body);
                        if (declared >= 0) {
                            available = Math.min(available, declared);
                        }
                        return new WavHeader(formatTag, channels, sampleRate, byteRate, blockAlign,
                                declared, available, factSamples);
                    }
                    default -> {
                        // LIST, bext, junk, ... skip
                    }
                }
                pos = body + size + (size & 1);
            }
            return null;
        }
    }

    /** Seconds the data chunk declares, or {@code null} when the header does not say. */
    Double declaredSeconds() {
        if (dataSize < 0 || sampleRate <= 0) {
            return null;
        }
        boolean linear = formatTag == 1 || formatTag == 3 || formatTag == 6 || formatTag == 7;
        if (linear && blockAlign > 0) {
            return (double) (dataSize / blockAlign) / sampleRate;
        }
        if (factSamples >= 0) {
            return (double) factSamples / sampleRate;
        }
        if (byteRate > 0) {
            return (double) dataSize / byteRate;
        }
        return null;
    }

    private static int readFully(FileChannel ch, ByteBuffer b, long pos) throws IOException {
        int total = 0;
        while (b.hasRemaining()) {
            int n = ch.read(b, pos + total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }

    private static String fourCc(ByteBuffer b, int at) {
        char[] c = new char[4];
        for (int i = 0; i < 4; i++) {
            c[i] = (char) (b.get(at + i) & 0xFF);
        }
        return new String(c);
    }
}
