package org.qualitywatch.sampling.domain;

import java.util.List;

/**
 * The defaults a plan takes for what it leaves out (configured through {@code QW_SAMPLING_*}).
 * Quotas are per period: weekly values are the practice (new agents 5, experienced 2); daily and monthly
 * have their own values rather than a scaled guess.
 */
public record SamplingDefaults(double minSeconds, int newAgentMonths, int newDaily, int experiencedDaily,
                               int newWeekly, int experiencedWeekly, int newMonthly, int experiencedMonthly,
                               double percent, List<String> words, double deadAirSeconds, int dueDays) {

    /** The built-in values: skip &lt; 30 s, new = first 3 months, 5/2 a week, 1/1 a day, 20/8 a month, 5 %, 投诉/赔偿/监管, 20 s dead air, due 3 days after the period. */
    public static SamplingDefaults builtIn() {
        return new SamplingDefaults(30, 3, 1, 1, 5, 2, 20, 8, 5.0, List.of("投诉", "赔偿", "监管"), 20, 3);
    }

    public int newAgentQuota(Cadence cadence) {
        return switch (cadence) {
            case DAILY -> newDaily;
            case WEEKLY -> newWeekly;
            case MONTHLY -> newMonthly;
        };
    }

    public int experiencedQuota(Cadence cadence) {
        return switch (cadence) {
            case DAILY -> experiencedDaily;
            case WEEKLY -> experiencedWeekly;
            case MONTHLY -> experiencedMonthly;
        };
    }
}
