-- Work orders (工单) with their history. (source, number) identifies an order in the system that
-- sent it, so re-sending the same order updates it instead of duplicating it.
create table department (
    code     text primary key,
    name     text not null,
    kind     text not null default 'FIELD' check (kind in ('FRONT_LINE', 'EXPERT', 'FIELD', 'BACK_OFFICE', 'SUPERVISION')),
    district text
);

create table work_order (
    id                      bigserial   primary key,
    source                  text        not null,
    number                  text        not null,
    channel                 text check (channel in ('PHONE', 'WEB', 'WALK_IN', 'EXTERNAL')),
    customer_id             text,
    customer_phone          text,
    business_line           text,
    type                    text        not null check (type in ('CONSULT', 'REPAIR', 'COMPLAINT', 'SUGGESTION', 'HELP')),
    category1               text,
    category2               text,
    category3               text,
    district                text,
    description             text,
    status                  text        not null check (status in ('ACCEPTED', 'PRE_PROCESSED', 'DISPATCHED', 'CONTACTED',
                                                                    'RESOLVED', 'CALLED_BACK', 'ARCHIVED')),
    accepted_at             timestamptz not null,
    first_receiver_agent_id text,
    first_receiver_name     text,
    department              text,
    dispatched_at           timestamptz,
    contacted_at            timestamptz,
    resolved_at             timestamptz,
    called_back_at          timestamptz,
    archived_at             timestamptz,
    customer_informed_at    timestamptz,
    call_ids                text[]      not null default '{}',
    content_hash            text,
    version                 bigint      not null default 1,
    unique (source, number)
);

create index work_order_accepted on work_order (accepted_at);
create index work_order_status on work_order (status);
create index work_order_call_ids on work_order using gin (call_ids);

create table work_order_event (
    id              bigserial   primary key,
    work_order_id   bigint      not null references work_order (id) on delete cascade,
    at              timestamptz not null,
    kind            text        not null,
    actor           text,
    from_department text,
    to_department   text,
    reason          text,
    note            text
);

create index work_order_event_order on work_order_event (work_order_id, at);

-- file imports of work orders, with their per-row report
create table work_order_import (
    id          bigserial   primary key,
    file_name   text        not null,
    preset      text        not null,
    status      text        not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    total       integer,
    processed   integer     not null default 0,
    created     integer     not null default 0,
    updated     integer     not null default 0,
    unchanged   integer     not null default 0,
    failed      integer     not null default 0,
    errors      jsonb       not null default '[]',
    actor       text        not null,
    started_at  timestamptz not null default now(),
    finished_at timestamptz,
    last_error  text
);

insert into department (code, name, kind, district) values
    ('hotline', '客服中心', 'FRONT_LINE', null),
    ('expert', '专家座席', 'EXPERT', null),
    ('yuhong', '于洪维护站', 'FIELD', '于洪区'),
    ('heping', '和平维护站', 'FIELD', '和平区'),
    ('hunnan', '浑南维护站', 'FIELD', '浑南区'),
    ('dadong', '大东维护站', 'FIELD', '大东区'),
    ('tiexi', '铁西维护站', 'FIELD', '铁西区'),
    ('huanggu', '皇姑维护站', 'FIELD', '皇姑区'),
    ('shenhe', '沈河维护站', 'FIELD', '沈河区'),
    ('network', '网络运维中心', 'BACK_OFFICE', null),
    ('broadband', '宽带运维中心', 'BACK_OFFICE', null),
    ('billing', '计费中心', 'BACK_OFFICE', null),
    ('business', '业务受理中心', 'BACK_OFFICE', null),
    ('supervision', '服务监督部', 'SUPERVISION', null);
