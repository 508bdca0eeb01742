package org.qualitywatch.workorder.domain.callback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which resolved work orders supervision calls back (回访): ratio rules plus a seed.
 *
 * <h2>The draw</h2>
 * Every order gets a draw in [0, 1) that depends only on the seed and the order number:
 * <pre>
 * draw = (first 13 hex digits of SHA-256(UTF-8(seed + ":" + orderNumber)), read as a number) / 16^13
 * </pre>
 * (52 bits, exact in a {@code double}). Anyone can check it, e.g.
 * {@code printf '%s' 'seed:WO-1' | sha256sum}. Same seed, same draws, on any machine; another seed gives
 * unrelated draws. Keep the seed of a period to yourself until the period is drawn (field teams who knew it
 * could tell which customers will be called), then record it with the results.
 *
 * <h2>Two ways to decide, same draws</h2>
 * <ul>
 *   <li>{@link #decide(OrderForSampling)}: one by one, when an order reaches "resolved": selected when
 *       draw &lt; ratio. A decision never depends on other orders and never changes, so callback tasks can be
 *       created at once; but the number selected per rule is only statistically close to ratio × n (for 10
 *       broadband repairs it may be 0 or 6 instead of 2.5).</li>
 *   <li>{@link #decideAll(List)}: a batch for a period (e.g. every order resolved yesterday, or this week):
 *       for each rule's group of n orders exactly round(ratio × n) orders (half up) are selected, the ones with
 *       the smallest draws. Exact to within ±½ order, still reproducible and explainable, but a decision depends
 *       on the batch: fix its membership (period and cut-off) and seed before drawing, and draw it once.</li>
 * </ul>
 * Both agree for ratios 0 and 1. For other ratios an order may be selected in one mode and not in the other;
 * use one mode per plan and period.
 *
 * @param rules the rules; no two with the same business line and order type
 * @param seed  the seed of the draw, e.g. "回访-2026-10" plus a secret part
 */
public record CallbackPlan(List<CallbackRule> rules, String seed) {

    public static final String LINE_DIGITAL_TV = "DIGITAL_TV";
    public static final String LINE_BROADBAND = "BROADBAND";
    /** The HD set-top-box business line; its orders are new HD installations. */
    public static final String LINE_HD = "HD";
    public static final String TYPE_REPAIR = "REPAIR";
    public static final String TYPE_COMPLAINT = "COMPLAINT";

    private static final BigDecimal HEX13 = BigDecimal.valueOf(1L << 52);

    public CallbackPlan {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(seed, "seed");
        rules = List.copyOf(rules);
        if (seed.isBlank()) {
            throw new IllegalArgumentException("a callback plan needs a seed (any text, e.g. the period and a secret)");
        }
        Map<String, String> seen = new HashMap<>();
        for (CallbackRule r : rules) {
            String other = seen.putIfAbsent(r.key(), r.name());
            if (other != null) {
                throw new IllegalArgumentException("callback rules \"" + other + "\" and \"" + r.name()
                        + "\" both cover " + r.key() + "; keep one");
            }
        }
    }

    /**
     * The defaults from the domain brief (a real cable operator's practice): digital-TV repairs 10 %, broadband
     * repairs 25 %, complaints 100 % (any business line), HD business line (new HD installs) 100 %, everything
     * else 0 %.
     */
    public static CallbackPlan defaults(String seed) {
        return new CallbackPlan(List.of(
                new CallbackRule("数字电视报修 10%", LINE_DIGITAL_TV, TYPE_REPAIR, 0.10),
                new CallbackRule("宽带报修 25%", LINE_BROADBAND, TYPE_REPAIR, 0.25),
                new CallbackRule("投诉 100%", CallbackRule.ANY, TYPE_COMPLAINT, 1.0),
                new CallbackRule("高清新装 100%", LINE_HD, CallbackRule.ANY, 1.0),
                new CallbackRule("其他 0%", CallbackRule.ANY, CallbackRule.ANY, 0.0)), seed);
    }

    /** The same rules with another seed. */
    public CallbackPlan withSeed(String newSeed) {
        return new CallbackPlan(rules, newSeed);
    }

    /** The most specific rule for a business line and order type, if any matches. */
    public Optional<CallbackRule> ruleFor(String businessLine, String orderType) {
        return rules.stream()
                .filter(r -> r.matches(businessLine, orderType))
                .max(Comparator.comparingInt(CallbackRule::specificity));
    }

    /** This plan's draw for an order number; see the class comment. */
    public double draw(String orderNumber) {
        return draw(seed, orderNumber);
    }

    /** The draw in [0, 1) for {@code seed} and {@code orderNumber}; see the class comment. */
    public static double draw(String seed, String orderNumber) {
        return org.qualitywatch.shared.domain.SeededDraw.of(seed, orderNumber);
    }

    /** One-by-one decision: selected when the order's draw is below its rule's ratio. */
    public Selection decide(OrderForSampling order) {
        Objects.requireNonNull(order, "order");
        double draw = draw(order.number());
        Optional<CallbackRule> found = ruleFor(order.businessLine(), order.orderType());
        if (found.isEmpty()) {
            return noRule(order, draw);
        }
        CallbackRule rule = found.get();
        boolean selected = draw < rule.ratio();
        String d = formatDraw(draw, rule.ratio());
        String r = plain(rule.ratio());
        String zh = "规则「" + rule.name() + "」: 抽样值 " + d + (selected ? " < " : " ≥ ") + r
                + (selected ? ", 选中" : ", 未选中");
        String en = "Rule 「" + rule.name() + "」: draw " + d + (selected ? " < " : " ≥ ") + r
                + (selected ? ", selected" : ", not selected");
        return new Selection(selected, rule.name(), rule.ratio(), draw, zh, en);
    }

    /**
     * Batch decision for a period: per rule exactly round(ratio × n) of its n orders (half up), those with the
     * smallest draws (ties, which need equal draws, by order number). Results are in the order of
     * {@code orders}, and do not depend on that order. Draws are the same as in {@link #decide(OrderForSampling)}.
     *
     * @throws IllegalArgumentException when an order number occurs twice
     */
    public List<Selection> decideAll(List<OrderForSampling> orders) {
        Objects.requireNonNull(orders, "orders");
        int size = orders.size();
        Set<String> numbers = new HashSet<>();
        double[] draws = new double[size];
        CallbackRule[] ruleOf = new CallbackRule[size];
        Map<CallbackRule, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            OrderForSampling o = Objects.requireNonNull(orders.get(i), "orders must not contain null");
            if (!numbers.add(o.number())) {
                throw new IllegalArgumentException("work order " + o.number() + " occurs twice in the batch");
            }
            draws[i] = draw(o.number());
            ruleOf[i] = ruleFor(o.businessLine(), o.orderType()).orElse(null);
            if (ruleOf[i] != null) {
                groups.computeIfAbsent(ruleOf[i], r -> new ArrayList<>()).add(i);
            }
        }
        Selection[] result = new Selection[size];
        for (Map.Entry<CallbackRule, List<Integer>> group : groups.entrySet()) {
            CallbackRule rule = group.getKey();
            List<Integer> members = new ArrayList<>(group.getValue());
            members.sort(Comparator.<Integer>comparingDouble(i -> draws[i])
                    .thenComparing(i -> orders.get(i).number()));
            int n = members.size();
            BigDecimal exact = BigDecimal.valueOf(rule.ratio()).multiply(BigDecimal.valueOf(n));
            int quota = exact.setScale(0, RoundingMode.HALF_UP).intValueExact();
            String r = plain(rule.ratio());
            String product = exact.stripTrailingZeros().toPlainString();
            for (int rank = 1; rank <= n; rank++) {
                int i = members.get(rank - 1);
                boolean selected = rank <= quota;
                String d = format(draws[i], 4);
                String zh = "规则「" + rule.name() + "」: 本批 " + n + " 单 × " + r + " = " + product + ", 抽 " + quota
                        + " 单; 抽样值 " + d + " 排第 " + rank + (selected ? ", 选中" : ", 未选中");
                String en = "Rule 「" + rule.name() + "」: batch of " + n + " × " + r + " = " + product + ", "
                        + quota + " to call back; draw " + d + " ranks " + rank
                        + (selected ? ", selected" : ", not selected");
                result[i] = new Selection(selected, rule.name(), rule.ratio(), draws[i], zh, en);
            }
        }
        for (int i = 0; i < size; i++) {
            if (result[i] == null) {
                result[i] = noRule(orders.get(i), draws[i]);
            }
        }
        return List.of(result);
    }

    private static Selection noRule(OrderForSampling order, double draw) {
        String zh = "无适用的回访规则 (业务线 " + order.businessLine() + ", 工单类型 " + order.orderType()
                + "), 抽样值 " + format(draw, 4) + ", 未选中";
        String en = "No callback rule for business line " + order.businessLine() + ", order type "
                + order.orderType() + "; draw " + format(draw, 4) + ", not selected";
        return new Selection(false, null, 0.0, draw, zh, en);
    }

    /**
     * The draw truncated to 4 decimals, or to more when 4 would not show on which side of the ratio it is
     * (ratio 0.25, draw 0.250003: "0.250003 ≥ 0.25", not "0.2500 ≥ 0.25").
     */
    private static String formatDraw(double draw, double ratio) {
        BigDecimal shownRatio = BigDecimal.valueOf(ratio);
        boolean below = draw < ratio;
        for (int digits = 4; digits <= 16; digits++) {
            BigDecimal shown = new BigDecimal(draw).setScale(digits, RoundingMode.DOWN);
            int cmp = shown.compareTo(shownRatio);
            if (below ? cmp < 0 : cmp > 0) {
                return shown.toPlainString();
            }
        }
        return new BigDecimal(draw).stripTrailingZeros().toPlainString();
    }

    private static String format(double value, int digits) {
        return new BigDecimal(value).setScale(digits, RoundingMode.DOWN).toPlainString();
    }

    private static String plain(double ratio) {
        return BigDecimal.valueOf(ratio).stripTrailingZeros().toPlainString();
    }
}
