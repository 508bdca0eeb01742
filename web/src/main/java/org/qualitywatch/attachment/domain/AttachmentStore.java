package org.qualitywatch.attachment.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Where attachment bytes are kept (file system now, object storage later), by an opaque key. */
public interface AttachmentStore {

    /** Stores the bytes under a new key and returns it. */
    String put(byte[] content) throws IOException;

    InputStream open(String key) throws IOException;

    /** A local file for the key when the store has one (for ranged downloads), else null. */
    Path localFile(String key);
}
