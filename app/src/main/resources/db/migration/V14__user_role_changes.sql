-- Who granted or revoked which role of whom, and when (S3 for the user tables, which are not event
-- sourced): written in the transaction that changes app_user_role, never updated or deleted.
-- An account switched off or on again is recorded here too (role null), so the users page answers
-- "who let this person in" from one table.
create table user_role_change (
    change_id   bigserial    not null primary key,
    user_id     varchar(64)  not null references app_user (user_id),
    role        varchar(16),
    change      varchar(16)  not null,
    changed_by  varchar(64)  not null,
    acting_role varchar(16)  not null,
    changed_at  timestamptz  not null,
    constraint user_role_change_kind check (change in ('GRANTED', 'REVOKED', 'ENABLED', 'DISABLED')),
    constraint user_role_change_role check ((change in ('GRANTED', 'REVOKED')) = (role is not null))
);

-- The users page lists the latest changes first.
create index user_role_change_latest on user_role_change (changed_at desc, change_id desc);
