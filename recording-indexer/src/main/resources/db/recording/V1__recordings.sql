-- Call recordings: metadata, ingest state, analysis results. The audio itself is in the audio store,
-- addressed by its SHA-256.
create table recording (
    id                  bigserial primary key,
    source_system       text        not null,
    call_id             text        not null,
    audio_sha256        text,
    audio_size          bigint,
    original_name       text,
    agent_id            text,
    team                text,
    direction           text check (direction in ('IN', 'OUT', 'INTERNAL')),
    caller_number       text,
    callee_number       text,
    skill               text,
    business_line       text,
    started_at          timestamptz,
    ended_at            timestamptz,
    work_orders         text[]      not null default '{}',
    satisfaction        smallint check (satisfaction between 1 and 5),
    satisfaction_channel text,
    transcript          jsonb,
    status              text        not null check (status in ('RECEIVED', 'RETRYING', 'ANALYSED', 'INDEXED', 'QUARANTINED')),
    quarantine_code     text,
    quarantine_reason   text,
    conflict_with       bigint references recording (id),
    attempts            integer     not null default 0,
    next_attempt_at     timestamptz,
    last_error          text,
    analysis            jsonb,
    ingest_channel      text        not null check (ingest_channel in ('DROP_FOLDER', 'UPLOAD', 'BACKFILL')),
    ingest_reference    text,
    received_at         timestamptz not null default now(),
    analysed_at         timestamptz,
    indexed_at          timestamptz,
    version             bigint      not null default 1,
    indexed_version     bigint      not null default 0,
    check (status <> 'QUARANTINED' or quarantine_code is not null)
);

-- one recording per call of a source system; a second, different audio for the same call is kept
-- as a quarantined conflict pointing at the first
create unique index recording_call on recording (source_system, call_id) where conflict_with is null;
-- the same audio twice is one recording
create unique index recording_audio on recording (audio_sha256) where audio_sha256 is not null;
create index recording_work_to_do on recording (next_attempt_at) where status in ('RECEIVED', 'RETRYING');
create index recording_started on recording (started_at);
create index recording_not_indexed on recording (id) where indexed_version < version;

create table recording_peaks (
    recording_id     bigint   primary key references recording (id) on delete cascade,
    peaks_per_second integer  not null,
    channels         smallint not null,
    data             bytea    not null
);

-- calls that should have a recording: rows of PBX manifests, and call ids other modules register
-- (work orders); the completeness report lists those with no recording
create table expected_call (
    source_system text        not null,
    call_id       text        not null,
    origin        text        not null check (origin in ('MANIFEST', 'WORK_ORDER')),
    reference     text        not null,
    expected_at   timestamptz,
    registered_at timestamptz not null default now(),
    primary key (source_system, call_id, origin)
);

-- resumable backfills of archive folders
create table backfill_job (
    id           bigserial primary key,
    root         text        not null,
    status       text        not null check (status in ('RUNNING', 'PAUSED', 'DONE', 'FAILED')),
    total        bigint,
    done         bigint      not null default 0,
    accepted     bigint      not null default 0,
    duplicates   bigint      not null default 0,
    quarantined  bigint      not null default 0,
    cursor       text,
    owner_node   text,
    lease_until  timestamptz,
    started_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    finished_at  timestamptz,
    last_error   text
);
