-- Accounts, roles and login sessions.
create table user_account (
    id                   bigserial primary key,
    username             text        not null unique check (username = lower(username) and length(username) between 2 and 100),
    display_name         text        not null,
    password_hash        text        not null,
    enabled              boolean     not null default true,
    department           text,
    agent_id             text,
    failed_logins        integer     not null default 0,
    locked_until         timestamptz,
    password_changed_at  timestamptz not null,
    must_change_password boolean     not null default false,
    created_at           timestamptz not null,
    version              bigint      not null default 0
);

create table user_role (
    user_id bigint not null references user_account (id) on delete cascade,
    role    text   not null check (role in ('ADMIN', 'MANAGER', 'QA_LEAD', 'QA_MONITOR', 'AGENT',
                                            'DEPT_HANDLER', 'CALLBACK_AGENT', 'PUBLIC_SUPERVISOR')),
    primary key (user_id, role)
);

create table login_session (
    token_hash     text        primary key,
    user_id        bigint      not null references user_account (id) on delete cascade,
    csrf_token     text        not null,
    created_at     timestamptz not null,
    last_seen_at   timestamptz not null,
    expires_at     timestamptz not null,
    client_address text
);

create index login_session_user on login_session (user_id);
