package org.qualitywatch.sampling.domain;

/** Why a call was selected; stored with the evaluation task as {@code selection_rule}. */
public enum SelectionRule {
    /** A complaint names the call; always selected. */
    MANDATORY_COMPLAINT,
    /** Its transcript contains a configured word (投诉, 赔偿, 监管 ...); always selected. */
    MANDATORY_WORDS,
    /** Dead air longer than the plan's limit; always selected. */
    MANDATORY_DEAD_AIR,
    /** The agent's quota for the period (new and experienced agents have different quotas). */
    QUOTA_PER_AGENT,
    /** The stratum's percentage (business line or team). */
    PERCENT_OF_STRATUM,
    /** Taken from another stratum because the wanted stratum had too few calls. */
    FALLBACK
}
