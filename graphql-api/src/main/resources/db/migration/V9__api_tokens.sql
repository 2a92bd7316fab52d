-- Bearer tokens for staff sign-in (signIn mutation). Only a SHA-256 hash of each token is stored.
create table api_token (
    token_hash  char(64)    primary key,
    username    varchar(64) not null references staff_account (username),
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    revoked_at  timestamptz
);
create index api_token_username_idx on api_token (username);
