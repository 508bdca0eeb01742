package org.qualitywatch.recording.api;

import org.qualitywatch.recording.domain.CallMetadata;

import java.io.InputStream;

/** Takes one recording with its metadata (the upload API and tools use it). */
public interface RecordingIngest {

    IngestOutcome upload(CallMetadata metadata, InputStream audio, String fileName);
}
