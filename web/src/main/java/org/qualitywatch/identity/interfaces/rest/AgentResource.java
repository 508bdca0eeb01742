package org.qualitywatch.identity.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.qualitywatch.identity.domain.Agent;
import org.qualitywatch.identity.domain.AgentRoster;

import java.time.LocalDate;
import java.util.List;

/** The agent roster: read by every staff member (names and teams in lists), kept by admins and managers. */
@Path("/agents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "MANAGER", "QA_LEAD", "QA_MONITOR", "DEPT_HANDLER", "CALLBACK_AGENT", "AGENT"})
public class AgentResource {

    @Inject
    AgentRoster roster;

    public record AgentView(String agentId, String name, String team, LocalDate hiredOn, boolean active) {
        static AgentView of(Agent a) {
            return new AgentView(a.agentId(), a.name(), a.team(), a.hiredOn(), a.active());
        }
    }

    public record AgentChange(@NotBlank(message = "give the agent's name") @Size(max = 60) String name,
                              @Size(max = 60) String team, LocalDate hiredOn,
                              @NotNull(message = "say whether the agent is active") Boolean active) {
    }

    @GET
    public List<AgentView> all() {
        return roster.all().stream().map(AgentView::of).toList();
    }

    /** Creates or updates the agent with this id. */
    @PUT
    @Path("/{agentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ADMIN", "MANAGER"})
    @Transactional
    public AgentView put(@PathParam("agentId") @Pattern(regexp = "[0-9A-Za-z_-]{1,20}",
                                 message = "an agent id is 1 to 20 letters, digits, - or _") String agentId,
                         @NotNull(message = "send {name, team, hiredOn, active}") @Valid AgentChange change) {
        String team = change.team() == null || change.team().isBlank() ? null : change.team().strip();
        Agent agent = roster.find(agentId).orElseGet(() -> new Agent(agentId, change.name().strip(), team,
                change.hiredOn(), change.active()));
        agent.update(change.name().strip(), team, change.hiredOn(), change.active());
        return AgentView.of(roster.save(agent));
    }
}
