package org.qualitywatch.shared.domain.time;

import java.time.LocalDate;

/**
 * Shipped holiday data, written as builder calls so that it needs no resource files. The product keeps the
 * calendar as editable data; these are the defaults it starts from.
 */
public final class Calendars {

    private Calendars() {
    }

    /**
     * Mainland China 2026 in Asia/Shanghai, office hours 09:00–18:00: the State Council notice on the 2026
     * holiday schedule (国务院办公厅关于2026年部分节假日安排的通知, dated 4 November 2025, published by Xinhua).
     * Checked against the published text; still editable data, as the State Council publishes each year's
     * schedule only in November of the year before.
     *
     * <pre>
     * 元旦   New Year        1 Jan (Thu) – 3 Jan (Sat), 3 days;    make-up: 4 Jan (Sun)
     * 春节   Spring Festival 15 Feb (Sun) – 23 Feb (Mon), 9 days; make-up: 14 Feb (Sat), 28 Feb (Sat)
     * 清明节 Qingming        4 Apr (Sat) – 6 Apr (Mon), 3 days
     * 劳动节 Labour Day      1 May (Fri) – 5 May (Tue), 5 days;   make-up: 9 May (Sat)
     * 端午节 Dragon Boat     19 Jun (Fri) – 21 Jun (Sun), 3 days
     * 中秋节 Mid-Autumn      25 Sep (Fri) – 27 Sep (Sun), 3 days
     * 国庆节 National Day    1 Oct (Thu) – 7 Oct (Wed), 7 days;   make-up: 20 Sep (Sun), 10 Oct (Sat)
     * </pre>
     */
    public static WorkingCalendar china2026() {
        return addChina2026(WorkingCalendar.builder().zone(WorkingCalendar.DEFAULT_ZONE)).build();
    }

    /** Adds the 2026 data to {@code builder}, e.g. to combine it with other years' data. */
    public static WorkingCalendar.Builder addChina2026(WorkingCalendar.Builder builder) {
        return builder
                // 元旦 New Year
                .holidays(d(1, 1), d(1, 3)).makeUpWorkingDays(d(1, 4))
                // 春节 Spring Festival (农历腊月二十八 to 正月初七)
                .holidays(d(2, 15), d(2, 23)).makeUpWorkingDays(d(2, 14), d(2, 28))
                // 清明节 Qingming
                .holidays(d(4, 4), d(4, 6))
                // 劳动节 Labour Day
                .holidays(d(5, 1), d(5, 5)).makeUpWorkingDays(d(5, 9))
                // 端午节 Dragon Boat Festival
                .holidays(d(6, 19), d(6, 21))
                // 中秋节 Mid-Autumn Festival
                .holidays(d(9, 25), d(9, 27))
                // 国庆节 National Day
                .holidays(d(10, 1), d(10, 7)).makeUpWorkingDays(d(9, 20), d(10, 10));
    }

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }
}
