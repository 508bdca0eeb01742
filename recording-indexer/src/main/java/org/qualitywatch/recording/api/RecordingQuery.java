package org.qualitywatch.recording.api;

import java.time.Instant;
import java.util.List;

/**
 * A recording search. Every field is optional; {@code text} is matched as a phrase in transcripts
 * (Chinese is indexed character by character, so only phrase matching finds words) and metadata.
 */
public record RecordingQuery(String text, Instant from, Instant to, List<String> agents, List<String> teams,
                             List<String> businessLines, String direction, Double minDuration, Double maxDuration,
                             Double deadAirOver, Boolean crossTalk, String workOrder, Boolean quarantined,
                             String callerNumber, Sort sort, int size, String after) {

    public enum Sort {
        STARTED_DESC("startedAt", false), STARTED_ASC("startedAt", true), DURATION_DESC("durationSeconds", false),
        DEAD_AIR_DESC("maxDeadAirSeconds", false);

        public final String field;
        public final boolean ascending;

        Sort(String field, boolean ascending) {
            this.field = field;
            this.ascending = ascending;
        }

        /** {@code startedAt:desc} style, as the API takes it. */
        public static Sort parse(String value) {
            if (value == null || value.isBlank()) {
                return STARTED_DESC;
            }
            return switch (value) {
                case "startedAt:desc" -> STARTED_DESC;
                case "startedAt:asc" -> STARTED_ASC;
                case "duration:desc" -> DURATION_DESC;
                case "deadAir:desc" -> DEAD_AIR_DESC;
                default -> throw new IllegalArgumentException("sort must be one of startedAt:desc, startedAt:asc, "
                        + "duration:desc, deadAir:desc, not '" + value + "'");
            };
        }
    }

    public RecordingQuery {
        agents = agents == null ? List.of() : agents;
        teams = teams == null ? List.of() : teams;
        businessLines = businessLines == null ? List.of() : businessLines;
        sort = sort == null ? Sort.STARTED_DESC : sort;
        size = size <= 0 ? 20 : Math.min(size, 200);
    }
}
