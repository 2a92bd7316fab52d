-- The register: one row per business, never deleted (closed businesses keep their history).
create table business (
    id          bigint generated always as identity primary key,
    name        varchar(100) not null check (length(btrim(name)) > 0),
    trade       varchar(32)  not null check (trade in ('RESTAURANT', 'FOOD_SHOP', 'FOOD_WORKSHOP', 'HOTEL', 'KARAOKE',
                                                       'INTERNET_CAFE', 'BARBERSHOP', 'BEAUTY_SALON', 'BATHHOUSE',
                                                       'CLINIC')),
    demo        boolean      not null default false,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    -- grows with every change; the search index keeps the highest version it has seen
    version     bigint       not null default 1
);

comment on table business is '经营主体电子档案 The electronic register of businesses';
comment on column business.demo is 'true for rows made by the demo data generator';

-- Spring Modulith's event publication registry: the transactional outbox that feeds the search index.
-- (Modulith 2.0 schema for PostgreSQL.)
create table event_publication (
    id                     uuid        not null primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
