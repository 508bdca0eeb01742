package org.qualitywatch.recording.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qualitywatch.platform.config.Settings;
import org.qualitywatch.platform.io.CsvReader;
import org.qualitywatch.recording.api.IngestOutcome;
import org.qualitywatch.recording.api.RecordingAdministration.BackfillJob;
import org.qualitywatch.recording.domain.CallMetadata;
import org.qualitywatch.recording.domain.Recording;
import org.qualitywatch.platform.persistence.SqlValues;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Indexes an existing archive tree in place. Files are visited in path order and the job keeps the
 * last finished path as its cursor, so a stopped or crashed backfill resumes where it was; anything
 * seen twice is recognised by its hash. Metadata comes from a sidecar {@code x.json} or from a
 * {@code manifest.csv} in the same folder.
 */
@ApplicationScoped
public class BackfillService {

    private static final Logger LOG = Logger.getLogger(BackfillService.class.getName());
    private static final Duration LEASE = Duration.ofMinutes(2);

    @PersistenceContext(unitName = "recordings")
    EntityManager em;

    @Resource(lookup = "java:jboss/ee/concurrency/executor/default")
    ManagedExecutorService executor;

    @Inject
    IngestService ingest;

    @Inject
    org.qualitywatch.recording.domain.AudioStore store;

    @Inject
    BackfillService self;

    private final RecordingSettings settings = RecordingSettings.fromEnvironment();
    private final String node = Settings.system().get("qw.node-id", "node");

    public BackfillJob start(String root) {
        Path dir = Path.of(root).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir) || !Files.isReadable(dir)) {
            throw new IllegalArgumentException("'" + root + "' is not a readable directory on the server");
        }
        long id = self.create(dir.toString());
        executor.submit(() -> run(id));
        return self.job(id);
    }

    /** Takes over running jobs whose owner stopped renewing its lease (after a crash or restart). */
    public void resumeAbandoned() {
        for (Long id : self.abandoned()) {
            LOG.info(() -> "Resuming backfill " + id);
            executor.submit(() -> run(id));
        }
    }

    @Transactional
    public long create(String root) {
        return ((Number) em.createNativeQuery("insert into recording.backfill_job (root, status, owner_node, lease_until) "
                        + "values (?1, 'RUNNING', ?2, ?3) returning id")
                .setParameter(1, root).setParameter(2, node).setParameter(3, Timestamp.from(Instant.now().plus(LEASE)))
                .getSingleResult()).longValue();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<Long> abandoned() {
        List<Number> ids = em.createNativeQuery("update recording.backfill_job set owner_node = ?1, lease_until = ?2 "
                        + "where status = 'RUNNING' and (lease_until is null or lease_until < now()) returning id")
                .setParameter(1, node).setParameter(2, Timestamp.from(Instant.now().plus(LEASE))).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    void run(long id) {
        BackfillJob job = self.job(id);
        Path root = Path.of(job.root());
        Progress progress = new Progress(job.done(), job.accepted(), job.duplicates(), job.quarantined());
        try {
            if (job.total() == null) {
                self.setTotal(id, countAudio(root));
            }
            String cursor = self.cursor(id);
            Instant lastSave = Instant.now();
            Map<Path, Map<Path, CsvReader.Row>> manifests = new HashMap<>();
            for (Path file : (Iterable<Path>) audioFiles(root)::iterator) {
                String relative = root.relativize(file).toString();
                if (cursor != null && relative.compareTo(cursor) <= 0) {
                    continue;
                }
                IngestOutcome outcome = ingestOne(root, file, relative, manifests);
                progress.count(outcome.kind());
                cursor = relative;
                if (Duration.between(lastSave, Instant.now()).toMillis() > 1000) {
                    store.flush();  // the cursor moves past files only once their audio is on disk
                    self.save(id, progress, cursor, "RUNNING", null);
                    lastSave = Instant.now();
                }
            }
            store.flush();
            self.save(id, progress, cursor, "DONE", null);
            LOG.info(() -> "Backfill " + id + " of " + root + " done: " + progress.done + " file(s)");
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Backfill " + id + " failed", e);
            self.save(id, progress, null, "FAILED", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private IngestOutcome ingestOne(Path root, Path file, String relative, Map<Path, Map<Path, CsvReader.Row>> manifests)
            throws IOException {
        List<String> problems = new ArrayList<>();
        CallMetadata metadata = metadataOf(root, file, relative, manifests, problems);
        try (InputStream in = Files.newInputStream(file)) {
            return ingest.ingest(metadata, problems, in, relative, Recording.IngestChannel.BACKFILL,
                    "backfill " + root.getFileName() + "/" + relative);
        }
    }

    private CallMetadata metadataOf(Path root, Path file, String relative, Map<Path, Map<Path, CsvReader.Row>> manifests,
                                    List<String> problems) throws IOException {
        Path sidecar = DropFolder.sidecarOf(file);
        if (Files.exists(sidecar)) {
            MetadataJson.Parsed parsed = MetadataJson.parse(Files.readAllBytes(sidecar), settings.timeZone());
            problems.addAll(parsed.problems());
            return parsed.metadata();
        }
        CsvReader.Row row = null;
        // a manifest in the file's folder or in any folder above it, up to the root, may name it
        for (Path dir = file.getParent(); row == null && dir != null && dir.startsWith(root); dir = dir.getParent()) {
            row = manifests.computeIfAbsent(dir, this::readManifest).get(file.normalize());
        }
        if (row != null) {
            ManifestMapping.MappedRow mapped = DropFolder.mapping().map(row, settings.timeZone(), settings);
            problems.addAll(mapped.problems());
            return mapped.metadata();
        }
        problems.add("no metadata for " + relative + ": neither a sidecar " + sidecar.getFileName()
                + " nor a manifest.csv row in its folder");
        return new CallMetadata(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The rows of a folder's manifest by the file each names (resolved against the folder). */
    private Map<Path, CsvReader.Row> readManifest(Path dir) {
        Map<Path, CsvReader.Row> byFile = new HashMap<>();
        Path manifest = dir.resolve("manifest.csv");
        if (Files.exists(manifest)) {
            try {
                ManifestMapping mapping = DropFolder.mapping();
                for (CsvReader.Row row : CsvReader.read(Files.readAllBytes(manifest)).rows()) {
                    String file = row.get(mapping.column("file"));
                    Path resolved = file == null ? null : DropFolder.safeResolve(dir, file);
                    if (resolved != null) {
                        byFile.put(resolved, row);
                    }
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Unreadable manifest " + manifest, e);
            }
        }
        return byFile;
    }

    private long countAudio(Path root) throws IOException {
        try (Stream<Path> files = audioFiles(root)) {
            return files.count();
        }
    }

    /** Audio files under root in path order (the order the cursor relies on). */
    private Stream<Path> audioFiles(Path root) throws IOException {
        return Files.walk(root).filter(Files::isRegularFile).filter(BackfillService::isAudio)
                .sorted((a, b) -> root.relativize(a).toString().compareTo(root.relativize(b).toString()));
    }

    private static boolean isAudio(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && DropFolder.AUDIO_EXTENSIONS.contains(name.substring(dot + 1));
    }

    @Transactional
    public void setTotal(long id, long total) {
        em.createNativeQuery("update recording.backfill_job set total = ?1 where id = ?2")
                .setParameter(1, total).setParameter(2, id).executeUpdate();
    }

    @Transactional
    public String cursor(long id) {
        return (String) em.createNativeQuery("select cursor from recording.backfill_job where id = ?1")
                .setParameter(1, id).getSingleResult();
    }

    @Transactional
    public void save(long id, Progress p, String cursor, String status, String error) {
        em.createNativeQuery("update recording.backfill_job set done = ?1, accepted = ?2, duplicates = ?3, "
                        + "quarantined = ?4, cursor = coalesce(?5, cursor), status = ?6, last_error = ?7, updated_at = now(), "
                        + "lease_until = ?8, finished_at = case when ?6 in ('DONE', 'FAILED') then now() else null end "
                        + "where id = ?9")
                .setParameter(1, p.done).setParameter(2, p.accepted).setParameter(3, p.duplicates)
                .setParameter(4, p.quarantined).setParameter(5, cursor).setParameter(6, status)
                .setParameter(7, error).setParameter(8, Timestamp.from(Instant.now().plus(LEASE)))
                .setParameter(9, id).executeUpdate();
    }

    @Transactional
    public BackfillJob job(long id) {
        return jobs("where id = ?1", id).get(0);
    }

    @Transactional
    public List<BackfillJob> all() {
        return jobs("order by id desc limit 50", null);
    }

    @SuppressWarnings("unchecked")
    private List<BackfillJob> jobs(String where, Long id) {
        var query = em.createNativeQuery("select id, root, status, total, done, accepted, duplicates, quarantined, "
                + "started_at, updated_at, finished_at, last_error from recording.backfill_job " + where);
        if (id != null) {
            query.setParameter(1, id);
        }
        List<BackfillJob> jobs = new ArrayList<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            Instant started = SqlValues.instant(r[8]);
            Instant updated = SqlValues.instant(r[9]);
            Instant finished = SqlValues.instant(r[10]);
            long done = ((Number) r[4]).longValue();
            Long total = r[3] == null ? null : ((Number) r[3]).longValue();
            Instant until = finished != null ? finished : Instant.now();
            double seconds = Math.max(0.001, Duration.between(started, until).toMillis() / 1000.0);
            Double rate = done == 0 ? null : done / seconds;
            Long eta = rate == null || total == null || finished != null ? null
                    : Math.round(Math.max(0, total - done) / rate);
            jobs.add(new BackfillJob(((Number) r[0]).longValue(), (String) r[1], (String) r[2], total, done,
                    ((Number) r[5]).longValue(), ((Number) r[6]).longValue(), ((Number) r[7]).longValue(), rate, eta,
                    started, updated, finished, (String) r[11]));
        }
        return jobs;
    }

    /** Counters of a running backfill. */
    public static final class Progress {
        long done;
        long accepted;
        long duplicates;
        long quarantined;

        Progress(long done, long accepted, long duplicates, long quarantined) {
            this.done = done;
            this.accepted = accepted;
            this.duplicates = duplicates;
            this.quarantined = quarantined;
        }

        void count(IngestOutcome.Kind kind) {
            done++;
            switch (kind) {
                case ACCEPTED -> accepted++;
                case DUPLICATE -> duplicates++;
                case CONFLICT, QUARANTINED -> quarantined++;
            }
        }
    }
}
