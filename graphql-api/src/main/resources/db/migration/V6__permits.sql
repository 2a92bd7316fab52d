-- Permits (先证后照: a business in a licensed trade needs its permit before registration).
create table permit (
    id           bigint generated always as identity primary key,
    business_id  bigint       not null references business (id),
    type         varchar(40)  not null check (type in ('FOOD_BUSINESS', 'SMALL_WORKSHOP_REGISTRATION', 'SPECIAL_TRADE',
                                  'ENTERTAINMENT', 'INTERNET_CULTURE', 'PUBLIC_HEALTH', 'MEDICAL_INSTITUTION')),
    number       varchar(64)  not null,
    issued_on    date         not null,
    expires_on   date         not null,
    issuing_body varchar(100),
    recorded_by  varchar(64),
    created_at   timestamptz  not null default now(),
    unique (type, number),
    check (expires_on > issued_on)
);
create index permit_business_idx on permit (business_id, expires_on desc);
