package org.qualitywatch.sampling.application;

import org.qualitywatch.platform.config.Settings;
import org.qualitywatch.sampling.domain.SamplingDefaults;

import java.time.ZoneId;
import java.util.Arrays;

/**
 * Sampling's configurable defaults ({@code QW_SAMPLING_*}, see docs/operations.md and docs/sampling.md);
 * a plan that leaves a number out takes it from here when it is saved.
 */
final class SamplingSettings {

    private SamplingSettings() {
    }

    static SamplingDefaults defaults() {
        Settings s = Settings.system();
        SamplingDefaults b = SamplingDefaults.builtIn();
        return new SamplingDefaults(
                Double.parseDouble(s.get("qw.sampling.min-seconds", String.valueOf(b.minSeconds()))),
                s.getInt("qw.sampling.new-agent-months", b.newAgentMonths()),
                s.getInt("qw.sampling.quota.new.daily", b.newDaily()),
                s.getInt("qw.sampling.quota.experienced.daily", b.experiencedDaily()),
                s.getInt("qw.sampling.quota.new.weekly", b.newWeekly()),
                s.getInt("qw.sampling.quota.experienced.weekly", b.experiencedWeekly()),
                s.getInt("qw.sampling.quota.new.monthly", b.newMonthly()),
                s.getInt("qw.sampling.quota.experienced.monthly", b.experiencedMonthly()),
                Double.parseDouble(s.get("qw.sampling.percent", String.valueOf(b.percent()))),
                s.find("qw.sampling.words").map(v -> Arrays.stream(v.split("[,，\\s]+")).filter(w -> !w.isBlank()).toList())
                        .orElse(b.words()),
                Double.parseDouble(s.get("qw.sampling.dead-air-seconds", String.valueOf(b.deadAirSeconds()))),
                s.getInt("qw.sampling.due-days", b.dueDays()));
    }

    static ZoneId zone() {
        return ZoneId.of(Settings.system().get("qw.time-zone", "Asia/Shanghai"));
    }
}
