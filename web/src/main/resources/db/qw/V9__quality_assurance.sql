-- Quality assurance of recorded calls (质检): scorecards with immutable published versions,
-- evaluations with every version of their score, time-pinned comments, appeals, teaching cases.

create table scorecard (
    id          bigserial   primary key,
    name        text        not null unique,
    description text,
    created_by  text        not null,
    created_at  timestamptz not null default now(),
    archived    boolean     not null default false
);

-- A version is DRAFT while it is designed, PUBLISHED (immutable, used for new evaluations), then
-- RETIRED when a newer version is published. Evaluations point at the version they were scored with.
create table scorecard_version (
    id           bigserial   primary key,
    scorecard_id bigint      not null references scorecard (id),
    version      integer     not null,
    status       text        not null check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
    definition   jsonb       not null,
    created_by   text        not null,
    created_at   timestamptz not null default now(),
    published_by text,
    published_at timestamptz,
    unique (scorecard_id, version)
);
create unique index scorecard_one_published on scorecard_version (scorecard_id) where status = 'PUBLISHED';
create unique index scorecard_one_draft on scorecard_version (scorecard_id) where status = 'DRAFT';

-- One evaluation of one call by one monitor. Sampling creates it ASSIGNED with the reasons it was
-- selected; the monitor saves drafts (IN_PROGRESS) and submits (RELEASED: the agent sees it); the
-- agent acknowledges (ACKNOWLEDGED) or appeals (APPEALED); a lead's decision makes it FINAL.
create table evaluation (
    id                   bigserial   primary key,
    recording_id         bigint      not null,
    call_id              text        not null,
    agent_id             text,
    team                 text,
    business_line        text,
    call_started_at      timestamptz,
    call_seconds         double precision,
    scorecard_version_id bigint      not null references scorecard_version (id),
    monitor              text        not null,
    status               text        not null check (status in ('ASSIGNED', 'IN_PROGRESS', 'RELEASED', 'ACKNOWLEDGED',
                                                                 'APPEALED', 'FINAL', 'CANCELLED')),
    origin               text        not null check (origin in ('SAMPLED', 'MANUAL')),
    -- why sampling chose the call (null for manual evaluations)
    plan_id              bigint,
    run_id               bigint,
    selection_rule       text,
    stratum              text,
    seed                 text,
    draw                 double precision,
    explanation          text,
    assigned_at          timestamptz not null default now(),
    due_at               timestamptz,
    draft                jsonb,
    draft_saved_at       timestamptz,
    submitted_at         timestamptz,
    acknowledged_at      timestamptz,
    score                numeric(6, 2),
    grade                text,
    fatal                boolean     not null default false,
    score_version        integer     not null default 0,
    version              bigint      not null default 1
);
create index evaluation_monitor on evaluation (monitor, status);
create index evaluation_agent on evaluation (agent_id, submitted_at);
create index evaluation_recording on evaluation (recording_id);
create index evaluation_submitted on evaluation (submitted_at) where submitted_at is not null;
create index evaluation_run on evaluation (run_id);

-- Every score an evaluation ever had: the monitor's, then each review's.
create table evaluation_score (
    id            bigserial   primary key,
    evaluation_id bigint      not null references evaluation (id) on delete cascade,
    version       integer     not null,
    kind          text        not null check (kind in ('SUBMITTED', 'UPHELD', 'ADJUSTED')),
    answers       jsonb       not null,
    score         numeric(6, 2) not null,
    grade         text,
    fatal         boolean     not null,
    item_results  jsonb       not null,
    scored_by     text        not null,
    reason        text,
    scored_at     timestamptz not null default now(),
    unique (evaluation_id, version)
);

create table evaluation_comment (
    id            bigserial   primary key,
    evaluation_id bigint      not null references evaluation (id) on delete cascade,
    at_seconds    double precision,
    item_code     text,
    text          text        not null,
    author        text        not null,
    created_at    timestamptz not null default now()
);
create index evaluation_comment_eval on evaluation_comment (evaluation_id, at_seconds);

create table appeal (
    id              bigserial   primary key,
    evaluation_id   bigint      not null unique references evaluation (id) on delete cascade,
    reason          text        not null,
    filed_by        text        not null,
    filed_at        timestamptz not null default now(),
    window_ends_at  timestamptz not null,
    status          text        not null check (status in ('OPEN', 'UPHELD', 'ADJUSTED')),
    reviewer        text,
    decided_at      timestamptz,
    decision_reason text
);
create index appeal_open on appeal (status);

create table teaching_case (
    id            bigserial   primary key,
    recording_id  bigint      not null,
    call_id       text        not null,
    evaluation_id bigint      references evaluation (id),
    kind          text        not null check (kind in ('EXEMPLARY', 'LESSON')),
    title         text        not null,
    notes         text,
    tags          text[]      not null default '{}',
    marked_by     text        not null,
    created_at    timestamptz not null default now()
);
