-- 经营异常名录: a business listed for abnormal operation (e.g. unreachable at its registered address), by a deciding
-- body with a decision number, and later removed. Rows are never deleted: the history is kept; the public sees a
-- listing while it is in force.
create table abnormal_listing (
    id               bigint generated always as identity primary key,
    business_id      bigint       not null references business (id),
    reason           varchar(500) not null,
    listed_on        date         not null,
    deciding_body    varchar(100) not null,
    decision_number  varchar(60)  not null unique,
    listed_by        varchar(64),
    removed_on       date,
    removal_reason   varchar(500),
    removed_by       varchar(64),
    demo             boolean      not null default false,
    created_at       timestamptz  not null default now(),
    check ((removed_on is null) = (removal_reason is null)),
    check (removed_on is null or removed_on >= listed_on)
);
create index abnormal_listing_business_idx on abnormal_listing (business_id, listed_on desc, id desc);
-- at most one listing in force per business
create unique index abnormal_listing_one_in_force on abnormal_listing (business_id) where removed_on is null;
