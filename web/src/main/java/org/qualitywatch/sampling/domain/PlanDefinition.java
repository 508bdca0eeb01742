package org.qualitywatch.sampling.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a sampling plan takes, stored as the plan's JSON definition. Every part may be left out by the
 * editor; {@link #withDefaults(SamplingDefaults)} fills the gaps from the configured defaults, so the
 * stored plan always says every number it used.
 *
 * @param cadence    the period: DAILY, WEEKLY or MONTHLY
 * @param stratifyBy BUSINESS_LINE, TEAM or NONE: the strata of percentages, fallback and the population report
 * @param population which calls may be sampled
 * @param quota      how many calls per agent and period
 * @param percentage how many calls per stratum, as a percentage of its population
 * @param mandatory  calls always selected on top of quota and percentage
 * @param assignment who evaluates the calls
 */
public record PlanDefinition(Cadence cadence, StratifyBy stratifyBy, Population population, Quota quota,
                             Percentage percentage, Mandatory mandatory, Assignment assignment) {

    public enum StratifyBy { BUSINESS_LINE, TEAM, NONE }

    /** Where a stratum's shortfall comes from: the next strata in the listed order, or nowhere (reported short). */
    public enum Fallback { NEXT_IN_ORDER, NONE }

    /**
     * @param callTypes  skills / call types (empty: all)
     * @param minSeconds calls shorter than this are not sampled (default 30 s)
     */
    public record Population(List<String> businessLines, List<String> teams, List<String> agents,
                             List<String> directions, List<String> callTypes, Double minSeconds) {
    }

    /**
     * @param newAgentMonths agents hired less than this many months before the period start are new
     */
    public record Quota(Boolean enabled, Integer newAgents, Integer experienced, Integer newAgentMonths) {
    }

    /**
     * @param percent    percentage of each stratum's population (e.g. 5.0 for 5 %)
     * @param perStratum a different percentage for some strata
     * @param order      the strata in fallback order (strata not listed follow in name order)
     */
    public record Percentage(Boolean enabled, Double percent, Map<String, Double> perStratum, List<String> order,
                             Fallback fallback) {
    }

    /**
     * @param complaints     include calls a complaint names
     * @param words          include calls whose transcript contains one of these words
     * @param deadAirSeconds include calls with dead air longer than this (null or 0: off)
     */
    public record Mandatory(Boolean complaints, List<String> words, Double deadAirSeconds) {
    }

    /**
     * @param monitors       usernames of the monitors who receive the tasks
     * @param excludeOwnTeam never give a monitor calls of the team named as the monitor's department
     * @param dueDays        days after the period end a task is due
     */
    public record Assignment(List<String> monitors, Boolean excludeOwnTeam, Integer dueDays) {
    }

    /** This definition with every missing value taken from {@code d}. */
    public PlanDefinition withDefaults(SamplingDefaults d) {
        Cadence c = cadence == null ? Cadence.WEEKLY : cadence;
        Population p = population == null ? new Population(null, null, null, null, null, null) : population;
        Quota q = quota == null ? new Quota(null, null, null, null) : quota;
        Percentage pc = percentage == null ? new Percentage(null, null, null, null, null) : percentage;
        Mandatory m = mandatory == null ? new Mandatory(null, null, null) : mandatory;
        Assignment a = assignment == null ? new Assignment(null, null, null) : assignment;
        return new PlanDefinition(c, stratifyBy == null ? StratifyBy.BUSINESS_LINE : stratifyBy,
                new Population(list(p.businessLines()), list(p.teams()), list(p.agents()), list(p.directions()),
                        list(p.callTypes()), or(p.minSeconds(), d.minSeconds())),
                new Quota(or(q.enabled(), pc.enabled() == null || !pc.enabled()),
                        or(q.newAgents(), d.newAgentQuota(c)), or(q.experienced(), d.experiencedQuota(c)),
                        or(q.newAgentMonths(), d.newAgentMonths())),
                new Percentage(or(pc.enabled(), false), or(pc.percent(), d.percent()),
                        pc.perStratum() == null ? Map.of() : new LinkedHashMap<>(pc.perStratum()),
                        list(pc.order()), pc.fallback() == null ? Fallback.NEXT_IN_ORDER : pc.fallback()),
                new Mandatory(or(m.complaints(), true), m.words() == null ? d.words() : list(m.words()),
                        or(m.deadAirSeconds(), d.deadAirSeconds())),
                new Assignment(list(a.monitors()), or(a.excludeOwnTeam(), false), or(a.dueDays(), d.dueDays())));
    }

    /**
     * What is wrong with this (defaulted) definition, as {field, message} pairs written for the editor;
     * empty when it can be used.
     */
    public List<String[]> problems() {
        List<String[]> problems = new ArrayList<>();
        if (quota.newAgents() < 0 || quota.experienced() < 0) {
            problems.add(new String[]{"quota", "quotas cannot be negative"});
        }
        if (quota.newAgentMonths() < 0) {
            problems.add(new String[]{"quota.newAgentMonths", "months cannot be negative"});
        }
        if (percentage.percent() < 0 || percentage.percent() > 100) {
            problems.add(new String[]{"percentage.percent", "give a percentage between 0 and 100"});
        }
        percentage.perStratum().forEach((k, v) -> {
            if (v == null || v < 0 || v > 100) {
                problems.add(new String[]{"percentage.perStratum." + k, "give a percentage between 0 and 100"});
            }
        });
        if (!quota.enabled() && !percentage.enabled()) {
            problems.add(new String[]{"quota.enabled", "enable the quota per agent, the percentage per stratum or both"});
        }
        if (population.minSeconds() < 0) {
            problems.add(new String[]{"population.minSeconds", "the minimum duration cannot be negative"});
        }
        if (mandatory.deadAirSeconds() < 0) {
            problems.add(new String[]{"mandatory.deadAirSeconds", "use 0 to switch the dead-air rule off"});
        }
        if (assignment.dueDays() < 0) {
            problems.add(new String[]{"assignment.dueDays", "due days cannot be negative"});
        }
        if (percentage.enabled() && stratifyBy == StratifyBy.NONE && !percentage.perStratum().isEmpty()) {
            problems.add(new String[]{"percentage.perStratum", "per-stratum percentages need stratifyBy BUSINESS_LINE or TEAM"});
        }
        return problems;
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static List<String> list(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).distinct().toList();
    }
}
