package org.qualitywatch.recording.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.qualitywatch.recording.analysis.AudioTranscoder;
import org.qualitywatch.recording.analysis.UnreadableAudioException;
import org.qualitywatch.recording.api.AudioFile;
import org.qualitywatch.recording.api.RecordingCatalog;
import org.qualitywatch.recording.api.RecordingDetails;
import org.qualitywatch.recording.api.RecordingPage;
import org.qualitywatch.recording.api.RecordingQuery;
import org.qualitywatch.recording.api.WaveformPeaks;
import org.qualitywatch.recording.domain.AnalysisSummary;
import org.qualitywatch.recording.domain.AudioStore;
import org.qualitywatch.recording.domain.Recording;
import org.qualitywatch.recording.domain.RecordingRepository;
import org.qualitywatch.recording.infrastructure.RecordingSearchIndex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Search through Elasticsearch; everything about one recording from PostgreSQL and the audio store. */
@ApplicationScoped
public class RecordingCatalogService implements RecordingCatalog {

    private static final String MP3 = "mp3";

    @Inject
    RecordingSearchIndex index;

    @Inject
    RecordingRepository recordings;

    @Inject
    AudioStore store;

    /** One transcoding per audio at a time on this node; other nodes may race, the store's atomic move settles it. */
    private final ConcurrentHashMap<String, Object> transcoding = new ConcurrentHashMap<>();

    @Override
    public RecordingPage search(RecordingQuery query) {
        return index.search(query);
    }

    @Override
    @Transactional
    public Optional<RecordingDetails> find(long id) {
        return recordings.find(id).map(RecordingCatalogService::details);
    }

    @Override
    @Transactional
    public Optional<WaveformPeaks> peaks(long id) {
        Optional<Recording> recording = recordings.find(id);
        if (recording.isEmpty()) {
            return Optional.empty();
        }
        AnalysisSummary analysis = RecordingJson.analysis(recording.get());
        return recordings.findPeaks(id).map(p -> {
            int length = p.data().length / p.channels();
            List<float[]> channels = new ArrayList<>();
            for (int c = 0; c < p.channels(); c++) {
                float[] values = new float[length];
                for (int i = 0; i < length; i++) {
                    values[i] = p.data()[c * length + i] / 127f;
                }
                channels.add(values);
            }
            double duration = analysis != null ? analysis.durationSeconds() : (double) length / p.peaksPerSecond();
            return new WaveformPeaks(p.peaksPerSecond(), duration, channels);
        });
    }

    @Override
    public Optional<AudioFile> playable(long id) {
        Optional<Recording> recording = load(id);
        if (recording.isEmpty() || !recording.get().hasAudio() || RecordingJson.analysis(recording.get()) == null) {
            return Optional.empty();
        }
        String sha = recording.get().audioSha256();
        try {
            Optional<Path> ready = store.rendition(sha, MP3);
            if (ready.isEmpty()) {
                synchronized (transcoding.computeIfAbsent(sha, k -> new Object())) {
                    ready = store.rendition(sha, MP3);
                    if (ready.isEmpty()) {
                        Path target = store.renditionTarget(sha, MP3);
                        AudioTranscoder.toBrowserMp3(store.localFile(sha), target);
                        ready = Optional.of(target);
                    }
                }
            }
            return Optional.of(new AudioFile(ready.get(), recording.get().callId() + ".mp3", "audio/mpeg",
                    Files.size(ready.get())));
        } catch (UnreadableAudioException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare recording " + id + " for playing: " + e.getMessage(), e);
        }
    }

    @Override
    @Transactional
    public List<CallRecording> byCallIds(java.util.Collection<String> callIds) {
        return recordings.findByCallIds(callIds).stream().map(r -> {
            AnalysisSummary a = RecordingJson.analysis(r);
            return new CallRecording(r.id(), r.callId(), r.startedAt(), a == null ? null : a.durationSeconds(),
                    r.status().name());
        }).toList();
    }

    @Override
    public Optional<AudioFile> original(long id) {
        Optional<Recording> recording = load(id);
        if (recording.isEmpty() || !recording.get().hasAudio()) {
            return Optional.empty();
        }
        Recording r = recording.get();
        try {
            Path file = store.localFile(r.audioSha256());
            String name = r.originalName() == null ? r.callId() : Path.of(r.originalName()).getFileName().toString();
            return Optional.of(new AudioFile(file, name, contentType(name), Files.size(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("The audio of recording " + id + " is missing from the store: "
                    + e.getMessage(), e);
        }
    }

    @Transactional
    Optional<Recording> load(long id) {
        return recordings.find(id);
    }

    static String contentType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".wav")) return "audio/wav";
        if (lower.endsWith(".mp3")) return "audio/mpeg";
        if (lower.endsWith(".ogg") || lower.endsWith(".opus") || lower.endsWith(".oga")) return "audio/ogg";
        if (lower.endsWith(".m4a") || lower.endsWith(".aac")) return "audio/mp4";
        return "application/octet-stream";
    }

    static RecordingDetails details(Recording r) {
        AnalysisSummary analysis = RecordingJson.analysis(r);
        Double duration = analysis != null ? Double.valueOf(analysis.durationSeconds())
                : r.startedAt() != null && r.endedAt() != null
                ? (r.endedAt().toEpochMilli() - r.startedAt().toEpochMilli()) / 1000.0 : null;
        String status = r.status().name();
        return new RecordingDetails(r.id(), r.sourceSystem(), r.callId(), r.agentId(), null, r.team(),
                r.direction() == null ? null : r.direction().name(), r.callerNumber(), r.calleeNumber(), r.skill(),
                r.businessLine(), r.startedAt(), r.endedAt(), duration, r.workOrders(), r.satisfaction(),
                r.satisfactionChannel(), status, r.quarantineCode() == null ? null : r.quarantineCode().name(),
                r.quarantineReason(), r.conflictWith(), r.originalName(), r.ingestChannel().name(),
                r.ingestReference(), r.receivedAt(), r.analysedAt(), r.indexedAt(), r.attempts(), r.lastError(),
                r.hasAudio(), analysis, RecordingJson.transcript(r));
    }
}
