package org.qualitywatch.identity.domain;

import java.util.List;
import java.util.Optional;

public interface AgentRoster {

    List<Agent> all();

    Optional<Agent> find(String agentId);

    Agent save(Agent agent);
}
