package org.qualitywatch.recording.tools.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A call as a timeline of turns. Built with {@link #builder(TurnLengths)}, which knows how long each turn will sound
 * (it asks the synthesizer), so every turn gets an absolute start and end. The builder can plant the two things the
 * analyzer must find: dead air ({@link Builder#deadAir}) and cross-talk ({@link Builder#interrupt}).
 */
public final class CallScript {

    /** One utterance: who, what, and when (seconds from the start of the recording). */
    public record Turn(Speaker speaker, String text, double start, double end) {
        public double length() {
            return end - start;
        }
    }

    /** How long a turn sounds when spoken by a speaker (the trimmed, assembled audio). */
    @FunctionalInterface
    public interface TurnLengths {
        double seconds(Speaker speaker, String text);
    }

    private final List<Turn> turns;
    private final double durationSeconds;
    private final List<GroundTruth.Interval> plantedDeadAir;
    private final List<GroundTruth.Interval> plantedCrossTalk;

    private CallScript(List<Turn> turns, double durationSeconds, List<GroundTruth.Interval> plantedDeadAir,
                       List<GroundTruth.Interval> plantedCrossTalk) {
        this.turns = List.copyOf(turns);
        this.durationSeconds = durationSeconds;
        this.plantedDeadAir = List.copyOf(plantedDeadAir);
        this.plantedCrossTalk = List.copyOf(plantedCrossTalk);
    }

    public static Builder builder(TurnLengths lengths) {
        return new Builder(lengths);
    }

    /** Turns in the order they were added (an interrupting turn starts before its predecessor ends). */
    public List<Turn> turns() {
        return turns;
    }

    /** Length of the recording, including the lead-in and tail silence. */
    public double durationSeconds() {
        return durationSeconds;
    }

    /** Dead air deliberately inserted with {@link Builder#deadAir} (gap between two turns). */
    public List<GroundTruth.Interval> plantedDeadAir() {
        return plantedDeadAir;
    }

    /** Cross-talk deliberately inserted with {@link Builder#interrupt}. */
    public List<GroundTruth.Interval> plantedCrossTalk() {
        return plantedCrossTalk;
    }

    /** Ground truth with the analyzer's default thresholds (3 s dead air, 200 ms cross-talk). */
    public GroundTruth groundTruth() {
        return groundTruth(3.0, 0.2);
    }

    public GroundTruth groundTruth(double deadAirMinSeconds, double crossTalkMinSeconds) {
        return GroundTruth.of(this, deadAirMinSeconds, crossTalkMinSeconds);
    }

    /**
     * Lays turns out on a timeline. Each turn starts after the end of everything so far plus the pending gap
     * ({@link #pause}, {@link #deadAir}; default {@value #DEFAULT_GAP} s), except an {@link #interrupt}, which starts
     * before the previous turn ends.
     */
    public static final class Builder {
        public static final double DEFAULT_GAP = 0.6;

        private final TurnLengths lengths;
        private final List<Turn> turns = new ArrayList<>();
        private final List<GroundTruth.Interval> deadAir = new ArrayList<>();
        private final List<GroundTruth.Interval> crossTalk = new ArrayList<>();
        private double lead = 0.5;
        private double tail = 0.6;
        private double pendingGap = Double.NaN;
        private boolean pendingDeadAir;
        private double cursor;

        private Builder(TurnLengths lengths) {
            this.lengths = Objects.requireNonNull(lengths, "lengths");
        }

        /** Silence before the first turn (default 0.5 s). */
        public Builder lead(double seconds) {
            if (!turns.isEmpty()) {
                throw new IllegalStateException("lead() must come before the first turn");
            }
            lead = requireNonNegative(seconds);
            return this;
        }

        /** Silence after the last turn (default 0.6 s). */
        public Builder tail(double seconds) {
            tail = requireNonNegative(seconds);
            return this;
        }

        /** Ordinary pause before the next turn. */
        public Builder pause(double seconds) {
            pendingGap = requireNonNegative(seconds);
            pendingDeadAir = false;
            return this;
        }

        /** Deliberate dead air: nobody speaks for {@code seconds} before the next turn. */
        public Builder deadAir(double seconds) {
            pendingGap = requireNonNegative(seconds);
            pendingDeadAir = true;
            return this;
        }

        public Builder agent(String text) {
            return say(Speaker.AGENT, text);
        }

        public Builder customer(String text) {
            return say(Speaker.CUSTOMER, text);
        }

        /** Adds a turn after everything so far and the pending gap. */
        public Builder say(Speaker speaker, String text) {
            double gap = Double.isNaN(pendingGap) ? (turns.isEmpty() ? 0 : DEFAULT_GAP) : pendingGap;
            double start = (turns.isEmpty() ? lead : cursor) + gap;
            if (pendingDeadAir && !turns.isEmpty()) {
                deadAir.add(new GroundTruth.Interval(cursor, start));
            } else if (pendingDeadAir) {
                deadAir.add(new GroundTruth.Interval(0, start));
            }
            add(speaker, text, start);
            return this;
        }

        /**
         * Deliberate cross-talk: {@code speaker} starts {@code overlapSeconds} before the previous turn (by the other
         * speaker) ends.
         */
        public Builder interrupt(Speaker speaker, String text, double overlapSeconds) {
            if (turns.isEmpty()) {
                throw new IllegalStateException("nothing to interrupt");
            }
            Turn prev = turns.get(turns.size() - 1);
            if (prev.speaker() == speaker) {
                throw new IllegalStateException("a speaker cannot interrupt their own turn");
            }
            double len = lengths.seconds(speaker, text);
            if (!(overlapSeconds > 0) || overlapSeconds >= prev.length() || overlapSeconds >= len) {
                throw new IllegalArgumentException("overlap " + overlapSeconds + " s must be positive and shorter "
                        + "than both turns (" + prev.length() + " s, " + len + " s)");
            }
            double start = prev.end() - overlapSeconds;
            add(speaker, text, start);
            Turn mine = turns.get(turns.size() - 1);
            crossTalk.add(new GroundTruth.Interval(start, Math.min(prev.end(), mine.end())));
            return this;
        }

        /** End of the latest turn so far (where the next ordinary turn's gap starts). */
        public double cursor() {
            return turns.isEmpty() ? lead : cursor;
        }

        /** The last turn added, or {@code null}. */
        public Turn lastTurn() {
            return turns.isEmpty() ? null : turns.get(turns.size() - 1);
        }

        public int size() {
            return turns.size();
        }

        /** Estimated length of a turn (as the synthesizer will render it). */
        public double lengthOf(Speaker speaker, String text) {
            return lengths.seconds(speaker, text);
        }

        public CallScript build() {
            if (turns.isEmpty()) {
                throw new IllegalStateException("a call needs at least one turn");
            }
            double end = cursor + tail;
            return new CallScript(turns, end, deadAir, crossTalk);
        }

        private void add(Speaker speaker, String text, double start) {
            Objects.requireNonNull(speaker, "speaker");
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("empty turn");
            }
            double len = lengths.seconds(speaker, text);
            Turn t = new Turn(speaker, text.strip(), start, start + len);
            for (int i = turns.size() - 1; i >= 0; i--) { // a speaker never overlaps themselves
                Turn o = turns.get(i);
                if (o.speaker() == speaker && o.end() > t.start() && o.start() < t.end()) {
                    throw new IllegalStateException(speaker + " would overlap their own turn at " + start + " s");
                }
            }
            turns.add(t);
            cursor = Math.max(cursor, t.end());
            pendingGap = Double.NaN;
            pendingDeadAir = false;
        }

        private static double requireNonNegative(double s) {
            if (!(s >= 0)) {
                throw new IllegalArgumentException("seconds must be >= 0: " + s);
            }
            return s;
        }
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Turn t : turns) {
            b.append(String.format(java.util.Locale.ROOT, "%7.2f-%7.2f %-8s %s%n", t.start(), t.end(),
                    t.speaker(), t.text()));
        }
        return b.toString();
    }
}
