-- Where imported records came from: re-importing the same file finds them again (idempotent upserts).
alter table business
    add column source_system varchar(32),
    add column source_id     varchar(64),
    add column last_synced_at timestamptz,
    add constraint business_source_unique unique (source_system, source_id),
    add constraint business_source_complete check ((source_system is null) = (source_id is null));

alter table inspection
    add column source_system varchar(32),
    add column source_id     varchar(64),
    add constraint inspection_source_unique unique (source_system, source_id),
    add constraint inspection_source_complete check ((source_system is null) = (source_id is null));
