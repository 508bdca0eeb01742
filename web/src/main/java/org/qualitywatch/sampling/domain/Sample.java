package org.qualitywatch.sampling.domain;

import java.util.List;

/**
 * The result of a draw: the selected calls, the population per stratum and how far each quota is met.
 *
 * @param population        calls in the population after exclusions
 * @param excludedEvaluated calls left out because they already have an evaluation
 * @param excludedShort     calls left out because they are shorter than the minimum duration
 */
public record Sample(String seed, PeriodWindow period, List<Selection> selected, List<StratumReport> strata,
                     List<QuotaReport> quotas, int population, int excludedEvaluated, int excludedShort) {

    /**
     * One selected call and why.
     *
     * @param stratum     the stratum the call belongs to (business line, team or ALL)
     * @param draw        the call's draw for the seed, in [0, 1)
     * @param explanation one sentence saying which rule chose it and how
     */
    public record Selection(CandidateCall call, SelectionRule rule, String stratum, double draw, String explanation) {
    }

    /**
     * One stratum of the population.
     *
     * @param population     its calls after exclusions
     * @param mandatory      calls selected by a mandatory rule (on top of the numbers below)
     * @param quota          calls selected by agent quotas
     * @param wanted         round half up of percentage × population (0 when percentages are off)
     * @param percent        calls selected by the percentage
     * @param fallbackIn     calls taken from other strata to make up this stratum's shortfall
     * @param fallbackOut    calls of this stratum taken for other strata's shortfalls
     * @param shortBy        what is still missing after fallback
     */
    public record StratumReport(String stratum, int population, int mandatory, int quota, double percentage,
                                int wanted, int percent, int fallbackIn, int fallbackOut, int shortBy) {
    }

    /** One agent's quota: wanted, selected, short; plus the mandatory calls taken on top. */
    public record QuotaReport(String agentId, String stratum, boolean newAgent, int population, int wanted,
                              int selected, int shortBy, int mandatory) {
    }
}
