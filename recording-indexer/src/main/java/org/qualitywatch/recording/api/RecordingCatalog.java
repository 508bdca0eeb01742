package org.qualitywatch.recording.api;

import java.util.Optional;

/** Finding and playing recordings. */
public interface RecordingCatalog {

    RecordingPage search(RecordingQuery query);

    Optional<RecordingDetails> find(long id);

    Optional<WaveformPeaks> peaks(long id);

    /** A browser-playable rendition, made on first request and kept. */
    Optional<AudioFile> playable(long id);

    /** The file as it arrived. */
    Optional<AudioFile> original(long id);
}
