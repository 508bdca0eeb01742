package org.qualitywatch.recording.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.qualitywatch.platform.search.IndexTemplate;
import org.qualitywatch.platform.search.OutboxEntry;
import org.qualitywatch.platform.search.SearchClient;
import org.qualitywatch.platform.search.SearchIndexes;
import org.qualitywatch.platform.search.SearchOutbox;
import org.qualitywatch.recording.domain.AnalysisSummary;
import org.qualitywatch.recording.domain.PhoneNumbers;
import org.qualitywatch.recording.domain.Recording;
import org.qualitywatch.recording.domain.RecordingStatus;
import org.qualitywatch.recording.domain.Utterance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Builds the search document of a recording and queues it in the outbox. */
@ApplicationScoped
public class RecordingDocuments {

    public static final String INDEX = "recordings";

    @Inject
    SearchClient search;

    @Inject
    SearchOutbox outbox;

    @Inject
    SearchIndexes indexes;

    private final RecordingSettings settings = RecordingSettings.fromEnvironment();

    public void declareIndex() {
        indexes.declare(new IndexTemplate(INDEX, "search/recordings-index.json", RecordingDocuments.class.getClassLoader()));
    }

    public String alias() {
        return search.indexNames().alias(INDEX);
    }

    /** Queues the current state of these recordings for Elasticsearch (call inside the changing transaction). */
    public void enqueue(Collection<Recording> recordings) {
        List<OutboxEntry> entries = new ArrayList<>();
        for (Recording r : recordings) {
            entries.add(OutboxEntry.index(indexOf(r), String.valueOf(r.id()), json(r), r.version()));
        }
        outbox.enqueue(entries);
    }

    public String indexOf(Recording r) {
        return search.indexNames().monthlyIndex(INDEX, r.startedAt() != null ? r.startedAt() : r.receivedAt());
    }

    String json(Recording r) {
        ObjectMapper mapper = search.objectMapper();
        ObjectNode doc = mapper.createObjectNode();
        doc.put("id", r.id());
        doc.put("sourceSystem", r.sourceSystem());
        doc.put("callId", r.callId());
        doc.put("agentId", r.agentId());
        doc.put("team", r.team());
        doc.put("direction", r.direction() == null ? null : r.direction().name());
        doc.put("callerNumberMasked", PhoneNumbers.mask(r.callerNumber()));
        doc.put("callerNumberHash", PhoneNumbers.searchHash(r.callerNumber(), settings.phoneHashKey()));
        doc.put("calleeNumber", r.calleeNumber());
        doc.put("skill", r.skill());
        doc.put("businessLine", r.businessLine());
        doc.put("startedAt", r.startedAt() == null ? null : r.startedAt().toString());
        doc.put("endedAt", r.endedAt() == null ? null : r.endedAt().toString());
        doc.put("receivedAt", r.receivedAt().toString());
        // what the search page shows: indexed means searchable, whatever the step before was
        doc.put("status", r.status() == RecordingStatus.ANALYSED ? RecordingStatus.INDEXED.name() : r.status().name());
        doc.put("quarantined", r.status() == RecordingStatus.QUARANTINED);
        doc.put("quarantineCode", r.quarantineCode() == null ? null : r.quarantineCode().name());
        doc.put("quarantineReason", r.quarantineReason());
        ArrayNode workOrders = doc.putArray("workOrders");
        r.workOrders().forEach(workOrders::add);
        if (r.satisfaction() != null) {
            doc.put("satisfaction", r.satisfaction());
        }
        AnalysisSummary analysis = RecordingJson.analysis(r);
        if (analysis != null) {
            doc.put("durationSeconds", analysis.durationSeconds());
            doc.put("codec", analysis.codec());
            doc.put("truncated", analysis.truncated());
            doc.put("silenceSeconds", analysis.silenceSeconds());
            doc.put("maxDeadAirSeconds", analysis.maxDeadAirSeconds());
            doc.put("deadAirCount", analysis.deadAir().size());
            doc.put("crossTalkCount", analysis.crossTalk() == null ? 0 : analysis.crossTalk().count());
            doc.put("crossTalkSeconds", analysis.crossTalk() == null ? 0 : analysis.crossTalk().seconds());
            doc.put("agentTalkRatio", analysis.agentTalkRatio());
        } else if (r.startedAt() != null && r.endedAt() != null) {
            doc.put("durationSeconds", (r.endedAt().toEpochMilli() - r.startedAt().toEpochMilli()) / 1000.0);
        }
        List<Utterance> transcript = RecordingJson.transcript(r);
        doc.put("hasTranscript", !transcript.isEmpty());
        ArrayNode lines = doc.putArray("transcript");
        for (Utterance u : transcript) {
            ObjectNode line = lines.addObject();
            line.put("speaker", u.speaker());
            line.put("start", u.start());
            line.put("end", u.end());
            line.put("text", u.text());
        }
        doc.put("metadataText", String.join(" ", nonNull(r.callId(), r.agentId(), r.team(), r.skill(),
                String.join(" ", r.workOrders()))));
        try {
            return mapper.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> nonNull(String... values) {
        List<String> list = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                list.add(v);
            }
        }
        return list;
    }
}
