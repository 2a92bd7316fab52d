-- The versioned list of violation codes inspectors record (问题代码). A code keeps its meaning within a list version.
create table violation_code (
    code          varchar(16)  not null,
    list_version  varchar(16)  not null,
    area          varchar(32)  not null check (area in ('HYGIENE', 'FACILITIES', 'MANAGEMENT')),
    severity      varchar(16)  not null check (severity in ('CRITICAL', 'MAJOR', 'MINOR')),
    points        int          not null check (points between 0 and 100),
    description   varchar(200) not null,
    description_en varchar(200) not null,
    legal_basis   varchar(200),
    primary key (code, list_version)
);

insert into violation_code (code, list_version, area, severity, points, description, description_en, legal_basis) values
    ('H01', '2026.1', 'HYGIENE', 'MAJOR', 10, '食品加工区域卫生不达标', 'Food preparation area not clean', '《食品安全法》第三十三条'),
    ('H02', '2026.1', 'HYGIENE', 'CRITICAL', 20, '使用过期或变质原料', 'Expired or spoiled ingredients in use', '《食品安全法》第三十四条'),
    ('H03', '2026.1', 'HYGIENE', 'MINOR', 5, '从业人员未穿戴工作衣帽', 'Staff without work clothes or caps', '《食品安全法》第三十三条'),
    ('H04', '2026.1', 'HYGIENE', 'MAJOR', 10, '公共用品用具未清洗消毒', 'Shared towels and tools not cleaned and disinfected', '《公共场所卫生管理条例》第三条'),
    ('H05', '2026.1', 'HYGIENE', 'MINOR', 5, '垃圾未密闭存放', 'Waste not kept in closed containers', null),
    ('F01', '2026.1', 'FACILITIES', 'MAJOR', 10, '防蝇防鼠设施缺失', 'No fly or rodent protection', '《食品安全法》第三十三条'),
    ('F02', '2026.1', 'FACILITIES', 'CRITICAL', 20, '消防通道堵塞', 'Fire escape blocked', '《消防法》第二十八条'),
    ('F03', '2026.1', 'FACILITIES', 'MINOR', 5, '冷藏设备温度不达标', 'Refrigeration not cold enough', null),
    ('M01', '2026.1', 'MANAGEMENT', 'MAJOR', 10, '未落实进货查验', 'Purchase acceptance checks not done', '《食品安全法》第五十条'),
    ('M02', '2026.1', 'MANAGEMENT', 'MAJOR', 10, '无购销台账', 'No purchase and sales ledger', '《食品安全法》第五十条'),
    ('M03', '2026.1', 'MANAGEMENT', 'MINOR', 5, '未索证索票', 'Certificates and invoices not kept', '《食品安全法》第五十条'),
    ('M04', '2026.1', 'MANAGEMENT', 'MINOR', 5, '未签订质量承诺书', 'No signed quality commitment', null),
    ('M05', '2026.1', 'MANAGEMENT', 'CRITICAL', 20, '无证经营或证照过期', 'Operating without a valid permit', '《无证无照经营查处办法》第二条'),
    ('M06', '2026.1', 'MANAGEMENT', 'MAJOR', 10, '从业人员无健康证明', 'Staff without health certificates', '《食品安全法》第四十五条');

create table inspection (
    id                        bigint generated always as identity primary key,
    business_id               bigint       not null references business (id),
    inspected_on              date         not null,
    kind                      varchar(32)  not null check (kind in ('ROUTINE_PATROL', 'SPOT_CHECK', 'UNANNOUNCED',
                                  'JOINT_ENFORCEMENT', 'SUPERVISION_ROUND', 'FOLLOW_UP', 'COMPLAINT_DRIVEN')),
    department_code           varchar(32)  references department (code),
    township_code             varchar(32)  references township (code),
    inspectors                text[]       not null default '{}',
    hygiene_score             int          not null check (hygiene_score between 0 and 40),
    facilities_score          int          not null check (facilities_score between 0 and 30),
    management_score          int          not null check (management_score between 0 and 30),
    duty_purchase_acceptance  boolean      not null,
    duty_ledger               boolean      not null,
    duty_certificates         boolean      not null,
    duty_quality_commitment   boolean      not null,
    outcome                   varchar(32)  not null check (outcome in ('COMPLIANT', 'RECTIFY_BY_DEADLINE', 'SUSPENSION_ORDERED')),
    follow_up_due             date,
    public_summary            varchar(1000),
    publication_status        varchar(16)  not null default 'DRAFT' check (publication_status in ('DRAFT', 'PUBLISHED', 'UNDER_APPEAL')),
    published_on              date,
    demo                      boolean      not null default false,
    recorded_by               varchar(64),
    created_at                timestamptz  not null default now(),
    check (outcome <> 'RECTIFY_BY_DEADLINE' or follow_up_due is not null),
    check (publication_status = 'DRAFT' or published_on is not null)
);
create index inspection_business_idx on inspection (business_id, inspected_on desc, id desc);

create table inspection_violation (
    id              bigint generated always as identity primary key,
    inspection_id   bigint      not null references inspection (id),
    code            varchar(16) not null,
    list_version    varchar(16) not null,
    note            varchar(500),
    correction      varchar(16) not null check (correction in ('ON_THE_SPOT', 'BY_DEADLINE', 'NOT_CORRECTED')),
    deadline        date,
    closed_on       date,
    foreign key (code, list_version) references violation_code (code, list_version),
    check (correction <> 'BY_DEADLINE' or deadline is not null)
);
create index inspection_violation_inspection_idx on inspection_violation (inspection_id);
