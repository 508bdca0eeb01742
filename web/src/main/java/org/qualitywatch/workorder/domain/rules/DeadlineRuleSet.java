package org.qualitywatch.workorder.domain.rules;

import org.qualitywatch.shared.domain.time.DeadlineSpec;
import org.qualitywatch.workorder.domain.StageDeadlines.Stage;
import org.qualitywatch.workorder.domain.WorkOrderType;
import org.qualitywatch.workorder.domain.rules.DeadlineRule.Area;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The stage clocks of work orders as editable data. For each stage the most specific matching rule
 * applies ({@link DeadlineRule#specificity()}); between equally specific rules the one listed
 * first wins, so the order of the list is part of the rule set.
 *
 * @param ruralDistricts       districts whose orders count as rural (area RURAL); all others are urban
 * @param majorFaultCategories category names that make an order a major fault (重大故障)
 */
public record DeadlineRuleSet(List<DeadlineRule> rules, List<String> ruralDistricts,
                              List<String> majorFaultCategories) {

    public DeadlineRuleSet {
        rules = rules == null ? List.of() : List.copyOf(rules);
        ruralDistricts = strip(ruralDistricts);
        majorFaultCategories = strip(majorFaultCategories);
        Set<String> names = new HashSet<>();
        for (DeadlineRule r : rules) {
            if (!names.add(r.name())) {
                throw new IllegalArgumentException("Two deadline rules are named \"" + r.name()
                        + "\"; give each rule its own name so explanations stay clear.");
            }
        }
    }

    private static List<String> strip(List<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).map(String::strip)
                .filter(s -> !s.isEmpty()).distinct().toList();
    }

    public Area areaOf(String district) {
        return district != null && ruralDistricts.contains(district.strip()) ? Area.RURAL : Area.URBAN;
    }

    public boolean isMajorFault(List<String> category) {
        return category.stream().anyMatch(majorFaultCategories::contains);
    }

    /** The rule in force for a stage of an order with these facts, if any rule applies. */
    public Optional<DeadlineRule> ruleFor(Stage stage, String businessLine, WorkOrderType type, List<String> category,
                                          String district) {
        Area area = areaOf(district);
        boolean major = isMajorFault(category);
        DeadlineRule best = null;
        for (DeadlineRule r : rules) {
            if (r.stage() == stage && r.matches(businessLine, type, category, area, major)
                    && (best == null || r.specificity() > best.specificity())) {
                best = r;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Category names the rules refer to that the tree does not have (likely typos). */
    public Set<String> unknownCategories(CategoryTree tree) {
        Set<String> known = tree.allNames();
        return Stream.concat(rules.stream().flatMap(r -> r.categories().stream()),
                        majorFaultCategories.stream())
                .filter(c -> !known.contains(c)).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The domain brief's promises: contact within 20 minutes of dispatch; ordinary faults fixed within
     * 24 h, major faults within 48 h in town and 72 h in rural districts; installation within 15 days,
     * reconnection within 5 days; departments report back on other requests within 3 working days.
     */
    public static DeadlineRuleSet defaults() {
        List<WorkOrderType> nonRepair = List.of(WorkOrderType.COMPLAINT, WorkOrderType.CONSULT, WorkOrderType.HELP,
                WorkOrderType.SUGGESTION);
        return new DeadlineRuleSet(List.of(
                new DeadlineRule("报修联系时限", Stage.CONTACT, List.of(), List.of(WorkOrderType.REPAIR), List.of(), null,
                        null, DeadlineSpec.ofMinutes(20)),
                new DeadlineRule("一般故障修复时限", Stage.FIX, List.of(), List.of(WorkOrderType.REPAIR), List.of(), null,
                        null, DeadlineSpec.ofHours(24)),
                new DeadlineRule("重大故障修复时限(城区)", Stage.FIX, List.of(), List.of(WorkOrderType.REPAIR), List.of(),
                        Area.URBAN, true, DeadlineSpec.ofHours(48)),
                new DeadlineRule("重大故障修复时限(农村)", Stage.FIX, List.of(), List.of(WorkOrderType.REPAIR), List.of(),
                        Area.RURAL, true, DeadlineSpec.ofHours(72)),
                new DeadlineRule("新装时限", Stage.INSTALL, List.of(), List.of(), List.of("新装"), null, null,
                        DeadlineSpec.ofCalendarDays(15)),
                new DeadlineRule("复通时限", Stage.RECONNECT, List.of(), List.of(), List.of("复通"), null, null,
                        DeadlineSpec.ofCalendarDays(5)),
                new DeadlineRule("部门回复时限", Stage.REPORT_BACK, List.of(), nonRepair, List.of(), null, null,
                        DeadlineSpec.ofWorkingDays(3))),
                List.of("辽中区", "新民市", "法库县", "康平县"), List.of("大面积故障", "光缆中断"));
    }
}
