package org.qualitywatch.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.qualitywatch.identity.domain.Agent;
import org.qualitywatch.identity.domain.AgentRoster;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class JpaAgentRoster implements AgentRoster {

    @PersistenceContext(unitName = "qualitywatch")
    EntityManager em;

    @Override
    public List<Agent> all() {
        return em.createQuery("select a from Agent a order by a.team, a.agentId", Agent.class).getResultList();
    }

    @Override
    public Optional<Agent> find(String agentId) {
        return Optional.ofNullable(em.find(Agent.class, agentId));
    }

    @Override
    public Agent save(Agent agent) {
        return em.merge(agent);
    }
}
