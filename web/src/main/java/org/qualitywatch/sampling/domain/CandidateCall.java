package org.qualitywatch.sampling.domain;

import java.time.Instant;
import java.util.List;

/**
 * A call of the population as sampling sees it.
 *
 * @param recordingId     the recording's id
 * @param callId          the PBX call id; the draw is computed from it (it stays the same when a recording is re-ingested)
 * @param words           the configured words its transcript contains (empty: none)
 * @param complaintLinked whether a complaint names this call
 */
public record CandidateCall(long recordingId, String callId, String agentId, String team, String businessLine,
                            String direction, Instant startedAt, double seconds, double maxDeadAirSeconds,
                            List<String> words, boolean complaintLinked) {

    public CandidateCall {
        words = words == null ? List.of() : List.copyOf(words);
    }
}
