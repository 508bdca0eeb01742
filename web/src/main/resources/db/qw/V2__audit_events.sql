-- Who did what to which record: played and downloaded recordings first; the rest of the sensitive
-- actions and hash chaining join later. The application only ever inserts.
create table audit_event (
    id          bigserial   primary key,
    occurred_at timestamptz not null default now(),
    actor       text        not null,
    action      text        not null,
    target_type text,
    target_id   text,
    detail      jsonb,
    client_address text
);

create index audit_event_target on audit_event (target_type, target_id);
create index audit_event_time on audit_event (occurred_at);
