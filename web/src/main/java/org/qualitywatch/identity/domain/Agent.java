package org.qualitywatch.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.Period;

/** A call-center agent (坐席) of the roster: the id the PBX and the work orders know, a team, a start date. */
@Entity
@Table(name = "agent")
public class Agent {

    @Id
    @Column(name = "agent_id")
    private String agentId;

    @Column(nullable = false)
    private String name;

    private String team;

    @Column(name = "hired_on")
    private LocalDate hiredOn;

    @Column(nullable = false)
    private boolean active = true;

    protected Agent() {
    }

    public Agent(String agentId, String name, String team, LocalDate hiredOn, boolean active) {
        this.agentId = agentId;
        update(name, team, hiredOn, active);
    }

    public void update(String name, String team, LocalDate hiredOn, boolean active) {
        this.name = name;
        this.team = team;
        this.hiredOn = hiredOn;
        this.active = active;
    }

    /** Whether the agent joined less than {@code months} ago on {@code today} (new agents are sampled more). */
    public boolean isNew(LocalDate today, int months) {
        return hiredOn != null && Period.between(hiredOn, today).toTotalMonths() < months;
    }

    public String agentId() { return agentId; }
    public String name() { return name; }
    public String team() { return team; }
    public LocalDate hiredOn() { return hiredOn; }
    public boolean active() { return active; }
}
