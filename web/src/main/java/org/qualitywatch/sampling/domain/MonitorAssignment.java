package org.qualitywatch.sampling.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Balanced assignment of selected calls to monitors: each call, in the order of the sample, goes to the
 * monitor with the fewest open tasks (ASSIGNED or IN_PROGRESS, counting the ones this run gave out so far);
 * ties go to the username first in alphabetical order, so the same inputs give the same assignment. With
 * {@code excludeOwnTeam} a monitor never gets a call of the team named as the monitor's department.
 */
public final class MonitorAssignment {

    public record Monitor(String username, String team) {
        public Monitor {
            Objects.requireNonNull(username, "username");
        }
    }

    private MonitorAssignment() {
    }

    /**
     * @param teams       the team of each call, in the order to assign
     * @param openTasks   open tasks per username before this run
     * @return the username per call (same order), null where no monitor may take the call
     */
    public static List<String> assign(List<String> teams, List<Monitor> monitors, Map<String, Integer> openTasks,
                                      boolean excludeOwnTeam) {
        Map<String, Integer> load = new HashMap<>();
        for (Monitor m : monitors) {
            load.put(m.username(), openTasks.getOrDefault(m.username(), 0));
        }
        List<Monitor> sorted = monitors.stream().sorted(Comparator.comparing(Monitor::username)).toList();
        List<String> result = new ArrayList<>(teams.size());
        for (String team : teams) {
            Monitor chosen = null;
            for (Monitor m : sorted) {
                if (excludeOwnTeam && m.team() != null && m.team().equals(team)) {
                    continue;
                }
                if (chosen == null || load.get(m.username()) < load.get(chosen.username())) {
                    chosen = m;
                }
            }
            if (chosen != null) {
                load.merge(chosen.username(), 1, Integer::sum);
            }
            result.add(chosen == null ? null : chosen.username());
        }
        return result;
    }
}
