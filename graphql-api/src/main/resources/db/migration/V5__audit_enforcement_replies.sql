-- Every change staff (or the system) make, with who, when and what: queryable by county administrators.
create table audit_entry (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz  not null default now(),
    actor        varchar(64)  not null,
    action       varchar(48)  not null,
    entity_type  varchar(32)  not null,
    entity_key   bigint       not null,
    details      jsonb        not null default '{}'
);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_key, id desc);
create index audit_entry_actor_idx on audit_entry (actor, id desc);

-- Administrative penalties (行政处罚): public from publication until the publication end date, then hidden from
-- the public API (staff still see them).
create table enforcement_action (
    id                   bigint generated always as identity primary key,
    business_id          bigint        not null references business (id),
    decision_number      varchar(64)   not null unique,
    violation_type       varchar(200)  not null,
    penalty              varchar(200)  not null,
    amount_yuan          numeric(12, 2) check (amount_yuan >= 0),
    deciding_body        varchar(100)  not null,
    decided_on           date          not null,
    published_on         date          not null,
    publication_ends_on  date          not null,
    demo                 boolean       not null default false,
    recorded_by          varchar(64),
    created_at           timestamptz   not null default now(),
    check (published_on >= decided_on),
    check (publication_ends_on > published_on)
);
create index enforcement_action_business_idx on enforcement_action (business_id, decided_on desc);

-- Owners may reply to their rating; a reply is shown only once staff approve it.
alter table staff_account drop constraint staff_account_role_check;
alter table staff_account add constraint staff_account_role_check
    check (role in ('COUNTY_ADMIN', 'DEPARTMENT_INSPECTOR', 'TOWNSHIP_OFFICER', 'OWNER'));
alter table staff_account add column business_id bigint references business (id);
alter table staff_account add constraint staff_account_owner_business check (role <> 'OWNER' or business_id is not null);

create table owner_reply (
    id            bigint generated always as identity primary key,
    business_id   bigint        not null references business (id),
    author        varchar(64)   not null,
    text          varchar(1000) not null,
    submitted_at  timestamptz   not null default now(),
    status        varchar(16)   not null default 'PENDING' check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    moderated_by  varchar(64),
    moderated_at  timestamptz,
    moderation_note varchar(500)
);
create index owner_reply_business_idx on owner_reply (business_id, id desc);
