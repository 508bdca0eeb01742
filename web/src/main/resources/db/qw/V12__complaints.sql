-- Complaints (投诉) from every source, with their per-source deadlines, handling history, replies to
-- the source, attachments, repeats and escalation; supervision orders (督办单) to departments.

-- Attachments of complaints, supervision orders and (later) supervisors' reports. The bytes live in the
-- attachment store (file system now); the row keeps what the content was checked to be.
create table attachment (
    id           bigserial   primary key,
    owner_type   text        not null,
    owner_id     bigint      not null,
    file_name    text        not null,
    content_type text        not null,
    size_bytes   bigint      not null,
    sha256       text        not null,
    storage_key  text        not null,
    uploaded_by  text        not null,
    uploaded_at  timestamptz not null default now()
);
create index attachment_owner on attachment (owner_type, owner_id);

create table complaint (
    id                    bigserial   primary key,
    source                text        not null,
    external_ref          text        not null,
    received_at           timestamptz not null,
    complainant_name      text,
    complainant_phone     text,
    customer_id           text,
    business_line         text,
    category1             text,
    category2             text,
    category3             text,
    district              text,
    description           text        not null,
    urgency               text        not null default 'NORMAL' check (urgency in ('NORMAL', 'URGENT', 'EMERGENCY')),
    status                text        not null check (status in ('RECEIVED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'RESOLVED',
                                                                 'REPLIED', 'CLOSED')),
    escalated             boolean     not null default false,
    responsible_department text,
    responsible_person    text,
    responsibility_note   text,
    acknowledged_at       timestamptz,
    responded_at          timestamptz,
    resolved_at           timestamptz,
    replied_at            timestamptz,
    closed_at             timestamptz,
    reopened_at           timestamptz,
    reply_text            text,
    reply_signed_by       text,
    satisfaction          text check (satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED')),
    refund_amount         numeric(12, 2),
    acknowledge_due       timestamptz,
    respond_due           timestamptz,
    resolve_due           timestamptz,
    reply_due             timestamptz,
    external_due          timestamptz,
    next_due_at           timestamptz,
    next_due_stage        text,
    warning_level         smallint    not null default 0,
    repeat_of             bigint      references complaint (id),
    work_orders           text[]      not null default '{}',
    call_ids              text[]      not null default '{}',
    content_hash          text,
    version               bigint      not null default 1,
    unique (source, external_ref)
);
create index complaint_received on complaint (received_at);
create index complaint_next_due on complaint (next_due_at) where next_due_at is not null;
create index complaint_phone on complaint (complainant_phone, received_at);
create index complaint_customer on complaint (customer_id, received_at);
create index complaint_department on complaint (responsible_department);

create table complaint_event (
    id           bigserial   primary key,
    complaint_id bigint      not null references complaint (id) on delete cascade,
    at           timestamptz not null,
    kind         text        not null,
    actor        text,
    note         text,
    data         jsonb
);
create index complaint_event_complaint on complaint_event (complaint_id, at);

create table complaint_import (
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

-- Subscribers per business line and month, the denominator of the complaint rate (‱).
create table subscriber_count (
    business_line text    not null,
    month         date    not null,
    subscribers   bigint  not null check (subscribers > 0),
    updated_by    text    not null,
    updated_at    timestamptz not null default now(),
    primary key (business_line, month)
);

create table supervision_order (
    id                 bigserial   primary key,
    number             text        not null unique,
    matter             text        not null,
    issuing_department text        not null,
    issuing_person     text        not null,
    issuing_phone      text,
    deadline           timestamptz not null,
    category           text,
    lead_department    text        not null,
    description        text        not null,
    origin_type        text        not null check (origin_type in ('COMPLAINT', 'QA_FINDING', 'CALLBACK',
                                                                   'SUPERVISOR_REPORT', 'OTHER')),
    origin_ref         text,
    goal               text,
    contact_person     text,
    copy_to            text[]      not null default '{}',
    status             text        not null check (status in ('ISSUED', 'REPLIED', 'ACCEPTED', 'RETURNED')),
    issued_by          text        not null,
    issued_at          timestamptz not null,
    replied_at         timestamptz,
    accepted_at        timestamptz,
    warning_level      smallint    not null default 0,
    version            bigint      not null default 1
);
create index supervision_order_department on supervision_order (lead_department, status);
create index supervision_order_deadline on supervision_order (deadline) where status in ('ISSUED', 'RETURNED');

create table supervision_event (
    id                  bigserial   primary key,
    supervision_order_id bigint     not null references supervision_order (id) on delete cascade,
    at                  timestamptz not null,
    kind                text        not null,
    actor               text        not null,
    text                text
);
create index supervision_event_order on supervision_event (supervision_order_id, at);

-- the complaint-source rules are a rule document like the work-order rules
alter table rule_document drop constraint rule_document_kind_check;
alter table rule_document add constraint rule_document_kind_check
    check (kind in ('CATEGORIES', 'DEADLINES', 'CALENDAR', 'CALLBACKS', 'COMPLAINT_SOURCES'));

create sequence supervision_order_number;
