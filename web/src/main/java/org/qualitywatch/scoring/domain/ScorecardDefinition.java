package org.qualitywatch.scoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a scorecard asks and how its answers become a score (value object; a published version keeps
 * one forever).
 *
 * <h2>The score formula</h2>
 * <ol>
 *   <li>Each positive item (YES_NO, SCALE) that is not N/A is <em>available</em> with its points and
 *       <em>earns</em>: YES_NO points × (yes ? 1 : 0); SCALE points × value ÷ scaleMax.</li>
 *   <li>A SECTION-failing item that fails (YES_NO no, SCALE 0, DEDUCTION with an occurrence) makes every
 *       positive item of its section earn 0.</li>
 *   <li>base = 100 × Σ earned ÷ Σ available (N/A items leave the denominator); 100 when nothing is available.</li>
 *   <li>deductions = Σ over DEDUCTION items (an unanswered deduction item counts 0 occurrences) of min(points × occurrences, maxDeduction or no cap).</li>
 *   <li>score = clamp(base − deductions, 0, 100), rounded half up to 2 decimals.</li>
 *   <li>A FATAL item that fails (一票否决) makes the score 0 whatever else.</li>
 *   <li>The grade is the first band (highest minimum first) whose minimum the score reaches.</li>
 * </ol>
 */
public record ScorecardDefinition(List<Section> sections, List<GradeBand> grades) {

    public enum ItemType { YES_NO, SCALE, DEDUCTION }

    /** What failing the item does beyond its own points. */
    public enum Failure { NONE, SECTION, FATAL }

    public record Section(String code, String name, List<Item> items) {
        public Section {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /**
     * @param points       YES_NO / SCALE: the item's weight; DEDUCTION: points per occurrence
     * @param scaleMax     SCALE: the top of the scale (e.g. 5); ignored otherwise
     * @param maxDeduction DEDUCTION: the most one item may deduct (null = no cap)
     */
    public record Item(String code, String name, ItemType type, double points, Integer scaleMax,
                       Double maxDeduction, boolean naAllowed, Failure failure, String guidance) {
        public Item {
            failure = failure == null ? Failure.NONE : failure;
        }
    }

    public record GradeBand(String name, double min) {
    }

    /** The monitor's answer to an item: N/A, yes/no, a scale value, or a number of occurrences. */
    public record Answer(boolean na, Boolean yes, Integer value, Integer occurrences) {
        public static Answer notApplicable() { return new Answer(true, null, null, null); }
        public static Answer affirmative() { return new Answer(false, true, null, null); }
        public static Answer negative() { return new Answer(false, false, null, null); }
        public static Answer yesNo(boolean yes) { return new Answer(false, yes, null, null); }
        public static Answer scale(int value) { return new Answer(false, null, value, null); }
        public static Answer times(int occurrences) { return new Answer(false, null, null, occurrences); }
    }

    public record ItemResult(String code, boolean na, boolean failed, double earned, double available,
                             double deducted) {
    }

    public record Score(BigDecimal score, String grade, boolean fatal, List<String> fatalItems,
                        List<String> failedSections, Map<String, ItemResult> items) {
    }

    /** @throws IllegalArgumentException naming the section or item at fault */
    public ScorecardDefinition {
        sections = sections == null ? List.of() : List.copyOf(sections);
        grades = grades == null ? List.of() : grades.stream()
                .sorted((a, b) -> Double.compare(b.min(), a.min())).toList();
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("A scorecard needs at least one section.");
        }
        Set<String> codes = new HashSet<>();
        for (Section s : sections) {
            if (blank(s.code()) || blank(s.name())) {
                throw new IllegalArgumentException("Every section needs a code and a name.");
            }
            if (!codes.add(s.code())) {
                throw new IllegalArgumentException("The code \"" + s.code() + "\" is used twice; codes must be unique.");
            }
            if (s.items().isEmpty()) {
                throw new IllegalArgumentException("Section \"" + s.name() + "\" has no items.");
            }
            for (Item i : s.items()) {
                String where = "Item \"" + i.name() + "\" of section \"" + s.name() + "\"";
                if (blank(i.code()) || blank(i.name()) || i.type() == null) {
                    throw new IllegalArgumentException("Every item of section \"" + s.name()
                            + "\" needs a code, a name and a type (YES_NO, SCALE or DEDUCTION).");
                }
                if (!codes.add(i.code())) {
                    throw new IllegalArgumentException("The code \"" + i.code() + "\" is used twice; codes must be unique.");
                }
                if (!(i.points() >= 0) || i.points() > 100) {
                    throw new IllegalArgumentException(where + ": points must be between 0 and 100.");
                }
                if (i.type() == ItemType.SCALE && (i.scaleMax() == null || i.scaleMax() < 1 || i.scaleMax() > 10)) {
                    throw new IllegalArgumentException(where + ": a scale item needs a scale maximum from 1 to 10.");
                }
                if (i.type() != ItemType.DEDUCTION && i.points() == 0 && i.failure() == Failure.NONE) {
                    throw new IllegalArgumentException(where + " is worth 0 points and fails nothing; give it points.");
                }
            }
        }
        for (GradeBand g : grades) {
            if (blank(g.name()) || !(g.min() >= 0 && g.min() <= 100)) {
                throw new IllegalArgumentException("Every grade band needs a name and a minimum score from 0 to 100.");
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public List<Item> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }

    /** The total weight of the positive items (usually 100). */
    public double positivePoints() {
        return items().stream().filter(i -> i.type() != ItemType.DEDUCTION).mapToDouble(Item::points).sum();
    }

    /**
     * Scores complete answers; see the class comment for the formula.
     *
     * @throws IllegalArgumentException when an item is unanswered, N/A where not allowed, or out of range
     */
    public Score score(Map<String, Answer> answers) {
        Map<String, ItemResult> results = new LinkedHashMap<>();
        List<String> fatalItems = new ArrayList<>();
        List<String> failedSections = new ArrayList<>();
        double earned = 0;
        double available = 0;
        double deducted = 0;
        for (Section section : sections) {
            Map<String, ItemResult> sectionResults = new LinkedHashMap<>();
            boolean sectionFailed = false;
            for (Item item : section.items()) {
                Answer a = answers.get(item.code());
                ItemResult r = scoreItem(item, a);
                sectionResults.put(item.code(), r);
                if (r.failed() && item.failure() == Failure.SECTION) {
                    sectionFailed = true;
                }
                if (r.failed() && item.failure() == Failure.FATAL) {
                    fatalItems.add(item.code());
                }
            }
            if (sectionFailed) {
                failedSections.add(section.code());
            }
            for (ItemResult r : sectionResults.values()) {
                ItemResult kept = sectionFailed && r.available() > 0
                        ? new ItemResult(r.code(), r.na(), r.failed(), 0, r.available(), r.deducted()) : r;
                results.put(kept.code(), kept);
                earned += kept.earned();
                available += kept.available();
                deducted += kept.deducted();
            }
        }
        double base = available == 0 ? 100 : 100 * earned / available;
        double value = Math.max(0, Math.min(100, base - deducted));
        boolean fatal = !fatalItems.isEmpty();
        BigDecimal score = fatal ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
        return new Score(score, gradeOf(score.doubleValue()), fatal, fatalItems, failedSections, results);
    }

    public String gradeOf(double score) {
        return grades.stream().filter(g -> score >= g.min()).map(GradeBand::name).findFirst().orElse(null);
    }

    private static ItemResult scoreItem(Item item, Answer a) {
        String where = "item \"" + item.name() + "\" (" + item.code() + ")";
        if (a == null && item.type() == ItemType.DEDUCTION) {
            // deductions count what happened: nothing recorded means it did not happen
            a = Answer.times(0);
        }
        if (a == null) {
            throw new IllegalArgumentException("Answer " + where + " before submitting.");
        }
        if (a.na()) {
            if (!item.naAllowed()) {
                throw new IllegalArgumentException(where + " cannot be N/A.");
            }
            return new ItemResult(item.code(), true, false, 0, 0, 0);
        }
        return switch (item.type()) {
            case YES_NO -> {
                if (a.yes() == null) {
                    throw new IllegalArgumentException("Answer yes or no for " + where + ".");
                }
                yield new ItemResult(item.code(), false, !a.yes(), a.yes() ? item.points() : 0, item.points(), 0);
            }
            case SCALE -> {
                if (a.value() == null || a.value() < 0 || a.value() > item.scaleMax()) {
                    throw new IllegalArgumentException("Give " + where + " a value from 0 to " + item.scaleMax() + ".");
                }
                yield new ItemResult(item.code(), false, a.value() == 0,
                        item.points() * a.value() / item.scaleMax(), item.points(), 0);
            }
            case DEDUCTION -> {
                int n = a.occurrences() == null ? 0 : a.occurrences();
                if (n < 0 || n > 1000) {
                    throw new IllegalArgumentException("Count the occurrences of " + where + " (0 or more).");
                }
                double d = item.points() * n;
                if (item.maxDeduction() != null) {
                    d = Math.min(d, item.maxDeduction());
                }
                yield new ItemResult(item.code(), false, n > 0, 0, 0, d);
            }
        };
    }

    /**
     * The practice scorecard of the domain brief: opening and closing phrases 10, standard phrases 10, tone 10,
     * patience 20, initiative and calming 10, understanding 10, guiding 10, business accuracy 20 (= 100);
     * forbidden phrases deduct 5 each (at most 20); wrong tariff promises, rudeness and leaking customer data
     * are fatal. Grades: 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, 不合格 below.
     */
    public static ScorecardDefinition defaults() {
        return new ScorecardDefinition(List.of(
                new Section("norms", "服务规范", List.of(
                        new Item("opening", "开头语/结束语规范", ItemType.YES_NO, 10, null, null, false, Failure.NONE,
                                "使用标准开头语（您好，XX号为您服务）和结束语"),
                        new Item("phrases", "服务用语规范", ItemType.SCALE, 10, 5, null, false, Failure.NONE,
                                "请、您好、谢谢、对不起等规范用语的使用"))),
                new Section("attitude", "服务态度", List.of(
                        new Item("tone", "语气语调", ItemType.SCALE, 10, 5, null, false, Failure.NONE, "亲切、热情、语速适中"),
                        new Item("patience", "耐心程度", ItemType.SCALE, 20, 5, null, false, Failure.NONE,
                                "不打断客户，不急躁，不推诿"))),
                new Section("skills", "服务技巧", List.of(
                        new Item("initiative", "主动服务与安抚", ItemType.SCALE, 10, 5, null, true, Failure.NONE,
                                "客户情绪激动时主动安抚；无需安抚时可选不适用"),
                        new Item("understanding", "需求理解", ItemType.SCALE, 10, 5, null, false, Failure.NONE,
                                "准确理解客户诉求并复述确认"),
                        new Item("guidance", "引导能力", ItemType.SCALE, 10, 5, null, true, Failure.NONE,
                                "引导客户配合排障或办理业务"))),
                new Section("business", "业务能力", List.of(
                        new Item("accuracy", "业务解答准确性", ItemType.YES_NO, 20, null, null, false, Failure.SECTION,
                                "资费、政策、故障处理解答准确；解答错误则本节不得分"))),
                new Section("violations", "违规扣分", List.of(
                        new Item("forbidden", "服务禁语（如“喂”“不清楚”“不知道”）", ItemType.DEDUCTION, 5, null, 20.0,
                                false, Failure.NONE, "每出现一次扣 5 分，最多扣 20 分"),
                        new Item("wrong_promise", "错误承诺资费/政策", ItemType.DEDUCTION, 0, null, null, false,
                                Failure.FATAL, "一票否决"),
                        new Item("rudeness", "辱骂、顶撞客户", ItemType.DEDUCTION, 0, null, null, false, Failure.FATAL,
                                "一票否决"),
                        new Item("data_leak", "泄露客户信息", ItemType.DEDUCTION, 0, null, null, false, Failure.FATAL,
                                "一票否决")))),
                List.of(new GradeBand("优秀", 90), new GradeBand("良好", 80), new GradeBand("合格", 60),
                        new GradeBand("不合格", 0)));
    }

    /** The codes of the items, for checking answers refer to real items. */
    public Set<String> codes() {
        Set<String> codes = new HashSet<>();
        items().forEach(i -> codes.add(i.code()));
        return codes;
    }

    public Item item(String code) {
        return items().stream().filter(i -> Objects.equals(i.code(), code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The scorecard has no item \"" + code + "\"."));
    }
}
