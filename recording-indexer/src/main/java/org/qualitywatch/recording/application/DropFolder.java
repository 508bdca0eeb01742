package org.qualitywatch.recording.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.qualitywatch.platform.config.Settings;
import org.qualitywatch.platform.io.CsvReader;
import org.qualitywatch.recording.api.IngestOutcome;
import org.qualitywatch.recording.domain.CallMetadata;
import org.qualitywatch.recording.domain.QuarantineCode;
import org.qualitywatch.recording.domain.Recording;
import org.qualitywatch.recording.domain.Utterance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The drop folder recording systems deliver to. Two shapes are taken:
 * <ul>
 * <li>a batch folder with {@code manifest.csv} (one row per call) and the audio it names, taken when
 * it holds a {@code .done} marker or nothing in it changed for {@code QW_DROP_STABLE_AGE};</li>
 * <li>a loose audio file with a JSON sidecar of the same name ({@code x.wav} + {@code x.json}),
 * taken when {@code x.wav.done} exists or both are stable.</li>
 * </ul>
 * A node claims work by renaming it into {@code .processing/} (atomic on one file system, so two
 * nodes never take the same batch). Processing is idempotent: after a crash the node takes its
 * claimed batches again and already-stored audio is found by its hash. Nothing is skipped: every
 * manifest row and every file ends as a recording, accepted or quarantined with its reason.
 */
@ApplicationScoped
public class DropFolder {

    private static final Logger LOG = Logger.getLogger(DropFolder.class.getName());
    static final Set<String> AUDIO_EXTENSIONS = Set.of("wav", "mp3", "ogg", "opus", "oga", "m4a", "aac", "gsm",
            "vox", "amr", "flac", "au", "alaw", "ulaw");
    private static final String MANIFEST = "manifest.csv";
    private static final String DONE = ".done";

    @Inject
    IngestService ingest;

    @Inject
    org.qualitywatch.recording.domain.AudioStore store;

    @jakarta.annotation.Resource(lookup = "java:jboss/ee/concurrency/executor/default")
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    private final RecordingSettings settings = RecordingSettings.fromEnvironment();
    private final String node = Settings.system().get("qw.node-id", hostName()).replaceAll("[^A-Za-z0-9_-]", "_");
    private final ManifestMapping mapping = mapping();
    private volatile boolean resumed;

    public Path directory() {
        return settings.dropDirectory();
    }

    /** One pass over the drop folder; returns the number of recordings taken. */
    public synchronized int scanOnce() throws IOException {
        Path drop = settings.dropDirectory();
        Path processing = Files.createDirectories(drop.resolve(".processing"));
        int taken = 0;
        if (!resumed) {
            try (DirectoryStream<Path> mine = Files.newDirectoryStream(processing, "*@" + node + "@*")) {
                for (Path claimed : mine) {
                    LOG.info(() -> "Resuming drop-folder work claimed before a restart: " + claimed.getFileName());
                    taken += process(claimed);
                }
            }
            resumed = true;
        }
        List<Path> candidates;
        try (Stream<Path> entries = Files.list(drop)) {
            candidates = entries.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
        for (Path entry : candidates) {
            if (Files.isDirectory(entry)) {
                if (Files.exists(entry.resolve(MANIFEST))) {
                    if (isReady(entry)) {
                        taken += claimAndProcess(entry, processing);
                    }
                } else {
                    taken += scanLoose(entry, processing);
                }
            } else if (isAudio(entry) && looseReady(entry)) {
                taken += claimLoose(entry, processing);
            }
        }
        return taken;
    }

    private int scanLoose(Path dir, Path processing) throws IOException {
        int taken = 0;
        List<Path> files;
        try (Stream<Path> entries = Files.walk(dir)) {
            files = entries.filter(Files::isRegularFile).filter(this::isAudio).sorted().toList();
        }
        for (Path file : files) {
            if (looseReady(file)) {
                taken += claimLoose(file, processing);
            }
        }
        return taken;
    }

    private int claimAndProcess(Path batch, Path processing) throws IOException {
        Path claimed = processing.resolve(batch.getFileName() + "@" + node + "@" + UUID.randomUUID().toString().substring(0, 8));
        if (!move(batch, claimed)) {
            return 0;
        }
        return process(claimed);
    }

    private int claimLoose(Path audio, Path processing) throws IOException {
        Path claimed = Files.createDirectories(processing.resolve("loose@" + node + "@" + UUID.randomUUID()));
        Path sidecar = sidecarOf(audio);
        if (!move(audio, claimed.resolve(audio.getFileName()))) {
            Files.deleteIfExists(claimed);
            return 0;
        }
        if (Files.exists(sidecar)) {
            move(sidecar, claimed.resolve(sidecar.getFileName()));
        }
        Files.deleteIfExists(Path.of(audio + DONE));
        return process(claimed);
    }

    /** Ingests everything in a claimed folder, then removes it. */
    int process(Path claimed) throws IOException {
        int taken;
        if (Files.exists(claimed.resolve(MANIFEST))) {
            taken = processBatch(claimed);
        } else {
            taken = 0;
            try (Stream<Path> entries = Files.list(claimed)) {
                for (Path audio : entries.filter(this::isAudio).sorted().toList()) {
                    ingestLoose(audio, claimed.getFileName().toString());
                    taken++;
                }
            }
        }
        // the claimed source goes only once everything taken from it is on disk
        store.flush();
        deleteTree(claimed);
        return taken;
    }

    private int processBatch(Path batch) throws IOException {
        String batchName = batch.getFileName().toString().replaceAll("@.*$", "");
        CsvReader.Table table = CsvReader.read(Files.readAllBytes(batch.resolve(MANIFEST)));
        Set<Path> used = java.util.concurrent.ConcurrentHashMap.newKeySet();
        used.add(batch.resolve(MANIFEST).normalize());
        List<CsvReader.Row> rows = table.rows();
        int workers = Math.max(1, Math.min(settings.dropWorkers(), rows.size()));
        List<java.util.concurrent.Future<?>> running = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int first = w;
            running.add(executor.submit(() -> {
                for (int i = first; i < rows.size(); i += workers) {
                    takeRow(batch, batchName, rows.get(i), used);
                }
                return null;
            }));
        }
        Exception failure = null;
        for (java.util.concurrent.Future<?> worker : running) {
            try {
                worker.get();
            } catch (java.util.concurrent.ExecutionException e) {
                failure = e.getCause() instanceof Exception ex ? ex : new IOException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while taking batch " + batchName, e);
            }
        }
        if (failure != null) {
            // the batch stays claimed and is taken again: rows already recorded are found by their hash
            throw new IOException("batch " + batchName + " was not fully taken: " + failure.getMessage(), failure);
        }
        int taken = rows.size();
        // audio in the batch that no manifest row names is kept too, for someone to identify
        try (Stream<Path> entries = Files.walk(batch)) {
            for (Path stray : entries.filter(Files::isRegularFile).filter(this::isAudio).map(Path::normalize)
                    .filter(p -> !used.contains(p)).sorted().toList()) {
                String name = batch.relativize(stray).toString();
                try (InputStream in = Files.newInputStream(stray)) {
                    ingest.ingest(new CallMetadata(mapping.sourceSystemOr(null), null, null, null, null, null, null, null,
                                    null, null, null, null, null, null, null),
                            List.of("file " + name + " is in batch " + batchName + " but no manifest row names it"),
                            in, name, Recording.IngestChannel.DROP_FOLDER, "batch " + batchName);
                }
                taken++;
            }
        }
        LOG.info("Drop-folder batch " + batchName + ": " + taken + " recording(s) taken");
        return taken;
    }

    private void takeRow(Path batch, String batchName, CsvReader.Row row, Set<Path> used) throws IOException {
        ManifestMapping.MappedRow mapped = mapping.map(row, settings.timeZone(), settings);
        String reference = "batch " + batchName + " line " + row.line();
        CallMetadata metadata = mapped.metadata();
        if (mapped.file() == null) {
            ingest.quarantineWithoutAudio(metadata, null, Recording.IngestChannel.DROP_FOLDER, reference,
                    QuarantineCode.FILE_MISSING, "manifest line " + row.line() + " names no file (column "
                            + mapping.column("file") + ")");
            return;
        }
        Path audio = safeResolve(batch, mapped.file());
        if (audio == null) {
            ingest.quarantineWithoutAudio(metadata, mapped.file(), Recording.IngestChannel.DROP_FOLDER, reference,
                    QuarantineCode.UNSAFE_FILE_NAME, "file name '" + mapped.file()
                            + "' would leave the batch folder or is not a plain relative path; the file was not read");
            return;
        }
        if (!Files.isRegularFile(audio)) {
            ingest.quarantineWithoutAudio(metadata, mapped.file(), Recording.IngestChannel.DROP_FOLDER, reference,
                    QuarantineCode.FILE_MISSING, "manifest line " + row.line() + " names " + mapped.file()
                            + ", which is not in the batch");
            return;
        }
        used.add(audio);
        List<String> problems = new ArrayList<>(mapped.problems());
        Path transcriptFile = transcriptOf(audio);
        if (Files.exists(transcriptFile)) {
            used.add(transcriptFile);
            metadata = withTranscript(metadata, transcriptFile, problems);
        }
        ingest.ingestOwnedFile(metadata, problems, audio, mapped.file(), Recording.IngestChannel.DROP_FOLDER, reference);
    }

    private void ingestLoose(Path audio, String claim) throws IOException {
        Path sidecar = sidecarOf(audio);
        CallMetadata metadata;
        List<String> problems = new ArrayList<>();
        if (Files.exists(sidecar)) {
            MetadataJson.Parsed parsed = MetadataJson.parse(Files.readAllBytes(sidecar), settings.timeZone());
            metadata = parsed.metadata();
            problems.addAll(parsed.problems());
        } else {
            metadata = new CallMetadata(null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null);
            problems.add("no metadata: " + audio.getFileName() + " arrived without its sidecar "
                    + sidecar.getFileName());
        }
        Path transcriptFile = transcriptOf(audio);
        if (Files.exists(transcriptFile) && metadata.transcript().isEmpty()) {
            metadata = withTranscript(metadata, transcriptFile, problems);
        }
        ingest.ingestOwnedFile(metadata, problems, audio, audio.getFileName().toString(),
                Recording.IngestChannel.DROP_FOLDER, "drop folder " + audio.getFileName());
    }

    private static CallMetadata withTranscript(CallMetadata m, Path file, List<String> problems) {
        try {
            List<Utterance> transcript = MetadataJson.transcript(Files.readAllBytes(file));
            return new CallMetadata(m.sourceSystem(), m.callId(), m.agentId(), m.team(), m.direction(),
                    m.callerNumber(), m.calleeNumber(), m.skill(), m.businessLine(), m.startedAt(), m.endedAt(),
                    m.workOrders(), m.satisfaction(), m.satisfactionChannel(), transcript);
        } catch (IOException e) {
            problems.add("transcript " + file.getFileName() + " is not readable JSON: " + e.getMessage());
            return m;
        }
    }

    /** The file a manifest names, if it is a plain relative path that stays inside the batch. */
    static Path safeResolve(Path batch, String name) {
        if (name.isBlank() || name.contains("\0") || name.startsWith("/") || name.startsWith("\\")
                || name.matches("^[A-Za-z]:.*") || name.contains("\\")) {
            return null;
        }
        Path resolved = batch.resolve(name).normalize();
        if (!resolved.startsWith(batch.normalize()) || resolved.equals(batch.normalize())) {
            return null;
        }
        for (Path part : batch.normalize().relativize(resolved)) {
            if (part.toString().equals("..") || part.toString().startsWith(".")) {
                return null;
            }
        }
        return resolved;
    }

    private boolean isReady(Path batch) throws IOException {
        if (Files.exists(batch.resolve(DONE))) {
            return true;
        }
        Instant stableSince = Instant.now().minus(settings.dropStableAge());
        try (Stream<Path> entries = Files.walk(batch)) {
            return entries.allMatch(p -> modifiedBefore(p, stableSince));
        }
    }

    private boolean looseReady(Path audio) {
        if (Files.exists(Path.of(audio + DONE))) {
            return true;
        }
        Instant stableSince = Instant.now().minus(settings.dropStableAge());
        Path sidecar = sidecarOf(audio);
        return modifiedBefore(audio, stableSince) && (!Files.exists(sidecar) || modifiedBefore(sidecar, stableSince));
    }

    private static boolean modifiedBefore(Path p, Instant limit) {
        try {
            FileTime time = Files.getLastModifiedTime(p);
            return time.toInstant().isBefore(limit);
        } catch (IOException e) {
            return false;
        }
    }

    private boolean isAudio(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && AUDIO_EXTENSIONS.contains(name.substring(dot + 1)) && !name.endsWith(".transcript.json");
    }

    static Path sidecarOf(Path audio) {
        return audio.resolveSibling(baseName(audio) + ".json");
    }

    static Path transcriptOf(Path audio) {
        return audio.resolveSibling(baseName(audio) + ".transcript.json");
    }

    private static String baseName(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static boolean move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (NoSuchFileException e) {
            return false;  // another node took it first
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
            return true;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> entries = Files.walk(dir)) {
            for (Path p : entries.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The configured manifest column mapping (preset {@code pbx} unless QW_DROP_MANIFEST_MAPPING names a file). */
    static ManifestMapping mapping() {
        String file = Settings.system().get("qw.drop.manifest-mapping", null);
        try {
            return file == null ? ManifestMapping.preset(Settings.system().get("qw.drop.manifest-preset", "pbx"))
                    : ManifestMapping.fromFile(Path.of(file));
        } catch (IOException e) {
            throw new IllegalStateException("QW_DROP_MANIFEST_MAPPING " + file + " is unreadable: " + e.getMessage(), e);
        }
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            LOG.log(Level.FINE, "no host name", e);
            return "node";
        }
    }
}
