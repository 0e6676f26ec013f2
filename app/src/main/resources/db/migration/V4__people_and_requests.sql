-- Users of the system. user_id is the stable id written into every event's metadata; the login
-- name may change. Passwords are bcrypt hashes and never leave this table.
create table app_user (
    user_id       varchar(64)  not null primary key,
    username      varchar(64)  not null unique,
    display_name  varchar(255) not null,
    password_hash varchar(255) not null,
    enabled       boolean      not null default true
);

create table app_user_role (
    user_id varchar(64) not null references app_user (user_id),
    role    varchar(16) not null,
    primary key (user_id, role)
);

-- Personal data of customers (PIPL): kept out of the event stream, which refers to customers by
-- id only, so erasing a customer never touches the immutable history.
create table customer_contact (
    customer_id varchar(36)  not null primary key,
    name        varchar(255),
    phone       varchar(64),
    email       varchar(255),
    created_at  timestamptz  not null,
    erased_at   timestamptz
);

-- Idempotency-Key: the first answer to a POST, replayed for retries with the same key.
-- The row is written in the same transaction as the command's events.
create table idempotent_request (
    user_id         varchar(64)  not null,
    idempotency_key varchar(128) not null,
    fingerprint     char(64)     not null,
    status          integer,
    location        varchar(512),
    body            text,
    created_at      timestamptz  not null,
    primary key (user_id, idempotency_key)
);
