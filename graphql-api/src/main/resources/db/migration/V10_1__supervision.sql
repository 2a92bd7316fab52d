-- Who supervises a business and how often (风险分级管理): the supervising office (监管所/责任单位), the risk class
-- (A lowest … D highest risk), and joint inspections by several departments.
create table supervising_office (
    code            varchar(40) primary key,
    name            varchar(60) not null unique,
    name_en         varchar(120) not null,
    department_code varchar(32) not null references department (code),
    position        int         not null unique
);

-- Demo seed, plausible names: the county supplies the real list of offices.
insert into supervising_office (code, name, name_en, department_code, position) values
    ('AMR_CITY',     '永嘉县市场监督管理局城区市场监管所', 'County seat market regulation office', 'MARKET_REGULATION', 1),
    ('AMR_OUBEI',    '永嘉县市场监督管理局瓯北市场监管所', 'Oubei market regulation office', 'MARKET_REGULATION', 2),
    ('AMR_QIAOTOU',  '永嘉县市场监督管理局桥头市场监管所', 'Qiaotou market regulation office', 'MARKET_REGULATION', 3),
    ('AMR_YANTOU',   '永嘉县市场监督管理局岩头市场监管所', 'Yantou market regulation office', 'MARKET_REGULATION', 4),
    ('AMR_FENGLIN',  '永嘉县市场监督管理局枫林市场监管所', 'Fenglin market regulation office', 'MARKET_REGULATION', 5),
    ('PSB_OUBEI',    '永嘉县公安局瓯北派出所', 'Oubei police station', 'PUBLIC_SECURITY', 6),
    ('PSB_CITY',     '永嘉县公安局上塘派出所', 'Shangtang police station', 'PUBLIC_SECURITY', 7),
    ('CULTURE_LAW',  '永嘉县文化市场综合行政执法队', 'County cultural market law enforcement team', 'CULTURE_TOURISM', 8),
    ('HEALTH_LAW',   '永嘉县卫生监督所', 'County health supervision office', 'HEALTH', 9);

alter table business
    add column risk_class              varchar(1) check (risk_class in ('A', 'B', 'C', 'D')),
    add column supervising_office_code varchar(40) references supervising_office (code);

create index business_supervising_office_idx on business (supervising_office_code);

-- Every department of an inspection: the lead (at most one) and the joint ones. The lead is also kept in
-- inspection.department_code, which the single-department API reads.
create table inspection_department (
    inspection_id   bigint      not null references inspection (id),
    department_code varchar(32) not null references department (code),
    lead            boolean     not null,
    primary key (inspection_id, department_code)
);
create unique index inspection_department_one_lead on inspection_department (inspection_id) where lead;

insert into inspection_department (inspection_id, department_code, lead)
select id, department_code, true from inspection where department_code is not null;
