-- Complaint dashboard: what of each complaint reached the search index, and the complaint-rate target.

-- The catch-up queues every complaint whose row changed after its document was last queued (version is
-- the external version of the document); indexed_received_at names the monthly index it went to.
alter table complaint add column indexed_version bigint not null default 0;
alter table complaint add column indexed_received_at timestamptz;
create index complaint_unindexed on complaint (id) where indexed_version < version;

-- Complaint rate target in complaints per 10,000 subscribers (‱); '*' = every business line without its own row.
create table complaint_rate_target (
    business_line   text    primary key,
    per_ten_thousand numeric(10, 4) not null check (per_ten_thousand >= 0),
    updated_by      text    not null default 'system',
    updated_at      timestamptz not null default now()
);
insert into complaint_rate_target (business_line, per_ten_thousand) values ('*', 1);
