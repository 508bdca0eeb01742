package org.qualitywatch.recording.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.qualitywatch.recording.api.IngestOutcome;
import org.qualitywatch.recording.api.RecordingIngest;
import org.qualitywatch.recording.domain.AudioStore;
import org.qualitywatch.recording.domain.CallMetadata;
import org.qualitywatch.recording.domain.QuarantineCode;
import org.qualitywatch.recording.domain.Recording;
import org.qualitywatch.recording.domain.StoredAudio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The one way recordings come in, whether from the drop folder, a backfill or the upload API:
 * store the audio by hash first (outside any transaction), then record it. A crash between the two
 * leaves only an unreferenced file in the store; the source is taken again and found by its hash.
 */
@ApplicationScoped
public class IngestService implements RecordingIngest {

    @Inject
    AudioStore store;

    @Inject
    RecordingRegistrar registrar;

    private final RecordingSettings settings = RecordingSettings.fromEnvironment();

    @Override
    public IngestOutcome upload(CallMetadata metadata, InputStream audio, String fileName) {
        return ingest(metadata, List.of(), audio, fileName, Recording.IngestChannel.UPLOAD,
                "upload " + safeName(fileName), true);
    }

    /**
     * @param unreadable metadata values the source sent but that could not be read (they quarantine
     *                   the recording like any other metadata problem)
     */
    public IngestOutcome ingest(CallMetadata metadata, List<String> unreadable, InputStream audio,
                                String originalName, Recording.IngestChannel channel, String reference) {
        return ingest(metadata, unreadable, audio, originalName, channel, reference, false);
    }

    /**
     * @param syncNow force the audio to disk before recording it; batch callers pass false and call
     *                {@link AudioStore#flush()} before they let go of their source files
     */
    public IngestOutcome ingest(CallMetadata metadata, List<String> unreadable, InputStream audio,
                                String originalName, Recording.IngestChannel channel, String reference,
                                boolean syncNow) {
        metadata = withBusinessLine(metadata);
        StoredAudio stored;
        try {
            stored = syncNow ? store.put(audio, settings.maxBytes()) : store.putDeferringSync(audio, settings.maxBytes());
        } catch (AudioStore.TooLargeException e) {
            return tooLarge(metadata, originalName, channel, reference);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the audio of call " + metadata.callId() + ": "
                    + e.getMessage(), e);
        }
        return record(metadata, unreadable, stored, originalName, channel, reference);
    }

    /** Manifests and uploads often carry only the queue/skill; the business line follows from it. */
    private CallMetadata withBusinessLine(CallMetadata metadata) {
        return metadata.businessLine() == null && metadata.skill() != null
                ? metadata.withBusinessLine(settings.businessLineOf(metadata.skill())) : metadata;
    }

    private IngestOutcome tooLarge(CallMetadata metadata, String originalName, Recording.IngestChannel channel,
                                   String reference) {
        return registrar.registerWithoutAudio(metadata, originalName, channel, reference, QuarantineCode.TOO_LARGE,
                "The file is larger than " + settings.maxBytes() / (1024 * 1024)
                        + " MB (QW_RECORDING_MAX_MB); it was not stored. Split or re-export it.");
    }

    private IngestOutcome record(CallMetadata metadata, List<String> unreadable, StoredAudio stored,
                                 String originalName, Recording.IngestChannel channel, String reference) {
        if (stored.size() == 0) {
            return registrar.registerWithoutAudio(metadata, originalName, channel, reference, QuarantineCode.EMPTY_FILE,
                    "The file is empty (0 bytes). Ask the recording system to send it again.");
        }
        try {
            return registrar.register(metadata, unreadable, stored, originalName, channel, reference);
        } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
            // another node registered the same audio or call at the same moment: the second look sees it
            return registrar.register(metadata, unreadable, stored, originalName, channel, reference);
        }
    }

    /** A file this application owns (claimed from the drop folder): linked into the store, not copied. */
    public IngestOutcome ingestOwnedFile(CallMetadata metadata, List<String> unreadable, java.nio.file.Path file,
                                         String originalName, Recording.IngestChannel channel, String reference) {
        metadata = withBusinessLine(metadata);
        StoredAudio stored;
        try {
            stored = store.adopt(file, settings.maxBytes());
        } catch (AudioStore.TooLargeException e) {
            return tooLarge(metadata, originalName, channel, reference);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the audio of call " + metadata.callId() + ": "
                    + e.getMessage(), e);
        }
        return record(metadata, unreadable, stored, originalName, channel, reference);
    }

    public IngestOutcome quarantineWithoutAudio(CallMetadata metadata, String originalName,
                                                Recording.IngestChannel channel, String reference,
                                                QuarantineCode code, String reason) {
        return registrar.registerWithoutAudio(metadata, originalName, channel, reference, code, reason);
    }

    static String safeName(String name) {
        if (name == null) {
            return "(no name)";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        return base.length() > 200 ? base.substring(0, 200) : base;
    }
}
