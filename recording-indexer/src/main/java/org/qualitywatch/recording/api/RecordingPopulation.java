package org.qualitywatch.recording.api;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * A streaming read of the analysed calls of a time window, for modules that pick calls out of many
 * (sampling). It hands over plain values, one call at a time, without loading recordings, so a million
 * calls take seconds and little memory. Only analysed or indexed calls that are not a conflicting copy are read.
 */
public interface RecordingPopulation {

    /**
     * The filter. Empty lists mean "all"; {@code words} are looked for in the transcript text and the
     * ones found are reported per call.
     *
     * @param skills     skills / call types
     * @param minSeconds calls shorter than this are left out (null: none)
     */
    record PopulationQuery(Instant from, Instant to, List<String> businessLines, List<String> teams,
                           List<String> agents, List<String> directions, List<String> skills, Double minSeconds,
                           List<String> words) {

        public PopulationQuery {
            businessLines = businessLines == null ? List.of() : List.copyOf(businessLines);
            teams = teams == null ? List.of() : List.copyOf(teams);
            agents = agents == null ? List.of() : List.copyOf(agents);
            directions = directions == null ? List.of() : List.copyOf(directions);
            skills = skills == null ? List.of() : List.copyOf(skills);
            words = words == null ? List.of() : List.copyOf(words);
        }
    }

    /**
     * One call.
     *
     * @param seconds           duration from analysis (or from start and end times before analysis)
     * @param maxDeadAirSeconds the longest dead air analysis found (0 when unknown)
     * @param words             the query's words its transcript contains
     */
    record PopulationCall(long id, String callId, String agentId, String team, String businessLine,
                          String direction, String skill, Instant startedAt, double seconds,
                          double maxDeadAirSeconds, List<String> words) {
    }

    /**
     * Hands every call of the query to {@code consumer}, in no particular order; returns how many. Windows of a
     * day or more are read in slices on several connections ({@code QW_POPULATION_PARTITIONS}, default 2): the
     * consumer may then be called from several threads, but never from two at the same time.
     */
    long forEach(PopulationQuery query, Consumer<PopulationCall> consumer);
}
