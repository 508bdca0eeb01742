package org.qualitywatch.recording.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where audio lives, by content hash: the file system now, object storage later. Writing the same
 * bytes twice stores them once. Analysis and transcoding need a local file, so the store hands out
 * local paths (an object-store implementation would cache downloads).
 */
public interface AudioStore {

    /**
     * Copies the stream into the store, hashing on the way.
     *
     * @throws TooLargeException when more than {@code maxBytes} arrive; nothing is kept then
     */
    StoredAudio put(InputStream audio, long maxBytes) throws IOException;

    /**
     * Like {@link #put(InputStream, long)} but without forcing the bytes to disk yet: for batches
     * whose source stays until {@link #flush()} has run, so one sync covers many files.
     */
    StoredAudio putDeferringSync(InputStream audio, long maxBytes) throws IOException;

    /**
     * Stores a file this application owns (a claimed drop-folder file): hashed by reading it once,
     * then linked into the store where the file system allows, so its bytes are not copied. The
     * file must not change afterwards. Durability as with {@link #putDeferringSync}.
     */
    StoredAudio adopt(Path file, long maxBytes) throws IOException;

    /** Forces to disk everything stored with {@link #putDeferringSync} so far. */
    void flush() throws IOException;

    /** A local file with the audio of this hash. */
    Path localFile(String sha256) throws IOException;

    boolean contains(String sha256);

    /** A derived file (e.g. the browser-playable MP3) for this audio, if it was made. */
    Optional<Path> rendition(String sha256, String kind);

    /** Where a derived file of this kind is to be written. */
    Path renditionTarget(String sha256, String kind) throws IOException;

    void delete(String sha256) throws IOException;

    final class TooLargeException extends IOException {
        public TooLargeException(long maxBytes) {
            super("the file is larger than the limit of " + maxBytes + " bytes (QW_RECORDING_MAX_BYTES)");
        }
    }
}
