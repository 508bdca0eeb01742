package org.qualitywatch.workorder.domain.callback;

/**
 * The callback decision for one order, with what it was based on.
 *
 * @param selected      whether the customer is to be called back
 * @param ruleName      the rule that applied, null when none did
 * @param ratio         that rule's ratio (0 when no rule applied)
 * @param draw          the order's reproducible draw in [0, 1), see {@link CallbackPlan#draw(String, String)}
 * @param explanation   Chinese, e.g. "规则「宽带报修 25%」: 抽样值 0.1834 < 0.25, 选中"
 * @param explanationEn the same in English, e.g. "Rule 「宽带报修 25%」: draw 0.1834 < 0.25, selected"
 */
public record Selection(boolean selected, String ruleName, double ratio, double draw, String explanation,
                        String explanationEn) {

    /** Without an English text (it repeats the Chinese one). */
    public Selection(boolean selected, String ruleName, double ratio, double draw, String explanation) {
        this(selected, ruleName, ratio, draw, explanation, explanation);
    }
}
