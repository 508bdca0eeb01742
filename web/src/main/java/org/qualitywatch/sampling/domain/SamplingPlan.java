package org.qualitywatch.sampling.domain;

import java.time.Instant;

/** A stored sampling plan: its name, whether the timer runs it, its definition and its seed. */
public record SamplingPlan(long id, String name, boolean active, PlanDefinition definition, String seed,
                           String createdBy, Instant createdAt, Instant updatedAt, long version) {

    /** How explanations name the plan. */
    public String label() {
        return "计划#" + id + " " + name;
    }
}
