-- The HMAC key that signs API bearer tokens, made by the first node that starts (unless an operator
-- configures ledger.security.token-signing-key) and shared by every node of the cluster.
create table api_token_signing_key (
    id         smallint    not null primary key check (id = 1),
    secret     bytea       not null,
    created_at timestamptz not null
);

-- A replayed answer keeps the media type of the first one (JSON or problem+json).
alter table idempotent_request add column content_type varchar(128);
