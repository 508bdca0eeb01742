-- The city-hotline (12345) connector: its cursor, its outbox of acknowledgements, replies and closures
-- to send to the platform; and the platform simulator's state (only used when QW_SIMULATORS=on).

create table connector_state (
    name          text        primary key,
    cursor        text,
    last_poll_at  timestamptz,
    last_error    text,
    updated_at    timestamptz not null default now()
);

create table connector_outbox (
    id              bigserial   primary key,
    connector       text        not null,
    complaint_id    bigint      references complaint (id) on delete cascade,
    platform_id     text        not null,
    kind            text        not null check (kind in ('ACK', 'REPLY', 'CLOSE')),
    payload         jsonb       not null default '{}',
    idempotency_key text        not null unique,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null default now(),
    created_at      timestamptz not null default now(),
    sent_at         timestamptz,
    failed_at       timestamptz,
    last_error      text
);
create index connector_outbox_due on connector_outbox (next_attempt_at) where sent_at is null and failed_at is null;

-- The simulated 12345 platform: its orders, what it received (one row per idempotency key), and the "down" switch.
create table hotline_sim_order (
    seq             bigserial   primary key,
    platform_id     text        not null unique,
    created_at      timestamptz not null default now(),
    payload         jsonb       not null,
    acknowledged_at timestamptz,
    closed_at       timestamptz
);

create table hotline_sim_message (
    id              bigserial   primary key,
    platform_id     text        not null references hotline_sim_order (platform_id) on delete cascade,
    kind            text        not null check (kind in ('ACK', 'REPLY', 'CLOSE')),
    idempotency_key text        not null unique,
    body            jsonb       not null,
    received_at     timestamptz not null default now()
);

create table hotline_sim_switch (
    name  text    primary key,
    down  boolean not null default false
);
insert into hotline_sim_switch (name, down) values ('platform', false);
