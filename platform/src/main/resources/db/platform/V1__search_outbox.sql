-- Documents waiting to reach Elasticsearch. Rows are written in the same transaction as the
-- business change they describe, so PostgreSQL stays the source of truth and an Elasticsearch
-- outage only delays indexing.
create table search_outbox (
    id            bigserial primary key,
    index_name    text        not null,
    document_id   text        not null,
    action        text        not null check (action in ('INDEX', 'DELETE')),
    document      jsonb,
    version       bigint,
    enqueued_at   timestamptz not null default now(),
    available_at  timestamptz not null default now(),
    attempts      integer     not null default 0,
    last_error    text,
    check (action = 'DELETE' or document is not null)
);

create index search_outbox_available on search_outbox (available_at, id);
