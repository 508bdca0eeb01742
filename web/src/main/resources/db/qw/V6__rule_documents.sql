-- Editable work-order rules (category tree, deadline rules, holiday calendar, callback plan), one
-- versioned JSON document per kind. No row = the shipped defaults; body null = reset to defaults.
-- Every version is kept so supervision can tell which rules were in force when.
create table rule_document (
    kind       text        primary key check (kind in ('CATEGORIES', 'DEADLINES', 'CALENDAR', 'CALLBACKS')),
    version    bigint      not null,
    body       jsonb,
    updated_by text        not null,
    updated_at timestamptz not null default now()
);

create table rule_document_version (
    kind       text        not null,
    version    bigint      not null,
    body       jsonb,
    updated_by text        not null,
    updated_at timestamptz not null default now(),
    primary key (kind, version)
);
