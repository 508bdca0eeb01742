-- Public supervisors (社会监督员): the roster, report templates per visit type, their reports with the
-- feedback loop (triage, supervision order, answer, rating), and the periodic meetings.
create table supervisor (
    id                 bigserial   primary key,
    username           text        unique,
    name               text        not null,
    affiliation        text,
    kind               text        not null check (kind in ('DEPUTY', 'CPPCC', 'MEDIA', 'LAWYER', 'CUSTOMER', 'OTHER')),
    phone              text,
    email              text,
    term_start         date        not null,
    term_end           date        not null,
    status             text        not null check (status in ('INVITED', 'ACTIVE', 'ENDED', 'DEACTIVATED')),
    invitation_hash    text,
    invitation_expires timestamptz,
    created_at         timestamptz not null default now(),
    notes              text,
    check (term_end > term_start)
);

create table report_template (
    id           bigserial   primary key,
    visit_type   text        not null check (visit_type in ('SERVICE_HALL', 'HOTLINE_CALL', 'FIELD_REPAIR', 'ONLINE')),
    version      integer     not null,
    status       text        not null check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
    definition   jsonb       not null,
    created_by   text        not null,
    created_at   timestamptz not null default now(),
    published_at timestamptz,
    unique (visit_type, version)
);
create unique index report_template_published on report_template (visit_type) where status = 'PUBLISHED';
create unique index report_template_draft on report_template (visit_type) where status = 'DRAFT';

create table supervisor_report (
    id                   bigserial   primary key,
    supervisor_id        bigint      not null references supervisor (id),
    template_id          bigint      not null references report_template (id),
    visit_type           text        not null,
    place                text,
    visited_at           timestamptz,
    answers              jsonb       not null default '{}',
    overall_rating       smallint    check (overall_rating between 1 and 5),
    narrative            text,
    status               text        not null check (status in ('DRAFT', 'SUBMITTED', 'IN_HANDLING', 'ANSWERED', 'CLOSED',
                                                                'DISPUTED')),
    created_at           timestamptz not null default now(),
    submitted_at         timestamptz,
    triage               text        check (triage in ('FINDING', 'MERGED', 'CLOSED')),
    triaged_by           text,
    triaged_at           timestamptz,
    internal_note        text,
    merged_complaint_id  bigint,
    supervision_order_id bigint,
    answer_text          text,
    answered_at          timestamptz,
    rating               text        check (rating in ('SATISFIED', 'DISSATISFIED')),
    rating_comment       text,
    rated_at             timestamptz,
    version              bigint      not null default 1
);
create index supervisor_report_supervisor on supervisor_report (supervisor_id, created_at desc);
create index supervisor_report_status on supervisor_report (status);

create table supervisor_meeting (
    id         bigserial   primary key,
    held_on    date        not null,
    title      text        not null,
    attendees  text,
    minutes    text        not null,
    created_by text        not null,
    created_at timestamptz not null default now()
);

create table meeting_action (
    id                   bigserial primary key,
    meeting_id           bigint    not null references supervisor_meeting (id) on delete cascade,
    decision             text      not null,
    follow_up            text,
    supervision_order_id bigint
);
