package org.qualitywatch.recording.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One page of search results with facet counts; {@code nextCursor} fetches the next page. */
public record RecordingPage(long total, List<Item> items, Map<String, List<FacetCount>> facets, String nextCursor) {

    public record Item(long id, String callId, String agentId, String team, String direction,
                       String callerNumberMasked, String calleeNumber, String skill, String businessLine,
                       Instant startedAt, Double durationSeconds, String status, String quarantineReason,
                       Double maxDeadAirSeconds, Integer deadAirCount, Integer crossTalkCount,
                       Double crossTalkSeconds, List<String> workOrders, Integer satisfaction, boolean hasTranscript,
                       List<TranscriptHit> hits) {
    }

    /** A transcript line that matched, with the match marked by {@code <em>} and everything else escaped. */
    public record TranscriptHit(double start, double end, String speaker, String html) {
    }

    public record FacetCount(String key, long count) {
    }
}
