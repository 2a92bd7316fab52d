-- Staff who keep the register. Roles and scope follow the county document (县级统筹、部门牵头、乡镇负责):
-- the county administrator acts on everything, a department inspector on the trades the department leads, a
-- township officer on the businesses of the township.
create table department (
    code        varchar(32)  primary key,
    name        varchar(100) not null,
    name_en     varchar(100) not null
);

insert into department (code, name, name_en) values
    ('MARKET_REGULATION', '市场监督管理局', 'Administration for Market Regulation'),
    ('PUBLIC_SECURITY', '公安局', 'Public Security Bureau'),
    ('CULTURE_TOURISM', '文化和广电旅游体育局', 'Bureau of Culture, Radio, Television, Tourism and Sports'),
    ('HEALTH', '卫生健康局', 'Health Commission');

-- which department leads the supervision of each trade
create table trade_lead (
    trade           varchar(32) primary key,
    department_code varchar(32) not null references department (code)
);

insert into trade_lead (trade, department_code) values
    ('RESTAURANT', 'MARKET_REGULATION'), ('FOOD_SHOP', 'MARKET_REGULATION'), ('FOOD_WORKSHOP', 'MARKET_REGULATION'),
    ('HOTEL', 'PUBLIC_SECURITY'),
    ('KARAOKE', 'CULTURE_TOURISM'), ('INTERNET_CAFE', 'CULTURE_TOURISM'),
    ('BARBERSHOP', 'HEALTH'), ('BEAUTY_SALON', 'HEALTH'), ('BATHHOUSE', 'HEALTH'), ('CLINIC', 'HEALTH');

create table staff_account (
    id              bigint generated always as identity primary key,
    username        varchar(64)  not null unique check (username ~ '^[a-z0-9._-]{3,64}$'),
    password_hash   varchar(200) not null,
    display_name    varchar(100) not null,
    role            varchar(32)  not null check (role in ('COUNTY_ADMIN', 'DEPARTMENT_INSPECTOR', 'TOWNSHIP_OFFICER')),
    department_code varchar(32)  references department (code),
    township_code   varchar(32),
    enabled         boolean      not null default true,
    demo            boolean      not null default false,
    created_at      timestamptz  not null default now(),
    check (role <> 'DEPARTMENT_INSPECTOR' or department_code is not null),
    check (role <> 'TOWNSHIP_OFFICER' or township_code is not null)
);
