package org.qualitywatch.recording.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import org.qualitywatch.platform.config.Settings;
import org.qualitywatch.recording.domain.AudioStore;
import org.qualitywatch.recording.domain.StoredAudio;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Audio under {@code QW_STORAGE_ROOT}: {@code audio/ab/cd/<sha256>} and derived files under
 * {@code renditions/}. A file is written to {@code tmp/}, synced, then moved into place, so a crash
 * never leaves a half file under its final name. On a cluster the root is a shared file system.
 */
@ApplicationScoped
public class FileSystemAudioStore implements AudioStore {

    private final Path root;

    public FileSystemAudioStore() {
        this(Path.of(Settings.system().get("qw.storage.root",
                System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")) + "/qualitywatch-storage")));
    }

    public FileSystemAudioStore(Path root) {
        this.root = root.toAbsolutePath();
    }

    public Path root() {
        return root;
    }

    private final java.util.Set<Path> unsynced = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Override
    public StoredAudio put(InputStream audio, long maxBytes) throws IOException {
        return put(audio, maxBytes, true);
    }

    @Override
    public StoredAudio putDeferringSync(InputStream audio, long maxBytes) throws IOException {
        return put(audio, maxBytes, false);
    }

    @Override
    public void flush() throws IOException {
        for (Path path : java.util.List.copyOf(unsynced)) {
            if (Files.exists(path)) {
                try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            }
            unsynced.remove(path);
        }
    }

    @Override
    public StoredAudio adopt(Path file, long maxBytes) throws IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new TooLargeException(maxBytes);
        }
        MessageDigest sha = sha256();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(256 * 1024);
            while (channel.read(buffer) > 0) {
                buffer.flip();
                sha.update(buffer);
                buffer.clear();
            }
        }
        String hash = HexFormat.of().formatHex(sha.digest());
        Path target = audioPath(hash);
        if (!Files.exists(target)) {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createDirectories(root.resolve("tmp")).resolve("adopt-" + java.util.UUID.randomUUID());
            try {
                Files.createLink(tmp, file);
            } catch (IOException | UnsupportedOperationException e) {
                // another file system (or no hard links): copy instead
                Files.copy(file, tmp);
            }
            moveIntoPlace(tmp, target);
            Files.deleteIfExists(tmp);
            unsynced.add(target);
        }
        return new StoredAudio(hash, size);
    }

    private StoredAudio put(InputStream audio, long maxBytes, boolean sync) throws IOException {
        Path tmpDir = Files.createDirectories(root.resolve("tmp"));
        Path tmp = Files.createTempFile(tmpDir, "incoming-", ".part");
        try {
            MessageDigest sha = sha256();
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), sha)) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = audio.read(buffer)) > 0) {
                    size += n;
                    if (size > maxBytes) {
                        throw new TooLargeException(maxBytes);
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (sync) {
                try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            Path target = audioPath(hash);
            if (Files.exists(target)) {
                Files.delete(tmp);
            } else {
                Files.createDirectories(target.getParent());
                moveIntoPlace(tmp, target);
                if (!sync) {
                    unsynced.add(target);
                }
            }
            return new StoredAudio(hash, size);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public Path localFile(String sha256) throws IOException {
        Path path = audioPath(sha256);
        if (!Files.exists(path)) {
            throw new java.io.FileNotFoundException("audio " + sha256 + " is not in the store at " + root);
        }
        return path;
    }

    @Override
    public boolean contains(String sha256) {
        return Files.exists(audioPath(sha256));
    }

    @Override
    public Optional<Path> rendition(String sha256, String kind) {
        Path path = renditionPath(sha256, kind);
        return Files.exists(path) ? Optional.of(path) : Optional.empty();
    }

    @Override
    public Path renditionTarget(String sha256, String kind) throws IOException {
        Path path = renditionPath(sha256, kind);
        Files.createDirectories(path.getParent());
        return path;
    }

    @Override
    public void delete(String sha256) throws IOException {
        Files.deleteIfExists(audioPath(sha256));
        try (var renditions = Files.list(renditionPath(sha256, "x").getParent())) {
            for (Path p : renditions.filter(p -> p.getFileName().toString().startsWith(sha256)).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (java.nio.file.NoSuchFileException ignored) {
            // no renditions were ever made
        }
    }

    private Path audioPath(String sha256) {
        requireHash(sha256);
        return root.resolve("audio").resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private Path renditionPath(String sha256, String kind) {
        requireHash(sha256);
        return root.resolve("renditions").resolve(sha256.substring(0, 2)).resolve(sha256 + "." + kind);
    }

    private static void requireHash(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
    }

    private static void moveIntoPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // another node stored the same bytes at the same moment
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
