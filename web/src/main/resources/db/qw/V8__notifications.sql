-- Notifications (通知): what a person or a whole department must look at, e.g. an order reopened
-- by a dissatisfied callback. A department notification is read once any of its members read it.
create table notification (
    id                   bigserial   primary key,
    recipient_user       text,
    recipient_department text,
    kind                 text        not null,
    title                text        not null,
    body                 text,
    link                 text,
    created_at           timestamptz not null default now(),
    read_at              timestamptz,
    read_by              text,
    check (recipient_user is not null or recipient_department is not null)
);
create index notification_user on notification (recipient_user, created_at desc);
create index notification_department on notification (recipient_department, created_at desc);
