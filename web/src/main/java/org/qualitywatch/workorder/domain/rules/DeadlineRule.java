package org.qualitywatch.workorder.domain.rules;

import org.qualitywatch.shared.domain.time.DeadlineSpec;
import org.qualitywatch.workorder.domain.StageDeadlines.Stage;
import org.qualitywatch.workorder.domain.WorkOrderType;

import java.util.List;
import java.util.Objects;

/**
 * One stage clock: which orders it applies to and how long the stage may take. An empty list or a
 * null area / major-fault criterion matches every order.
 *
 * @param businessLines business-line codes (DIGITAL_TV, BROADBAND, ...), compared ignoring case
 * @param categories    category names matched at any level of the order's three-level category
 * @param area          urban or rural, from the order's district (see {@link DeadlineRuleSet#ruralDistricts()})
 * @param majorFault    whether the order is a major fault (see {@link DeadlineRuleSet#majorFaultCategories()})
 */
public record DeadlineRule(String name, Stage stage, List<String> businessLines, List<WorkOrderType> types,
                           List<String> categories, Area area, Boolean majorFault, DeadlineSpec limit) {

    public enum Area { URBAN, RURAL }

    public DeadlineRule {
        name = name == null ? "" : name.strip();
        businessLines = clean(businessLines);
        types = types == null ? List.of() : List.copyOf(types);
        categories = clean(categories);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("Every deadline rule needs a name.");
        }
        if (stage == null) {
            throw new IllegalArgumentException("Deadline rule \"" + name + "\" has no stage.");
        }
        Objects.requireNonNull(limit, "limit");
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** How many criteria the rule sets: the most specific matching rule of a stage wins. */
    public int specificity() {
        return (businessLines.isEmpty() ? 0 : 1) + (types.isEmpty() ? 0 : 1) + (categories.isEmpty() ? 0 : 1)
                + (area == null ? 0 : 1) + (majorFault == null ? 0 : 1);
    }

    /** Whether the rule applies to an order with these facts. */
    public boolean matches(String businessLine, WorkOrderType type, List<String> category, Area orderArea,
                           boolean orderMajorFault) {
        return (businessLines.isEmpty() || businessLines.stream().anyMatch(l -> l.equalsIgnoreCase(businessLine)))
                && (types.isEmpty() || types.contains(type))
                && (categories.isEmpty() || category.stream().anyMatch(categories::contains))
                && (area == null || area == orderArea)
                && (majorFault == null || majorFault == orderMajorFault);
    }
}
