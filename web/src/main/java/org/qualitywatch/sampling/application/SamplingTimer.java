package org.qualitywatch.sampling.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.qualitywatch.platform.config.Settings;
import org.qualitywatch.sampling.domain.PeriodWindow;
import org.qualitywatch.sampling.domain.PlanDefinition;
import org.qualitywatch.sampling.domain.SamplingPlan;
import org.qualitywatch.shared.domain.DomainException;

import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs every active plan when one of its periods has just ended (daily at 01:10, for the period that
 * contains yesterday). Every node may fire: the unique (plan, period start) of a run makes the second
 * run a no-op. Off with {@code QW_SAMPLING_TIMER=false}.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each run has its own transaction
public class SamplingTimer {

    private static final Logger LOG = Logger.getLogger(SamplingTimer.class.getName());

    @Inject
    SamplingPlans plans;

    @Inject
    CallSampling sampling;

    @Schedule(hour = "1", minute = "10", persistent = false)
    void runEndedPeriods() {
        if (!Settings.system().getBoolean("qw.sampling.timer", true)) {
            return;
        }
        LocalDate today = LocalDate.now(SamplingSettings.zone());
        for (SamplingPlan plan : plans.all()) {
            if (!plan.active()) {
                continue;
            }
            PlanDefinition definition = plan.definition().withDefaults(SamplingSettings.defaults());
            PeriodWindow yesterday = definition.cadence().periodOf(today.minusDays(1), SamplingSettings.zone());
            if (!yesterday.end().equals(today)) {
                continue; // the period of yesterday is still running
            }
            try {
                sampling.run(plan.id(), yesterday.start(), "system");
            } catch (DomainException e) {
                LOG.warning(() -> "sampling plan " + plan.id() + " was not run for " + yesterday.start() + ": " + e.getMessage());
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "sampling plan " + plan.id() + " failed for " + yesterday.start(), e);
            }
        }
    }
}
