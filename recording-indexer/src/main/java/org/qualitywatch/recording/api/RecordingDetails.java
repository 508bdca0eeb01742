package org.qualitywatch.recording.api;

import org.qualitywatch.recording.domain.AnalysisSummary;
import org.qualitywatch.recording.domain.Utterance;

import java.time.Instant;
import java.util.List;

/**
 * Everything known about one recording, read from PostgreSQL (the source of truth).
 * {@code agentName} is left empty by this module (it knows agents by id only) for callers to fill.
 */
public record RecordingDetails(long id, String sourceSystem, String callId, String agentId, String agentName, String team,
                               String direction, String callerNumber, String calleeNumber, String skill,
                               String businessLine, Instant startedAt, Instant endedAt, Double durationSeconds,
                               List<String> workOrders, Integer satisfaction, String satisfactionChannel,
                               String status, String quarantineCode, String quarantineReason, Long conflictWith,
                               String originalName, String ingestChannel, String ingestReference,
                               Instant receivedAt, Instant analysedAt, Instant indexedAt, int attempts,
                               String lastError, boolean hasAudio, AnalysisSummary analysis,
                               List<Utterance> transcript) {

    public RecordingDetails withAgentName(String name) {
        return new RecordingDetails(id, sourceSystem, callId, agentId, name, team, direction, callerNumber,
                calleeNumber, skill, businessLine, startedAt, endedAt, durationSeconds, workOrders, satisfaction,
                satisfactionChannel, status, quarantineCode, quarantineReason, conflictWith, originalName,
                ingestChannel, ingestReference, receivedAt, analysedAt, indexedAt, attempts, lastError, hasAudio,
                analysis, transcript);
    }

    public RecordingDetails withCallerNumber(String number) {
        return new RecordingDetails(id, sourceSystem, callId, agentId, agentName, team, direction, number,
                calleeNumber, skill, businessLine, startedAt, endedAt, durationSeconds, workOrders, satisfaction,
                satisfactionChannel, status, quarantineCode, quarantineReason, conflictWith, originalName,
                ingestChannel, ingestReference, receivedAt, analysedAt, indexedAt, attempts, lastError, hasAudio,
                analysis, transcript);
    }
}
