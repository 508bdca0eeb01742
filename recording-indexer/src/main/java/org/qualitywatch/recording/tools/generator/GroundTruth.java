package org.qualitywatch.recording.tools.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What is really in a generated call, computed from where the trimmed clips were placed: per-channel speech
 * intervals (one per turn, from its first to its last non-silent 10 ms), dead air (gaps of at least
 * {@code deadAirMinSeconds} in which nobody speaks, including the leading and trailing ones), cross-talk (both
 * speaking for at least {@code crossTalkMinSeconds}) and the transcript.
 */
public record GroundTruth(
        double durationSeconds,
        List<Interval> agentSpeech,
        List<Interval> customerSpeech,
        List<Interval> deadAir,
        List<Interval> crossTalk,
        List<Utterance> transcript) {

    public GroundTruth {
        agentSpeech = List.copyOf(agentSpeech);
        customerSpeech = List.copyOf(customerSpeech);
        deadAir = List.copyOf(deadAir);
        crossTalk = List.copyOf(crossTalk);
        transcript = List.copyOf(transcript);
    }

    /** A time span in seconds. */
    public record Interval(double start, double end) {
        public double length() {
            return end - start;
        }

        public double overlap(double s, double e) {
            return Math.max(0, Math.min(e, end) - Math.max(s, start));
        }
    }

    /** One transcript entry. */
    public record Utterance(Speaker speaker, double start, double end, String text) {
    }

    /** Builds the truth from a script's turns. */
    static GroundTruth of(CallScript script, double deadAirMinSeconds, double crossTalkMinSeconds) {
        List<Interval> agent = new ArrayList<>();
        List<Interval> customer = new ArrayList<>();
        List<Utterance> transcript = new ArrayList<>();
        for (CallScript.Turn t : script.turns()) {
            (t.speaker() == Speaker.AGENT ? agent : customer).add(new Interval(t.start(), t.end()));
            transcript.add(new Utterance(t.speaker(), t.start(), t.end(), t.text()));
        }
        transcript.sort(Comparator.comparingDouble(Utterance::start));
        agent = merge(agent);
        customer = merge(customer);
        List<Interval> all = new ArrayList<>(agent);
        all.addAll(customer);
        List<Interval> union = merge(all);

        double duration = script.durationSeconds();
        List<Interval> dead = new ArrayList<>();
        double cursor = 0;
        for (Interval i : union) {
            if (i.start() - cursor >= deadAirMinSeconds) {
                dead.add(new Interval(cursor, i.start()));
            }
            cursor = Math.max(cursor, i.end());
        }
        if (duration - cursor >= deadAirMinSeconds) {
            dead.add(new Interval(cursor, duration));
        }

        List<Interval> cross = new ArrayList<>();
        for (Interval a : agent) {
            for (Interval c : customer) {
                double s = Math.max(a.start(), c.start());
                double e = Math.min(a.end(), c.end());
                if (e - s >= crossTalkMinSeconds) {
                    cross.add(new Interval(s, e));
                }
            }
        }
        cross.sort(Comparator.comparingDouble(Interval::start));
        return new GroundTruth(duration, agent, customer, dead, cross, transcript);
    }

    public List<Interval> speech(Speaker speaker) {
        return speaker == Speaker.AGENT ? agentSpeech : customerSpeech;
    }

    public double talkSeconds(Speaker speaker) {
        return speech(speaker).stream().mapToDouble(Interval::length).sum();
    }

    /** Seconds in which at least one party speaks. */
    public double anyoneTalkingSeconds() {
        List<Interval> all = new ArrayList<>(agentSpeech);
        all.addAll(customerSpeech);
        return merge(all).stream().mapToDouble(Interval::length).sum();
    }

    /** Whether any utterance contains {@code word}. */
    public boolean mentions(String word) {
        return transcript.stream().anyMatch(u -> u.text().contains(word));
    }

    /** {@code [{"speaker":"AGENT","start":0.5,"end":3.21,"text":"..."}, ...]} */
    public String transcriptJson() {
        StringBuilder b = new StringBuilder("[\n");
        for (int i = 0; i < transcript.size(); i++) {
            Utterance u = transcript.get(i);
            b.append("  {\"speaker\":\"").append(u.speaker()).append("\",\"start\":").append(num(u.start()))
                    .append(",\"end\":").append(num(u.end())).append(",\"text\":").append(Json.string(u.text()))
                    .append('}').append(i + 1 < transcript.size() ? ",\n" : "\n");
        }
        return b.append("]\n").toString();
    }

    /** The whole truth as JSON (for integration tests and demo checks). */
    public String toJson() {
        return "{\n  \"duration\":" + num(durationSeconds)
                + ",\n  \"agentTalkSeconds\":" + num(talkSeconds(Speaker.AGENT))
                + ",\n  \"customerTalkSeconds\":" + num(talkSeconds(Speaker.CUSTOMER))
                + ",\n  \"agentSpeech\":" + intervals(agentSpeech)
                + ",\n  \"customerSpeech\":" + intervals(customerSpeech)
                + ",\n  \"deadAir\":" + intervals(deadAir)
                + ",\n  \"crossTalk\":" + intervals(crossTalk)
                + ",\n  \"transcript\":" + transcriptJson().strip() + "\n}\n";
    }

    private static String intervals(List<Interval> list) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < list.size(); i++) {
            b.append(i == 0 ? "" : ",").append('[').append(num(list.get(i).start())).append(',')
                    .append(num(list.get(i).end())).append(']');
        }
        return b.append(']').toString();
    }

    static String num(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    static List<Interval> merge(List<Interval> in) {
        List<Interval> sorted = new ArrayList<>(in);
        sorted.sort(Comparator.comparingDouble(Interval::start));
        List<Interval> out = new ArrayList<>();
        for (Interval i : sorted) {
            if (!out.isEmpty() && i.start() <= out.get(out.size() - 1).end()) {
                Interval last = out.remove(out.size() - 1);
                out.add(new Interval(last.start(), Math.max(last.end(), i.end())));
            } else {
                out.add(i);
            }
        }
        return out;
    }
}
