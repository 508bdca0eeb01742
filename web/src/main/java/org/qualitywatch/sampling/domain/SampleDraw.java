package org.qualitywatch.sampling.domain;

import org.qualitywatch.shared.domain.SeededDraw;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * The sampling engine: from the candidate calls of a period, a plan and a seed to the sample. Pure and
 * deterministic: the result depends only on its inputs, never on their order or on the machine.
 *
 * <ol>
 *   <li><b>Population.</b> Calls that started in the period, are at least {@code minSeconds} long and have
 *       no evaluation yet. Each gets its draw {@link SeededDraw#of(String, String) SeededDraw.of(seed, callId)}.</li>
 *   <li><b>Mandatory.</b> Calls named by a complaint, whose transcript has a configured word, or with dead air
 *       over the limit are selected, on top of everything below (they use up no quota).</li>
 *   <li><b>Quota per agent.</b> Each agent gets k calls (new or experienced quota): the period is cut into k
 *       equal slots and the call with the smallest draw in each slot is taken; slots without calls are filled
 *       with the smallest remaining draws of that agent. An agent with fewer than k calls is short.</li>
 *   <li><b>Percentage per stratum.</b> A stratum of n calls wants round-half-up(p × n / 100) calls; calls its
 *       agents' quotas already took count towards that; the rest is drawn spread evenly like quotas.</li>
 *   <li><b>Fallback.</b> A stratum that has too few calls takes its shortfall, in the plan's order, from the
 *       next strata (smallest draws first); with fallback NONE it is reported short.</li>
 * </ol>
 * Ties of equal draws (practically impossible) go to the smaller call id.
 */
public final class SampleDraw {

    public static final String ALL = "ALL";

    private final PlanDefinition plan;
    private final String planLabel;
    private final String seed;
    private final PeriodWindow period;
    private final Predicate<String> isNewAgent;

    /**
     * @param plan       the plan's definition, with defaults filled in
     * @param planLabel  how explanations name the plan (e.g. "计划#3 新员工周抽检")
     * @param isNewAgent whether an agent id is a new agent at the period start
     */
    public SampleDraw(PlanDefinition plan, String planLabel, String seed, PeriodWindow period,
                      Predicate<String> isNewAgent) {
        this.plan = plan;
        this.planLabel = planLabel;
        this.seed = seed;
        this.period = period;
        this.isNewAgent = isNewAgent;
    }

    private static final class Entry {
        final CandidateCall call;
        final String stratum;
        double draw;
        boolean taken;

        Entry(CandidateCall call, String stratum) {
            this.call = call;
            this.stratum = stratum;
        }
    }

    private static final Comparator<Entry> BY_DRAW = Comparator.<Entry>comparingDouble(e -> e.draw)
            .thenComparing(e -> e.call.callId());

    /**
     * Draws the sample.
     *
     * @param candidates         the calls of the population (calls outside the period or too short are left out here)
     * @param evaluatedRecordings recordings that already have an evaluation (left out)
     */
    public Sample draw(Collection<CandidateCall> candidates, Set<Long> evaluatedRecordings) {
        List<Entry> population = new ArrayList<>(candidates.size());
        int excludedShort = 0;
        int excludedEvaluated = 0;
        double minSeconds = plan.population().minSeconds();
        for (CandidateCall c : candidates) {
            if (!period.contains(c.startedAt())) {
                continue;
            }
            if (c.seconds() < minSeconds) {
                excludedShort++;
            } else if (evaluatedRecordings.contains(c.recordingId())) {
                excludedEvaluated++;
            } else {
                population.add(new Entry(c, stratumOf(c)));
            }
        }
        // SHA-256 per call is the expensive part at a million calls: both cores share it
        IntStream.range(0, population.size()).parallel().forEach(i -> {
            Entry e = population.get(i);
            e.draw = SeededDraw.of(seed, e.call.callId());
        });

        List<Sample.Selection> selected = new ArrayList<>();
        Map<String, int[]> mandatoryByStratum = new HashMap<>();
        Map<String, Integer> mandatoryByAgent = new HashMap<>();
        for (Entry e : population) {
            Sample.Selection s = mandatory(e);
            if (s != null) {
                e.taken = true;
                selected.add(s);
                mandatoryByStratum.computeIfAbsent(e.stratum, k -> new int[1])[0]++;
                mandatoryByAgent.merge(agentKey(e.call), 1, Integer::sum);
            }
        }

        // hash maps while filling (a million look-ups), sorted by key afterwards (determinism)
        Map<String, List<Entry>> byStratum = new HashMap<>();
        for (Entry e : population) {
            byStratum.computeIfAbsent(e.stratum, k -> new ArrayList<>()).add(e);
        }
        Map<String, int[]> quotaByStratum = new HashMap<>();
        List<Sample.QuotaReport> quotas = new ArrayList<>();
        if (plan.quota().enabled()) {
            Map<String, List<Entry>> byAgent = new HashMap<>();
            for (Entry e : population) {
                byAgent.computeIfAbsent(agentKey(e.call), k -> new ArrayList<>()).add(e);
            }
            byAgent = new TreeMap<>(byAgent);
            for (Map.Entry<String, List<Entry>> agent : byAgent.entrySet()) {
                boolean isNew = isNewAgent.test(agent.getKey());
                int k = isNew ? plan.quota().newAgents() : plan.quota().experienced();
                List<Entry> open = agent.getValue().stream().filter(e -> !e.taken).toList();
                List<Picked> picked = spread(open, k);
                for (Picked p : picked) {
                    selected.add(new Sample.Selection(p.entry.call, SelectionRule.QUOTA_PER_AGENT, p.entry.stratum,
                            p.entry.draw, planLabel + "：坐席 " + agent.getKey() + (isNew ? "（新员工" : "（老员工")
                            + "，每期配额 " + k + "）" + p.how(k) + "，种子 " + seed));
                    quotaByStratum.computeIfAbsent(p.entry.stratum, s -> new int[1])[0]++;
                }
                quotas.add(new Sample.QuotaReport(agent.getKey(), agent.getValue().get(0).stratum, isNew,
                        agent.getValue().size(), k, picked.size(), k - picked.size(),
                        mandatoryByAgent.getOrDefault(agent.getKey(), 0)));
            }
        }

        List<String> order = strataOrder(byStratum.keySet());
        Map<String, int[]> pct = new LinkedHashMap<>(); // wanted, percent, fallbackIn, fallbackOut, short
        Map<String, Double> percentages = new HashMap<>();
        for (String stratum : order) {
            int[] counts = new int[5];
            pct.put(stratum, counts);
            if (!plan.percentage().enabled()) {
                continue;
            }
            double p = plan.percentage().perStratum().getOrDefault(stratum, plan.percentage().percent());
            percentages.put(stratum, p);
            List<Entry> entries = byStratum.get(stratum);
            counts[0] = wanted(p, entries.size());
            int already = quotaByStratum.getOrDefault(stratum, new int[1])[0];
            int need = Math.max(0, counts[0] - already);
            List<Entry> open = entries.stream().filter(e -> !e.taken).toList();
            List<Picked> picked = spread(open, need);
            for (Picked x : picked) {
                selected.add(new Sample.Selection(x.entry.call, SelectionRule.PERCENT_OF_STRATUM, stratum,
                        x.entry.draw, planLabel + "：分层 " + stratum + " 抽 " + fmt(p) + "%（总体 " + entries.size()
                        + " 通，应抽 " + counts[0] + "，配额已抽 " + already + "）" + x.how(need) + "，种子 " + seed));
            }
            counts[1] = picked.size();
            counts[4] = need - picked.size();
        }
        if (plan.percentage().enabled() && plan.percentage().fallback() == PlanDefinition.Fallback.NEXT_IN_ORDER) {
            for (int i = 0; i < order.size(); i++) {
                String stratum = order.get(i);
                int[] counts = pct.get(stratum);
                for (int j = 1; j < order.size() && counts[4] > 0; j++) {
                    String donor = order.get((i + j) % order.size());
                    List<Entry> open = byStratum.get(donor).stream().filter(e -> !e.taken).sorted(BY_DRAW)
                            .limit(counts[4]).toList();
                    for (Entry e : open) {
                        e.taken = true;
                        selected.add(new Sample.Selection(e.call, SelectionRule.FALLBACK, donor, e.draw,
                                planLabel + "：分层 " + stratum + " 通话不足（缺 " + counts[4] + " 通），按顺序从 " + donor
                                        + " 中取抽签值最小者（" + fmt6(e.draw) + "），种子 " + seed));
                        counts[4]--;
                        counts[2]++;
                        pct.get(donor)[3]++;
                    }
                }
            }
        }

        List<Sample.StratumReport> strata = new ArrayList<>();
        for (String stratum : order) {
            int[] c = pct.get(stratum);
            strata.add(new Sample.StratumReport(stratum, byStratum.get(stratum).size(),
                    mandatoryByStratum.getOrDefault(stratum, new int[1])[0],
                    quotaByStratum.getOrDefault(stratum, new int[1])[0], percentages.getOrDefault(stratum, 0.0),
                    c[0], c[1], c[2], c[3], c[4]));
        }
        selected.sort(Comparator.comparing((Sample.Selection s) -> s.call().startedAt())
                .thenComparing(s -> s.call().callId()));
        return new Sample(seed, period, List.copyOf(selected), List.copyOf(strata), List.copyOf(quotas),
                population.size(), excludedEvaluated, excludedShort);
    }

    /** round half up of p % of n, exactly (5 % of 30 is 2). */
    public static int wanted(double percent, int n) {
        return BigDecimal.valueOf(percent).multiply(BigDecimal.valueOf(n))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).intValueExact();
    }

    private Sample.Selection mandatory(Entry e) {
        CandidateCall c = e.call;
        PlanDefinition.Mandatory m = plan.mandatory();
        boolean deadAir = m.deadAirSeconds() > 0 && c.maxDeadAirSeconds() > m.deadAirSeconds();
        if (!c.complaintLinked() && c.words().isEmpty() && !deadAir) {
            return null; // the common case, without allocating anything (a million calls pass here)
        }
        List<String> reasons = new ArrayList<>();
        SelectionRule rule = null;
        if (m.complaints() && c.complaintLinked()) {
            rule = SelectionRule.MANDATORY_COMPLAINT;
            reasons.add("关联投诉工单");
        }
        List<String> hits = c.words().stream().filter(m.words()::contains).toList();
        if (!hits.isEmpty()) {
            rule = rule == null ? SelectionRule.MANDATORY_WORDS : rule;
            reasons.add("转写含关键词 " + String.join("、", hits));
        }
        if (deadAir) {
            rule = rule == null ? SelectionRule.MANDATORY_DEAD_AIR : rule;
            reasons.add("静音 " + fmt(c.maxDeadAirSeconds()) + " 秒超过 " + fmt(m.deadAirSeconds()) + " 秒");
        }
        if (rule == null) {
            return null;
        }
        return new Sample.Selection(c, rule, e.stratum, e.draw,
                planLabel + "：必抽（" + String.join("；", reasons) + "），不占配额");
    }

    private record Picked(Entry entry, int slot) {
        String how(int k) {
            return slot >= 0
                    ? "，时段 " + (slot + 1) + "/" + k + " 中抽签值最小（" + fmt6(entry.draw) + "）"
                    : "，空时段由其余通话中抽签值最小者补足（" + fmt6(entry.draw) + "）";
        }
    }

    /**
     * Takes k of {@code open} spread over the period: the smallest draw of each of k equal time slots, then
     * the smallest remaining draws for the slots without calls. Marks them taken.
     */
    private List<Picked> spread(List<Entry> open, int k) {
        if (k <= 0 || open.isEmpty()) {
            return List.of();
        }
        List<Picked> picked = new ArrayList<>(Math.min(k, open.size()));
        Entry[] best = new Entry[k];
        for (Entry e : open) {
            int slot = period.slot(e.call.startedAt(), k);
            if (best[slot] == null || BY_DRAW.compare(e, best[slot]) < 0) {
                best[slot] = e;
            }
        }
        int filled = 0;
        for (int slot = 0; slot < k; slot++) {
            if (best[slot] != null) {
                best[slot].taken = true;
                picked.add(new Picked(best[slot], slot));
                filled++;
            }
        }
        if (filled < k) {
            open.stream().filter(e -> !e.taken).sorted(BY_DRAW).limit(k - filled).forEach(e -> {
                e.taken = true;
                picked.add(new Picked(e, -1));
            });
        }
        return picked;
    }

    private List<String> strataOrder(Set<String> present) {
        List<String> order = new ArrayList<>();
        for (String s : plan.percentage().order()) {
            if (present.contains(s) && !order.contains(s)) {
                order.add(s);
            }
        }
        for (String s : new TreeSet<>(present)) {
            if (!order.contains(s)) {
                order.add(s);
            }
        }
        return order;
    }

    private String stratumOf(CandidateCall c) {
        String value = switch (plan.stratifyBy()) {
            case BUSINESS_LINE -> c.businessLine();
            case TEAM -> c.team();
            case NONE -> ALL;
        };
        return value == null || value.isBlank() ? "-" : value;
    }

    private static String agentKey(CandidateCall c) {
        return c.agentId() == null ? "-" : c.agentId();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** The draw with six decimals ("0.013377"); by hand because String.format costs a microsecond per call. */
    static String fmt6(double v) {
        long micros = Math.round(v * 1_000_000);
        if (micros >= 1_000_000) {
            return "1.000000";
        }
        String digits = Long.toString(1_000_000 + micros);
        return "0." + digits.substring(1);
    }
}
