package org.qualitywatch.recording.api;

import java.nio.file.Path;

/** A local audio file to send to a client. */
public record AudioFile(Path path, String fileName, String contentType, long size) {
}
