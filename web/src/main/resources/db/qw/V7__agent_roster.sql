-- The agent roster (坐席名册): who answers calls, in which team, since when. Recordings and work
-- orders carry only the agent id; teams and "new agent" status come from here.
create table agent (
    agent_id text    primary key,
    name     text    not null,
    team     text,
    hired_on date,
    active   boolean not null default true
);
create index agent_team on agent (team);
