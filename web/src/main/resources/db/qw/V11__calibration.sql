-- Calibration (校准): several monitors score the same calls blind; their deviation from a reference
-- (a lead's "golden" scores, or the mean of everyone) shows who scores out of line.
create table calibration_session (
    id                   bigserial   primary key,
    name                 text        not null,
    scorecard_version_id bigint      not null references scorecard_version (id),
    created_by           text        not null,
    -- the participant whose scores are the reference; null = the mean of all participants
    reference_user       text,
    threshold            numeric(6, 2) not null default 5 check (threshold >= 0),
    status               text        not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    created_at           timestamptz not null default now(),
    closed_at            timestamptz,
    closed_by            text
);
create index calibration_session_status on calibration_session (status, created_at);

create table calibration_call (
    session_id   bigint not null references calibration_session (id) on delete cascade,
    recording_id bigint not null,
    call_id      text   not null,
    position     integer not null default 0,
    primary key (session_id, recording_id)
);

create table calibration_participant (
    session_id bigint not null references calibration_session (id) on delete cascade,
    username   text   not null,
    primary key (session_id, username)
);
create index calibration_participant_user on calibration_participant (username);

create table calibration_score (
    id           bigserial   primary key,
    session_id   bigint      not null references calibration_session (id) on delete cascade,
    recording_id bigint      not null,
    username     text        not null,
    answers      jsonb       not null,
    score        numeric(6, 2) not null,
    item_results jsonb       not null,
    submitted_at timestamptz not null default now(),
    unique (session_id, recording_id, username),
    foreign key (session_id, recording_id) references calibration_call (session_id, recording_id) on delete cascade
);
