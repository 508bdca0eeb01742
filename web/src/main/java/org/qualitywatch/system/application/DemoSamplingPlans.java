package org.qualitywatch.system.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.qualitywatch.sampling.application.SamplingPlans;
import org.qualitywatch.sampling.domain.Cadence;
import org.qualitywatch.sampling.domain.PlanDefinition;

import java.util.List;
import java.util.Map;

/**
 * The demo's two sampling plans: a weekly quota plan (new agents 5, experienced 2, mandatory rules on) and
 * a monthly 5 % sample by business line with fallback. They are not run; the demo shows them in 抽检计划.
 */
@ApplicationScoped
public class DemoSamplingPlans {

    @Inject
    SamplingPlans plans;

    @Transactional
    public void load() {
        if (!plans.all().isEmpty()) {
            return;
        }
        PlanDefinition.Assignment monitors = new PlanDefinition.Assignment(List.of("monitor", "qalead"), true, 3);
        plans.create(new SamplingPlans.PlanInput("每周质检抽样（新老坐席配额）", true, "demo-weekly-2026",
                new PlanDefinition(Cadence.WEEKLY, PlanDefinition.StratifyBy.TEAM, null,
                        new PlanDefinition.Quota(true, 5, 2, 3), null, null, monitors), null), "system");
        plans.create(new SamplingPlans.PlanInput("每月 5% 按业务线分层抽样", true, "demo-monthly-2026",
                new PlanDefinition(Cadence.MONTHLY, PlanDefinition.StratifyBy.BUSINESS_LINE, null,
                        new PlanDefinition.Quota(false, null, null, null),
                        new PlanDefinition.Percentage(true, 5.0, Map.of(), List.of("BROADBAND", "DIGITAL_TV", "HD"),
                                PlanDefinition.Fallback.NEXT_IN_ORDER), null, monitors), null), "system");
    }
}
