-- Call sampling (抽检): plans and their runs. A run is the sample of one plan for one period; the
-- selected calls are the evaluation tasks (qw.evaluation, origin SAMPLED) carrying plan_id and run_id.

create table sampling_plan (
    id          bigserial   primary key,
    name        text        not null unique,
    active      boolean     not null default true,
    -- population, period, quotas, percentages, fallback, mandatory rules, monitors (see docs/sampling.md)
    definition  jsonb       not null,
    seed        text        not null,
    created_by  text        not null,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    version     bigint      not null default 1
);

-- at most one run per plan and period: running a period again (or on two nodes at once) returns the first
create table sampling_run (
    id           bigserial   primary key,
    plan_id      bigint      not null references sampling_plan (id),
    period_start date        not null,
    period_end   date        not null,
    seed         text        not null,
    -- per stratum: population, mandatory, quota, wanted, selected, fallback, short
    population   jsonb       not null,
    -- per agent quota and per stratum percentage: wanted / selected / short
    fulfilment   jsonb       not null,
    selected     integer     not null,
    created_by   text        not null,
    created_at   timestamptz not null default now(),
    unique (plan_id, period_start)
);
create index sampling_run_plan on sampling_run (plan_id, period_start desc);
create index evaluation_call_started on evaluation (call_started_at) where status <> 'CANCELLED';
