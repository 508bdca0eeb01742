-- Callbacks (回访): orders drawn for a call back when they reach "resolved", and what the call found.
create table callback_task (
    id              bigserial   primary key,
    work_order_id   bigint      not null unique references work_order (id) on delete cascade,
    rule_name       text        not null,
    ratio           double precision not null,
    draw            double precision not null,
    seed            text        not null,
    explanation     text        not null,
    status          text        not null check (status in ('PENDING', 'RETRY', 'DONE', 'UNREACHABLE')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz,
    assigned_to     text,
    created_at      timestamptz not null default now(),
    completed_at    timestamptz,
    reached         boolean,
    satisfaction    smallint check (satisfaction between 1 and 5),
    checklist       jsonb,
    comment         text,
    recording_call_id text,
    reopened        boolean     not null default false
);

create index callback_task_open on callback_task (status, next_attempt_at);
