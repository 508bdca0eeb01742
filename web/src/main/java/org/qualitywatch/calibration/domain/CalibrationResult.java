package org.qualitywatch.calibration.domain;

import org.qualitywatch.scoring.domain.ScorecardDefinition.ItemResult;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The figures of a calibration session (see docs/qa-calibration.md for the worked example).
 *
 * <h2>Formulas</h2>
 * <ol>
 *   <li>Reference score of a call, R(c): the reference user's score when the session has one, otherwise the
 *       mean of the scores of every participant who scored the call. A call without reference (the
 *       reference user did not score it, or nobody did) is left out of every figure.</li>
 *   <li>Deviation of monitor m on call c: d(m,c) = S(m,c) − R(c). Per monitor, over the calls m scored:
 *       mean deviation = Σ d ÷ n (signed: + = scores higher than the reference), mean absolute deviation =
 *       Σ |d| ÷ n, max absolute deviation.</li>
 *   <li>Flag: |mean deviation| &gt; threshold (default 5 points, per session). One call beyond the threshold
 *       does not flag the monitor (a single hard call is not a calibration problem); such calls are
 *       marked {@code outside} in the per-call table and counted in {@code callsOutside}.</li>
 *   <li>Item value: N/A, or the points the item earned (positive items, after a failed section) or deducted
 *       (deduction items), together with whether the item failed (so that a fatal item worth 0 points still
 *       compares). Two values agree when both are N/A, or both are not N/A, equally failed and their
 *       points differ by less than 0.005.</li>
 *   <li>Reference value of an item on a call: the reference user's value; without reference user, the most
 *       common value of all participants on that call (ties: the lowest value, N/A lowest, then fewer points,
 *       then failed before passed).</li>
 *   <li>Item agreement rate = agreeing answers ÷ all answers compared, per monitor (over its calls and items),
 *       per item (over all monitors and calls), and overall.</li>
 *   <li>With a reference user, that user is the yardstick and has no row among the monitors; without, every
 *       participant is a monitor and is compared with a mean or mode to which it contributed.</li>
 * </ol>
 * Figures are rounded half up to 2 decimals (rates to 4).
 */
public record CalibrationResult(String referenceUser, BigDecimal threshold, List<MonitorFigures> monitors,
                                List<ItemFigures> items, List<CallFigures> calls, Double overallAgreement) {

    /** One participant's scored call. */
    public record Score(long recordingId, String username, BigDecimal score, Map<String, ItemResult> items) {
    }

    public record MonitorFigures(String monitor, int calls, BigDecimal meanDeviation, BigDecimal meanAbsDeviation,
                                 BigDecimal maxAbsDeviation, int callsOutside, int itemsAgreeing, int itemsCompared,
                                 Double itemAgreement, boolean flagged) {
    }

    public record ItemFigures(String code, int agreeing, int compared, Double agreement) {
    }

    public record CallScore(String username, BigDecimal score, BigDecimal deviation, boolean outside) {
    }

    public record CallFigures(long recordingId, BigDecimal reference, List<CallScore> scores) {
    }

    /** An item's value for agreement: N/A, or points earned / deducted and whether it failed. */
    record ItemValue(boolean na, boolean failed, double points) {

        static ItemValue of(ItemResult r) {
            // one of earned / deducted is always 0: positive items never deduct, deductions never earn
            return r.na() ? new ItemValue(true, false, 0) : new ItemValue(false, r.failed(), r.earned() + r.deducted());
        }

        boolean agrees(ItemValue other) {
            if (na || other.na) {
                return na && other.na;
            }
            return failed == other.failed && Math.abs(points - other.points) < 0.005;
        }

        static final Comparator<ItemValue> LOWEST_FIRST = Comparator.comparing((ItemValue v) -> !v.na)
                .thenComparingDouble(v -> Math.round(v.points * 100) / 100.0)
                .thenComparing(v -> !v.failed);
    }

    /**
     * @param itemCodes     the scorecard's item codes, in scorecard order (the per-item table follows it)
     * @param participants  every participant (with the reference user, if any)
     * @param referenceUser the reference participant, or null for the mean of all participants
     * @param threshold     the flagging threshold in points
     * @param scores        the submitted scores, in any order
     */
    public static CalibrationResult compute(List<String> itemCodes, List<String> participants, String referenceUser,
                                            BigDecimal threshold, List<Long> recordingIds, List<Score> scores) {
        Objects.requireNonNull(threshold, "threshold");
        Map<Long, Map<String, Score>> byCall = new LinkedHashMap<>();
        recordingIds.forEach(id -> byCall.put(id, new LinkedHashMap<>()));
        for (Score s : scores) {
            byCall.computeIfAbsent(s.recordingId(), id -> new LinkedHashMap<>()).put(s.username(), s);
        }
        List<String> monitors = participants.stream().filter(p -> !p.equals(referenceUser)).toList();

        Map<String, Tally> perMonitor = new LinkedHashMap<>();
        monitors.forEach(m -> perMonitor.put(m, new Tally()));
        Map<String, int[]> perItem = new LinkedHashMap<>();
        itemCodes.forEach(code -> perItem.put(code, new int[2]));
        List<CallFigures> calls = new ArrayList<>();

        for (Map.Entry<Long, Map<String, Score>> call : byCall.entrySet()) {
            Map<String, Score> scored = call.getValue();
            Double reference = referenceScore(scored, referenceUser);
            List<CallScore> callScores = new ArrayList<>();
            if (reference == null) {
                scored.values().forEach(s -> callScores.add(new CallScore(s.username(), s.score(), null, false)));
                calls.add(new CallFigures(call.getKey(), null, callScores));
                continue;
            }
            Map<String, ItemValue> referenceItems = referenceItems(itemCodes, scored, referenceUser);
            for (Score s : scored.values()) {
                Tally tally = perMonitor.get(s.username());
                if (tally == null) {
                    // the reference user (or someone no longer a participant): shown, not compared
                    callScores.add(new CallScore(s.username(), s.score(), null, false));
                    continue;
                }
                double d = s.score().doubleValue() - reference;
                boolean outside = Math.abs(d) > threshold.doubleValue();
                callScores.add(new CallScore(s.username(), s.score(), round(d), outside));
                tally.add(d, outside);
                for (String code : itemCodes) {
                    ItemValue expected = referenceItems.get(code);
                    ItemResult mine = s.items().get(code);
                    if (expected == null || mine == null) {
                        continue;
                    }
                    boolean agrees = ItemValue.of(mine).agrees(expected);
                    tally.itemsCompared++;
                    perItem.get(code)[1]++;
                    if (agrees) {
                        tally.itemsAgreeing++;
                        perItem.get(code)[0]++;
                    }
                }
            }
            calls.add(new CallFigures(call.getKey(), round(reference), callScores));
        }

        List<MonitorFigures> monitorFigures = new ArrayList<>();
        int agreeing = 0;
        int compared = 0;
        for (Map.Entry<String, Tally> e : perMonitor.entrySet()) {
            Tally t = e.getValue();
            agreeing += t.itemsAgreeing;
            compared += t.itemsCompared;
            if (t.calls == 0) {
                monitorFigures.add(new MonitorFigures(e.getKey(), 0, null, null, null, 0, 0, 0, null, false));
                continue;
            }
            double mean = t.sum / t.calls;
            monitorFigures.add(new MonitorFigures(e.getKey(), t.calls, round(mean), round(t.absSum / t.calls),
                    round(t.maxAbs), t.outside, t.itemsAgreeing, t.itemsCompared, rate(t.itemsAgreeing, t.itemsCompared),
                    Math.abs(mean) > threshold.doubleValue()));
        }
        List<ItemFigures> itemFigures = perItem.entrySet().stream()
                .map(e -> new ItemFigures(e.getKey(), e.getValue()[0], e.getValue()[1], rate(e.getValue()[0], e.getValue()[1])))
                .toList();
        return new CalibrationResult(referenceUser, threshold, monitorFigures, itemFigures, calls, rate(agreeing, compared));
    }

    private static Double referenceScore(Map<String, Score> scored, String referenceUser) {
        if (referenceUser != null) {
            Score golden = scored.get(referenceUser);
            return golden == null ? null : golden.score().doubleValue();
        }
        return scored.isEmpty() ? null
                : scored.values().stream().mapToDouble(s -> s.score().doubleValue()).average().orElseThrow();
    }

    private static Map<String, ItemValue> referenceItems(List<String> itemCodes, Map<String, Score> scored,
                                                         String referenceUser) {
        Map<String, ItemValue> reference = new LinkedHashMap<>();
        for (String code : itemCodes) {
            if (referenceUser != null) {
                ItemResult golden = scored.get(referenceUser).items().get(code);
                if (golden != null) {
                    reference.put(code, ItemValue.of(golden));
                }
                continue;
            }
            // the mode; agreeing values count together, ties go to the lowest value
            List<ItemValue> values = scored.values().stream().map(s -> s.items().get(code)).filter(Objects::nonNull)
                    .map(ItemValue::of).sorted(ItemValue.LOWEST_FIRST).toList();
            ItemValue best = null;
            long bestCount = 0;
            for (ItemValue candidate : values) {
                long count = values.stream().filter(candidate::agrees).count();
                if (count > bestCount) {
                    best = candidate;
                    bestCount = count;
                }
            }
            if (best != null) {
                reference.put(code, best);
            }
        }
        return reference;
    }

    private static final class Tally {
        int calls;
        double sum;
        double absSum;
        double maxAbs;
        int outside;
        int itemsAgreeing;
        int itemsCompared;

        void add(double deviation, boolean isOutside) {
            calls++;
            sum += deviation;
            absSum += Math.abs(deviation);
            maxAbs = Math.max(maxAbs, Math.abs(deviation));
            if (isOutside) {
                outside++;
            }
        }
    }

    private static BigDecimal round(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }

    private static Double rate(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf((double) part / whole).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }

    /** The monitors to flag, for lists. */
    public List<String> flaggedMonitors() {
        return monitors.stream().filter(MonitorFigures::flagged).map(MonitorFigures::monitor).toList();
    }
}
