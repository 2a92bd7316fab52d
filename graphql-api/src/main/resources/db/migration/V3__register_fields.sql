-- The county's township-level divisions (real names; centres approximate, for maps).
create table township (
    code        varchar(32) primary key,
    name        varchar(20) not null unique,
    name_en     varchar(60) not null,
    kind        varchar(16) not null check (kind in ('SUBDISTRICT', 'TOWN', 'TOWNSHIP')),
    center_lat  double precision not null,
    center_lon  double precision not null,
    position    int not null unique
);

insert into township (code, name, name_en, kind, center_lat, center_lon, position) values
    ('BEICHENG',  '北城街道', 'Beicheng Subdistrict',  'SUBDISTRICT', 28.160, 120.690, 1),
    ('DONGCHENG', '东城街道', 'Dongcheng Subdistrict', 'SUBDISTRICT', 28.150, 120.712, 2),
    ('NANCHENG',  '南城街道', 'Nancheng Subdistrict',  'SUBDISTRICT', 28.132, 120.690, 3),
    ('JIANGBEI',  '江北街道', 'Jiangbei Subdistrict',  'SUBDISTRICT', 28.035, 120.680, 4),
    ('SANJIANG',  '三江街道', 'Sanjiang Subdistrict',  'SUBDISTRICT', 28.020, 120.720, 5),
    ('HUANGTIAN', '黄田街道', 'Huangtian Subdistrict', 'SUBDISTRICT', 28.060, 120.660, 6),
    ('WUNIU',     '乌牛街道', 'Wuniu Subdistrict',     'SUBDISTRICT', 28.020, 120.800, 7),
    ('OUBEI',     '瓯北街道', 'Oubei Subdistrict',     'SUBDISTRICT', 28.030, 120.650, 8),
    ('QIAOTOU',   '桥头镇',   'Qiaotou Town',          'TOWN',        28.110, 120.560, 9),
    ('QIAOXIA',   '桥下镇',   'Qiaoxia Town',          'TOWN',        28.140, 120.500, 10),
    ('DARUOYAN',  '大若岩镇', 'Daruoyan Town',         'TOWN',        28.270, 120.730, 11),
    ('BILIAN',    '碧莲镇',   'Bilian Town',           'TOWN',        28.350, 120.740, 12),
    ('XUNZHAI',   '巽宅镇',   'Xunzhai Town',          'TOWN',        28.370, 120.830, 13),
    ('YANTOU',    '岩头镇',   'Yantou Town',           'TOWN',        28.380, 120.680, 14),
    ('FENGLIN',   '枫林镇',   'Fenglin Town',          'TOWN',        28.430, 120.700, 15),
    ('YANTAN',    '岩坦镇',   'Yantan Town',           'TOWN',        28.470, 120.660, 16),
    ('SHATOU',    '沙头镇',   'Shatou Town',           'TOWN',        28.270, 120.660, 17),
    ('HESHENG',   '鹤盛镇',   'Hesheng Town',          'TOWN',        28.430, 120.830, 18),
    ('JINXI',     '金溪镇',   'Jinxi Town',            'TOWN',        28.420, 120.600, 19);

alter table staff_account
    add constraint staff_account_township_fk foreign key (township_code) references township (code);

alter table business
    add column shop_sign_name      varchar(100),
    add column credit_code         char(18) unique,
    add column registration_number char(15) unique,
    add column address             varchar(200),
    add column township_code       varchar(32) references township (code),
    add column latitude            double precision check (latitude between -90 and 90),
    add column longitude           double precision check (longitude between -180 and 180),
    add column private_residence   boolean     not null default false,
    add column owner_name          varchar(50),
    add column contact_phone       varchar(30),
    add column status              varchar(16) not null default 'OPEN' check (status in ('OPEN', 'SUSPENDED', 'CLOSED')),
    add column status_since        date        not null default current_date,
    add constraint business_location_complete check ((latitude is null) = (longitude is null));

create index business_township_idx on business (township_code);

-- Every status a business has had; a closed business keeps its record and this history.
create table business_status_change (
    id           bigint generated always as identity primary key,
    business_id  bigint      not null references business (id),
    status       varchar(16) not null check (status in ('OPEN', 'SUSPENDED', 'CLOSED')),
    effective_on date        not null,
    reason       varchar(500),
    recorded_by  varchar(64),
    recorded_at  timestamptz not null default now()
);
create index business_status_change_business_idx on business_status_change (business_id, id desc);

insert into business_status_change (business_id, status, effective_on, reason, recorded_by, recorded_at)
select id, 'OPEN', created_at::date, '登记 registered', null, created_at from business;

-- trade names, for the trades query and for people reading the database
create table trade (
    code     varchar(32) primary key references trade_lead (trade),
    name     varchar(20) not null,
    name_en  varchar(60) not null,
    position int not null unique
);
insert into trade (code, name, name_en, position) values
    ('RESTAURANT', '小餐饮', 'Small restaurant', 1),
    ('FOOD_SHOP', '小食品店', 'Small food shop', 2),
    ('FOOD_WORKSHOP', '小作坊', 'Small food workshop', 3),
    ('HOTEL', '小旅馆', 'Small hotel', 4),
    ('KARAOKE', '小歌舞厅', 'Small karaoke or dance hall', 5),
    ('INTERNET_CAFE', '小网吧', 'Small internet café', 6),
    ('BARBERSHOP', '小理发店', 'Small barbershop', 7),
    ('BEAUTY_SALON', '小美容店', 'Small beauty salon', 8),
    ('BATHHOUSE', '小浴室', 'Small bathhouse', 9),
    ('CLINIC', '小诊所', 'Small clinic', 10);
