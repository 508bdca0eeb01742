package org.qualitywatch.shared.domain.time;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service promise or time limit as an amount and a unit: "20分钟", "24小时", "3天", "15个工作日",
 * "8个工作小时", "当日". Value object; {@link #toString()} is the canonical Chinese text and
 * {@link #parse(String)} reads it back (and many other spellings).
 *
 * <h2>How each unit turns into a due instant ({@link #dueFrom(Instant, WorkingCalendar)})</h2>
 * The due instant is exclusive: finished strictly before it is on time.
 * <ul>
 *   <li>{@link Unit#MINUTES}, {@link Unit#HOURS}: elapsed time, exactly {@code start + amount}, day and night,
 *       weekends and holidays included (contact within 20 minutes, fix within 24 h).</li>
 *   <li>{@link Unit#CALENDAR_DAYS}: end of the Nth calendar day after the start date (the start date does not
 *       count), i.e. local midnight that begins day N+1. "3天" from Monday 10:00 is due Friday 00:00. "0天" is
 *       the end of the start date.</li>
 *   <li>{@link Unit#WORKING_DAYS}: {@link WorkingCalendar#plusWorkingDays(Instant, int)}: end of the Nth working
 *       day after the start date. 0 working days is "当日" / "same day": end of the start date if it is a
 *       working day, else end of the next working day. (For "same calendar day even on a Sunday", use "0天".)</li>
 *   <li>{@link Unit#WORKING_HOURS}: {@link WorkingCalendar#plusWorkingHours(Instant, Duration)} with the
 *       calendar's office hours.</li>
 * </ul>
 */
public record DeadlineSpec(int amount, Unit unit) {

    public enum Unit {
        MINUTES(60_000_000),
        HOURS(1_000_000),
        CALENDAR_DAYS(40_000),
        WORKING_DAYS(25_000),
        WORKING_HOURS(250_000);

        /** The largest accepted amount, roughly a century. */
        private final int maxAmount;

        Unit(int maxAmount) {
            this.maxAmount = maxAmount;
        }

        public int maxAmount() {
            return maxAmount;
        }

        /** Whether the unit depends on the calendar's working days. */
        public boolean usesWorkingDays() {
            return this == WORKING_DAYS || this == WORKING_HOURS;
        }
    }

    /** The accepted forms, as shown in error messages. */
    public static final String ACCEPTED_FORMS = "\"15个工作日\" / \"15 working days\" / \"15wd\"; "
            + "\"8个工作小时\" / \"8 working hours\" / \"8wh\"; "
            + "\"3天\" / \"3 calendar days\" / \"3d\" (calendar days); "
            + "\"24小时\" / \"24 hours\" / \"24h\"; "
            + "\"20分钟\" / \"20 minutes\" / \"20min\"; "
            + "ISO-8601 durations \"PT20M\", \"PT24H\", \"PT1H30M\"; "
            + "\"当日\" / \"当天\" / \"same day\" (end of the same working day). "
            + "Amounts are whole numbers from 0 (Arabic or Chinese numerals such as 十五); a trailing 内/以内 is ignored";

    private static final Pattern AMOUNT_AND_UNIT =
            Pattern.compile("^([0-9]+|[零〇一二两三四五六七八九十百千]+)\\s*(\\S.*)$");
    private static final Pattern SIGNED_OR_FRACTION = Pattern.compile("^([-+]?)[0-9]*([.,][0-9]+)?\\s*\\S.*$");
    private static final Set<String> SAME_DAY = Set.of("当日", "当天", "same day", "same working day", "sameday");
    private static final Map<String, Unit> UNITS = new HashMap<>();

    static {
        for (String s : new String[] {"m", "min", "mins", "minute", "minutes", "分钟", "分"}) {
            UNITS.put(s, Unit.MINUTES);
        }
        for (String s : new String[] {"h", "hr", "hrs", "hour", "hours", "小时", "钟头"}) {
            UNITS.put(s, Unit.HOURS);
        }
        for (String s : new String[] {"d", "day", "days", "calendar day", "calendar days", "天", "日", "自然日",
                "日历日"}) {
            UNITS.put(s, Unit.CALENDAR_DAYS);
        }
        for (String s : new String[] {"wd", "working day", "working days", "work day", "work days", "workday",
                "workdays", "business day", "business days", "工作日", "工作天"}) {
            UNITS.put(s, Unit.WORKING_DAYS);
        }
        for (String s : new String[] {"wh", "working hour", "working hours", "work hour", "work hours",
                "business hour", "business hours", "office hour", "office hours", "工作小时", "工作时"}) {
            UNITS.put(s, Unit.WORKING_HOURS);
        }
    }

    public DeadlineSpec {
        Objects.requireNonNull(unit, "unit");
        if (amount < 0) {
            throw new IllegalArgumentException("a deadline amount must be 0 or more, was " + amount);
        }
        if (amount > unit.maxAmount()) {
            throw new IllegalArgumentException(
                    "a deadline of " + amount + " " + unit + " is too long; at most " + unit.maxAmount());
        }
    }

    public static DeadlineSpec ofMinutes(int minutes) {
        return new DeadlineSpec(minutes, Unit.MINUTES);
    }

    public static DeadlineSpec ofHours(int hours) {
        return new DeadlineSpec(hours, Unit.HOURS);
    }

    public static DeadlineSpec ofCalendarDays(int days) {
        return new DeadlineSpec(days, Unit.CALENDAR_DAYS);
    }

    public static DeadlineSpec ofWorkingDays(int days) {
        return new DeadlineSpec(days, Unit.WORKING_DAYS);
    }

    public static DeadlineSpec ofWorkingHours(int hours) {
        return new DeadlineSpec(hours, Unit.WORKING_HOURS);
    }

    /** "当日": the end of the same working day (0 working days). */
    public static DeadlineSpec sameDay() {
        return ofWorkingDays(0);
    }

    /**
     * Reads a deadline: Chinese ("15个工作日", "3天", "24小时", "20分钟", "8个工作小时", "当日", "十五个工作日",
     * "3个工作日内"), English ("2 working days", "3 calendar days", "24 hours", "same day"), short ("24h",
     * "20min", "3d", "2wd", "8wh") or ISO-8601 ("PT20M", "PT24H"; an ISO duration becomes hours when it is a
     * whole number of hours, else minutes; "P1D" means 24 elapsed hours, not a calendar day). Case, full-width
     * characters and spaces do not matter.
     *
     * @throws IllegalArgumentException naming the accepted forms when the text is not one of them
     */
    public static DeadlineSpec parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A deadline is required (时限不能为空). Accepted forms: " + ACCEPTED_FORMS);
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
        for (String suffix : new String[] {"以内", "之内", "内"}) {
            if (s.endsWith(suffix)) {
                s = s.substring(0, s.length() - suffix.length()).strip();
                break;
            }
        }
        if (SAME_DAY.contains(s)) {
            return sameDay();
        }
        if (s.startsWith("p") || s.startsWith("-p")) {
            return parseIso(text, s.toUpperCase(Locale.ROOT));
        }
        Matcher m = AMOUNT_AND_UNIT.matcher(s);
        if (m.matches()) {
            String unitText = m.group(2).strip();
            if (unitText.startsWith("个")) {
                unitText = unitText.substring(1);
            }
            Unit unit = UNITS.get(unitText);
            if (unit != null) {
                long amount = m.group(1).chars().allMatch(c -> c >= '0' && c <= '9')
                        ? parseArabic(text, m.group(1))
                        : parseChinese(text, m.group(1));
                if (amount > unit.maxAmount()) {
                    throw new IllegalArgumentException("The deadline \"" + text + "\" is too long: at most "
                            + unit.maxAmount() + " " + unit.name().toLowerCase(Locale.ROOT).replace('_', ' '));
                }
                return new DeadlineSpec((int) amount, unit);
            }
        }
        Matcher odd = SIGNED_OR_FRACTION.matcher(s);
        if (odd.matches() && ("-".equals(odd.group(1)) || odd.group(2) != null)) {
            throw new IllegalArgumentException("Cannot read the deadline \"" + text + "\" (无法识别的时限): the amount "
                    + "must be a whole number 0 or more (write 1.5 hours as \"90分钟\" or \"PT1H30M\"). Accepted forms: "
                    + ACCEPTED_FORMS);
        }
        throw new IllegalArgumentException(
                "Cannot read the deadline \"" + text + "\" (无法识别的时限). Accepted forms: " + ACCEPTED_FORMS);
    }

    private static DeadlineSpec parseIso(String original, String iso) {
        Duration d;
        try {
            d = Duration.parse(iso);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Cannot read the deadline \"" + original + "\" as an ISO-8601 "
                    + "duration (无法识别的时限). Accepted forms: " + ACCEPTED_FORMS, e);
        }
        if (d.isNegative()) {
            throw new IllegalArgumentException("The deadline \"" + original + "\" is negative; it must be 0 or more");
        }
        if (d.toSecondsPart() != 0 || d.toNanosPart() != 0) {
            throw new IllegalArgumentException("The deadline \"" + original + "\" is not a whole number of minutes. "
                    + "Accepted forms: " + ACCEPTED_FORMS);
        }
        long minutes = d.toMinutes();
        if (minutes % 60 == 0 && minutes / 60 <= Unit.HOURS.maxAmount()) {
            return ofHours((int) (minutes / 60));
        }
        if (minutes > Unit.MINUTES.maxAmount()) {
            throw new IllegalArgumentException("The deadline \"" + original + "\" is too long");
        }
        return ofMinutes((int) minutes);
    }

    private static long parseArabic(String original, String digits) {
        if (digits.length() > 9) {
            throw new IllegalArgumentException("The deadline \"" + original + "\" is too long");
        }
        return Long.parseLong(digits);
    }

    /** Chinese numerals up to 9999: 三, 十五, 二十, 一百零五, 两千. */
    private static long parseChinese(String original, String numeral) {
        long total = 0;
        int digit = -1;
        for (int i = 0; i < numeral.length(); i++) {
            char c = numeral.charAt(i);
            int value = "零一二三四五六七八九".indexOf(c);
            if (c == '〇') {
                value = 0;
            } else if (c == '两') {
                value = 2;
            }
            if (value >= 0) {
                if (digit > 0) {
                    throw new IllegalArgumentException("Cannot read the number \"" + numeral + "\" in the deadline \""
                            + original + "\". Accepted forms: " + ACCEPTED_FORMS);
                }
                digit = value;
                continue;
            }
            int multiplier = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> throw new IllegalArgumentException("Cannot read the number \"" + numeral + "\"");
            };
            total += (long) (digit < 0 ? 1 : digit) * multiplier;
            digit = -1;
        }
        if (digit > 0) {
            total += digit;
        }
        return total;
    }

    /** The exclusive due instant for a clock started at {@code start}; see the class comment. */
    public Instant dueFrom(Instant start, WorkingCalendar calendar) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(calendar, "calendar");
        return switch (unit) {
            case MINUTES -> start.plus(Duration.ofMinutes(amount));
            case HOURS -> start.plus(Duration.ofHours(amount));
            case CALENDAR_DAYS -> calendar.endOf(calendar.dateOf(start).plusDays(amount));
            case WORKING_DAYS -> calendar.plusWorkingDays(start, amount);
            case WORKING_HOURS -> calendar.plusWorkingHours(start, Duration.ofHours(amount));
        };
    }

    /**
     * Time left at {@code now} on a clock started at {@code start}; for {@link Unit#WORKING_DAYS} the working
     * days left / overdue are filled in as well.
     */
    public TimeLeft timeLeft(Instant start, Instant now, WorkingCalendar calendar) {
        Instant due = dueFrom(start, calendar);
        return unit == Unit.WORKING_DAYS ? TimeLeft.at(due, now, calendar) : TimeLeft.at(due, now);
    }

    /** Whether this is the "当日" (same working day) promise. */
    public boolean isSameDay() {
        return unit == Unit.WORKING_DAYS && amount == 0;
    }

    /** The canonical Chinese text, read back by {@link #parse(String)}: "20分钟", "15个工作日", "当日". */
    @Override
    public String toString() {
        return switch (unit) {
            case MINUTES -> amount + "分钟";
            case HOURS -> amount + "小时";
            case CALENDAR_DAYS -> amount + "天";
            case WORKING_DAYS -> amount == 0 ? "当日" : amount + "个工作日";
            case WORKING_HOURS -> amount + "个工作小时";
        };
    }

    /** English text, also read back by {@link #parse(String)}: "20 minutes", "1 working day", "same day". */
    public String toEnglish() {
        String noun = switch (unit) {
            case MINUTES -> "minute";
            case HOURS -> "hour";
            case CALENDAR_DAYS -> "calendar day";
            case WORKING_DAYS -> "working day";
            case WORKING_HOURS -> "working hour";
        };
        if (isSameDay()) {
            return "same day";
        }
        return amount + " " + noun + (amount == 1 ? "" : "s");
    }
}
