-- Who may write and publish releases: rights given to staff accounts (county administrators have both), and a role
-- for press officers, who act on releases only (never on businesses).
alter table staff_account drop constraint staff_account_role_check;
alter table staff_account add constraint staff_account_role_check
    check (role in ('COUNTY_ADMIN', 'DEPARTMENT_INSPECTOR', 'TOWNSHIP_OFFICER', 'OWNER', 'PRESS_OFFICER'));

create table staff_release_right (
    username      varchar(64) not null references staff_account (username),
    release_right varchar(16) not null check (release_right in ('EDIT', 'PUBLISH')),
    primary key (username, release_right)
);
