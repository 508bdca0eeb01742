package org.qualitywatch.recording.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the recording system tells about a call. {@link #problems()} lists every rule it breaks, in
 * words a person can act on; a recording with problems is quarantined, not dropped.
 */
public record CallMetadata(String sourceSystem, String callId, String agentId, String team, Direction direction,
                           String callerNumber, String calleeNumber, String skill, String businessLine,
                           Instant startedAt, Instant endedAt, List<String> workOrders, Integer satisfaction,
                           String satisfactionChannel, List<Utterance> transcript) {

    public static final String DEFAULT_SOURCE = "pbx";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}");
    private static final Pattern PHONE = Pattern.compile("[0-9+*#-]{1,32}");
    private static final Set<String> SPEAKERS = Set.of("AGENT", "CUSTOMER", "UNKNOWN");

    public CallMetadata {
        sourceSystem = sourceSystem == null || sourceSystem.isBlank() ? DEFAULT_SOURCE : sourceSystem.trim();
        workOrders = workOrders == null ? List.of()
                : workOrders.stream().filter(w -> w != null && !w.isBlank()).map(String::trim).distinct().toList();
        transcript = transcript == null ? List.of() : List.copyOf(transcript);
    }

    public CallMetadata withBusinessLine(String line) {
        return new CallMetadata(sourceSystem, callId, agentId, team, direction, callerNumber, calleeNumber, skill, line,
                startedAt, endedAt, workOrders, satisfaction, satisfactionChannel, transcript);
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (callId == null || callId.isBlank()) {
            problems.add("call id is missing");
        } else if (!ID.matcher(callId).matches()) {
            problems.add("call id '" + callId + "' may only contain letters, digits and . _ : @ - (at most 128)");
        }
        if (!ID.matcher(sourceSystem).matches()) {
            problems.add("source system '" + sourceSystem + "' may only contain letters, digits and . _ : @ -");
        }
        if (agentId == null || agentId.isBlank()) {
            problems.add("agent id is missing");
        } else if (!ID.matcher(agentId).matches()) {
            problems.add("agent id '" + agentId + "' is not a valid id");
        }
        if (startedAt == null) {
            problems.add("start time is missing");
        }
        if (startedAt != null && endedAt != null && endedAt.isBefore(startedAt)) {
            problems.add("end time " + endedAt + " is before start time " + startedAt);
        }
        checkPhone("caller number", callerNumber, problems);
        checkPhone("callee number", calleeNumber, problems);
        if (satisfaction != null && (satisfaction < 1 || satisfaction > 5)) {
            problems.add("satisfaction must be 1 to 5, not " + satisfaction);
        }
        for (int i = 0; i < transcript.size(); i++) {
            Utterance u = transcript.get(i);
            if (u.text() == null || u.speaker() == null || !SPEAKERS.contains(u.speaker()) || u.start() < 0
                    || u.end() < u.start()) {
                problems.add("transcript line " + (i + 1) + " needs speaker AGENT/CUSTOMER/UNKNOWN, text, and 0 <= start <= end");
                break;
            }
        }
        return problems;
    }

    private static void checkPhone(String name, String value, List<String> problems) {
        if (value != null && !value.isBlank() && !PHONE.matcher(value).matches()) {
            problems.add(name + " '" + value + "' is not a phone number");
        }
    }
}
