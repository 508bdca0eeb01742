package org.qualitywatch.sampling.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One sampling period: local dates {@code [start, end)} and the same bounds as instants {@code [from, to)}.
 *
 * <p>Even spread: a quota of k calls cuts {@code [from, to)} into k equal slots; {@link #slot(Instant, int)}
 * says which slot a call started in.
 */
public record PeriodWindow(LocalDate start, LocalDate end, Instant from, Instant to) {

    public PeriodWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("a period must end after it starts");
        }
    }

    public boolean contains(Instant t) {
        return t != null && !t.isBefore(from) && t.isBefore(to);
    }

    /** The slot (0 .. k-1) of {@code t} when the period is cut into {@code k} equal slots. */
    public int slot(Instant t, int k) {
        long length = to.toEpochMilli() - from.toEpochMilli();
        long offset = Math.max(0, Math.min(length - 1, t.toEpochMilli() - from.toEpochMilli()));
        return (int) Math.min(k - 1, (offset * (long) k) / length);
    }
}
