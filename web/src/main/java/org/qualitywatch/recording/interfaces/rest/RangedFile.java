package org.qualitywatch.recording.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.qualitywatch.shared.interfaces.rest.Problem;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers a file with HTTP Range support (one range), so the audio player can seek without
 * downloading the whole file.
 */
final class RangedFile {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private RangedFile() {
    }

    static Response of(Path file, long size, String contentType, String rangeHeader, String disposition) {
        long start = 0;
        long end = size - 1;
        boolean partial = false;
        if (rangeHeader != null && !rangeHeader.isBlank()) {
            Matcher m = RANGE.matcher(rangeHeader.trim());
            if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
                return unsatisfiable(size);
            }
            if (m.group(1).isEmpty()) {
                long suffix = Long.parseLong(m.group(2));
                start = Math.max(0, size - suffix);
            } else {
                start = Long.parseLong(m.group(1));
                if (!m.group(2).isEmpty()) {
                    end = Math.min(end, Long.parseLong(m.group(2)));
                }
            }
            if (start >= size || start > end) {
                return unsatisfiable(size);
            }
            partial = true;
        }
        long from = start;
        long length = end - start + 1;
        StreamingOutput body = out -> copy(file, from, length, out);
        Response.ResponseBuilder response = Response.status(partial ? 206 : 200).entity(body)
                .type(contentType)
                .header("Accept-Ranges", "bytes")
                .header("Content-Length", length)
                .header("Cache-Control", "private, max-age=3600");
        if (partial) {
            response.header("Content-Range", "bytes " + start + "-" + end + "/" + size);
        }
        if (disposition != null) {
            response.header("Content-Disposition", disposition);
        }
        return response.build();
    }

    private static Response unsatisfiable(long size) {
        return Response.fromResponse(Problem.response(Response.Status.REQUESTED_RANGE_NOT_SATISFIABLE,
                "The requested byte range is outside the file of " + size + " bytes."))
                .header("Content-Range", "bytes */" + size).build();
    }

    private static void copy(Path file, long from, long length, OutputStream out) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.transferTo(from, length, Channels.newChannel(out));
        }
    }
}
