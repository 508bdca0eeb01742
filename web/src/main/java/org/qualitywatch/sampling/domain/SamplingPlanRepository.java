package org.qualitywatch.sampling.domain;

import java.util.List;
import java.util.Optional;

/** Stored sampling plans; the definition is kept as JSON by the implementation. */
public interface SamplingPlanRepository {

    List<SamplingPlan> all();

    Optional<SamplingPlan> find(long id);

    boolean nameTaken(String name, Long exceptId);

    long add(String name, boolean active, PlanDefinition definition, String seed, String createdBy);

    /** Replaces a plan if it is still at {@code expectedVersion}; false when somebody saved first. */
    boolean update(long id, long expectedVersion, String name, boolean active, PlanDefinition definition, String seed);
}
