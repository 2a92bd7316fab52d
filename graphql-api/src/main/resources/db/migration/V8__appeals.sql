-- The business's right to appeal a published inspection: under appeal it does not rate the business; an appeal that
-- is upheld restores it, one that is granted annuls it (it stays on record, marked, and never counts again).
alter table inspection drop constraint inspection_publication_status_check;
alter table inspection add constraint inspection_publication_status_check
    check (publication_status in ('DRAFT', 'PUBLISHED', 'UNDER_APPEAL', 'ANNULLED'));
alter table inspection
    add column appeal_reason      varchar(1000),
    add column appeal_filed_by    varchar(64),
    add column appeal_filed_at    timestamptz,
    add column appeal_decided_by  varchar(64),
    add column appeal_decided_at  timestamptz,
    add column appeal_granted     boolean,
    add column appeal_decision    varchar(1000);
