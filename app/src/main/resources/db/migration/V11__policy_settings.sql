-- Command-side lookup table of the company policy (settings as events, ADR 0010): one row per
-- version, its whole settings as JSON, why and when it was recorded. Written by the subscribing
-- processing group "policy-versions" in the same transaction as the policy's event; read when a
-- command needs the version in force, or the version an earlier decision recorded. A version is
-- inserted once and never updated.
create table policy_version (
    version     integer     not null primary key,
    settings    jsonb       not null,
    reason      text        not null,
    recorded_at timestamptz not null
);
