package org.qualitywatch.recording.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.qualitywatch.recording.api.IngestOutcome;
import org.qualitywatch.recording.domain.CallMetadata;
import org.qualitywatch.recording.domain.QuarantineCode;
import org.qualitywatch.recording.domain.Recording;
import org.qualitywatch.recording.domain.RecordingRepository;
import org.qualitywatch.recording.domain.StoredAudio;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Records an arrived recording in one transaction: duplicate, conflict, quarantine or accepted.
 * Quarantined recordings are queued for the index at once, since no analysis follows.
 */
@ApplicationScoped
public class RecordingRegistrar {

    @Inject
    RecordingRepository recordings;

    @Inject
    RecordingDocuments documents;

    @Inject
    org.qualitywatch.recording.infrastructure.ExpectedCallRegistry expected;

    /**
     * A call a recording system delivers (drop folder, archive) is expected to have a recording: if
     * its audio turns out missing, the completeness report lists it. Written in the registration's
     * own transaction.
     */
    private void expectDelivered(CallMetadata metadata, Recording.IngestChannel channel, String reference) {
        if (channel != Recording.IngestChannel.UPLOAD && metadata.callId() != null && !metadata.callId().isBlank()
                && metadata.callId().length() <= 128) {
            expected.expect(metadata.sourceSystem(), metadata.callId(),
                    org.qualitywatch.recording.infrastructure.ExpectedCallRegistry.Origin.MANIFEST, reference,
                    metadata.startedAt());
        }
    }

    @Transactional
    public IngestOutcome register(CallMetadata metadata, List<String> unreadable, StoredAudio audio,
                                  String originalName, Recording.IngestChannel channel, String reference) {
        Instant now = Instant.now();
        expectDelivered(metadata, channel, reference);
        String transcriptJson = RecordingJson.write(metadata.transcript());
        List<String> problems = new java.util.ArrayList<>(unreadable);
        problems.addAll(metadata.problems());
        Optional<Recording> sameAudio = recordings.findByAudio(audio.sha256());
        if (sameAudio.isPresent()) {
            Recording known = sameAudio.get();
            if (known.awaitsMetadata() && problems.isEmpty()
                    && recordings.findByCall(metadata.sourceSystem(), metadata.callId()).isEmpty()) {
                known.redeliver(metadata, transcriptJson, null, originalName, channel, reference, now);
                return new IngestOutcome(known.id(), IngestOutcome.Kind.ACCEPTED,
                        "Recording " + known.id() + " was waiting for usable metadata; it has it now.");
            }
            return new IngestOutcome(known.id(), IngestOutcome.Kind.DUPLICATE,
                    "This audio is already recording " + known.id() + " (call " + known.callId() + ").");
        }
        if (!problems.isEmpty()) {
            String reason = "metadata: " + String.join("; ", problems);
            Recording r = Recording.quarantinedOnArrival(metadata, transcriptJson, audio, originalName, channel,
                    reference, QuarantineCode.INVALID_METADATA, reason, now);
            recordings.add(r);
            documents.enqueue(List.of(r));
            return new IngestOutcome(r.id(), IngestOutcome.Kind.QUARANTINED, reason);
        }
        Recording r = Recording.received(metadata, transcriptJson, audio, originalName, channel, reference, now);
        Optional<Recording> sameCall = recordings.findByCall(metadata.sourceSystem(), metadata.callId());
        if (sameCall.isPresent() && !sameCall.get().hasAudio()) {
            // the file a manifest named arrives later, or again after being empty or too large
            Recording waiting = sameCall.get();
            waiting.redeliver(metadata, transcriptJson, audio, originalName, channel, reference, now);
            return new IngestOutcome(waiting.id(), IngestOutcome.Kind.ACCEPTED,
                    "The audio of call " + metadata.callId() + " arrived; recording " + waiting.id() + " goes on.");
        }
        if (sameCall.isPresent()) {
            r.markConflictWith(sameCall.get().id(), sameCall.get().audioSha256() == null ? "0".repeat(12)
                    : sameCall.get().audioSha256());
            recordings.add(r);
            documents.enqueue(List.of(r));
            return new IngestOutcome(r.id(), IngestOutcome.Kind.CONFLICT, r.quarantineReason());
        }
        recordings.add(r);
        return new IngestOutcome(r.id(), IngestOutcome.Kind.ACCEPTED, "Stored; analysis and indexing follow.");
    }

    /** A recording whose audio could not be taken (missing, empty, too large, unsafe name). */
    @Transactional
    public IngestOutcome registerWithoutAudio(CallMetadata metadata, String originalName,
                                              Recording.IngestChannel channel, String reference,
                                              QuarantineCode code, String reason) {
        expectDelivered(metadata, channel, reference);
        Recording r = Recording.quarantinedOnArrival(metadata, RecordingJson.write(metadata.transcript()), null,
                originalName, channel, reference, code, reason, Instant.now());
        recordings.add(r);
        documents.enqueue(List.of(r));
        return new IngestOutcome(r.id(), IngestOutcome.Kind.QUARANTINED, reason);
    }
}
