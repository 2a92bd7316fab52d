-- News releases (新闻发布): official records with a permanent link and a history. Drafts become scheduled or
-- published; a published release is only ever withdrawn, never deleted (its page stays with a withdrawal notice).

-- issuing bodies (发布机构) and the code that starts each release's 索引号
create table release_issuer (
    code        varchar(32)  primary key,
    index_code  varchar(32)  not null unique check (index_code ~ '^[0-9A-Z]{1,32}$'),
    name        varchar(100) not null,
    name_en     varchar(150) not null
);

insert into release_issuer (code, index_code, name, name_en) values
    ('COUNTY_GOVERNMENT_OFFICE', '3303240001', '永嘉县人民政府办公室', 'General Office of the Yongjia County Government'),
    ('SHIXIAO_OFFICE', '3303240100', '永嘉县“十小”行业整治办公室', 'Yongjia Ten-Small-Trades Office'),
    ('MARKET_REGULATION', '3303240201', '永嘉县市场监督管理局', 'Yongjia Administration for Market Regulation'),
    ('PUBLIC_SECURITY', '3303240202', '永嘉县公安局', 'Yongjia Public Security Bureau'),
    ('CULTURE_TOURISM', '3303240203', '永嘉县文化和广电旅游体育局', 'Yongjia Bureau of Culture, Radio, Television, Tourism and Sports'),
    ('HEALTH', '3303240204', '永嘉县卫生健康局', 'Yongjia Health Commission');

-- the managed list of topic categories (主题分类); county administrators add to it
create table release_category (
    code      varchar(32)  primary key check (code ~ '^[A-Z][A-Z0-9_]{1,31}$'),
    name      varchar(50)  not null unique,
    name_en   varchar(100) not null,
    position  integer      not null
);

insert into release_category (code, name, name_en, position) values
    ('WORK_NEWS', '工作动态', 'Work news', 1),
    ('NOTICE', '通知公告', 'Notices', 2),
    ('EXPOSURE', '曝光台', 'Exposure list', 3),
    ('POLICY_INTERPRETATION', '政策解读', 'Policy explained', 4),
    ('MODEL_CREATION', '示范创建', 'Model townships and streets', 5);

-- the last sequence number given per issuer and month: taken with one atomic upsert, so two releases created at once
-- never get the same number, and a number once given is never given again
create table release_index_counter (
    issuer_code    varchar(32) not null references release_issuer (code),
    month          char(6)     not null check (month ~ '^[0-9]{6}$'),
    last_sequence  integer     not null,
    primary key (issuer_code, month)
);

create table news_release (
    id                 bigint generated always as identity primary key,
    index_number       varchar(64)   not null unique,
    issuer_code        varchar(32)   not null references release_issuer (code),
    document_number    varchar(100),
    title              varchar(200)  not null,
    summary            varchar(1000),
    body_markdown      text          not null,
    category_code      varchar(32)   not null references release_category (code),
    keywords           text[]        not null default '{}',
    language           varchar(2)    not null check (language in ('ZH', 'EN')),
    translation_of     bigint        unique references news_release (id),
    written_on         date,
    effective_on       date,
    repealed_on        date,
    state              varchar(16)   not null check (state in ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'WITHDRAWN')),
    publish_at         timestamptz,
    published_at       timestamptz,
    published_by       varchar(64),
    withdrawn_at       timestamptz,
    withdrawn_by       varchar(64),
    withdrawal_reason  varchar(1000),
    created_by         varchar(64)   not null,
    created_at         timestamptz   not null default now(),
    updated_at         timestamptz   not null default now(),
    -- the last publication or major change: what feeds give as an entry's "updated"
    revised_at         timestamptz,
    version            integer       not null default 1,
    demo               boolean       not null default false,
    check (state <> 'SCHEDULED' or publish_at is not null),
    check (state not in ('PUBLISHED', 'WITHDRAWN') or (published_at is not null and revised_at is not null)),
    check (state <> 'WITHDRAWN' or (withdrawn_at is not null and withdrawal_reason is not null)),
    check (repealed_on is null or effective_on is null or repealed_on >= effective_on)
);

create index news_release_due_idx on news_release (publish_at) where state = 'SCHEDULED';
create index news_release_published_idx on news_release (published_at desc, id desc) where state in ('PUBLISHED', 'WITHDRAWN');

-- the businesses a release concerns (shown on both sides)
create table release_business (
    release_id   bigint not null references news_release (id),
    business_id  bigint not null references business (id),
    primary key (release_id, business_id)
);
create index release_business_business_idx on release_business (business_id, release_id);

-- edits after publication: a minor one (typo) or a major one with its note; the major ones are the public history
create table release_change (
    id          bigint generated always as identity primary key,
    release_id  bigint        not null references news_release (id),
    kind        varchar(8)    not null check (kind in ('MINOR', 'MAJOR')),
    note        varchar(1000),
    changed_by  varchar(64)   not null,
    changed_at  timestamptz   not null default now(),
    check (kind <> 'MAJOR' or note is not null)
);
create index release_change_release_idx on release_change (release_id, id);

-- attachments (PDF and images), kept in PostgreSQL with the record: written in the same transaction, backed up with it
create table release_attachment (
    id            bigint generated always as identity primary key,
    release_id    bigint        not null references news_release (id),
    file_name     varchar(200)  not null,
    content_type  varchar(50)   not null check (content_type in ('application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp')),
    size          integer       not null check (size > 0),
    sha256        char(64)      not null,
    content       bytea         not null,
    uploaded_by   varchar(64)   not null,
    uploaded_at   timestamptz   not null default now()
);
create index release_attachment_release_idx on release_attachment (release_id, id);
