package org.qualitywatch.attachment.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.qualitywatch.attachment.domain.AttachmentStore;
import org.qualitywatch.platform.config.Settings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Attachments as files under {@code QW_STORAGE_ROOT}/attachments (shared storage when several nodes run),
 * written to a temporary name and moved into place, so a half-written file is never visible.
 */
@ApplicationScoped
public class FileSystemAttachmentStore implements AttachmentStore {

    private final Path root = Path.of(Settings.system().get("qw.storage.root", "storage")).resolve("attachments");

    @Override
    public String put(byte[] content) throws IOException {
        String key = UUID.randomUUID().toString();
        Path target = file(key);
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling(key + ".part");
        Files.write(temp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        return key;
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(file(key));
    }

    @Override
    public Path localFile(String key) {
        return file(key);
    }

    private Path file(String key) {
        if (!key.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("not an attachment key: " + key);
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }
}
