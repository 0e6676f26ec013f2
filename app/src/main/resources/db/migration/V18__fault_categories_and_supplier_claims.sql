-- R3: the fault-category list and supplier claims.

-- Command side: the fault-category list's lookup table (subscribing processor "fault-category-list",
-- written in the transaction of each change). What a diagnosis or a claim asks: is the code on the
-- list, is it active, is it a core component (R9), which fault type. Names live in the view below.
create table fault_category (
    code           varchar(32) not null primary key,
    fault_type     varchar(16) not null,
    core_component boolean     not null,
    active         boolean     not null
);

-- Query side: the list as people read it (projection "fault-category-view"). list_version is the
-- list's sequence number of the row's latest change, the guard against a redelivered event.
create table fault_category_view (
    code           varchar(32)  not null primary key,
    name_zh        varchar(100) not null,
    name_en        varchar(100) not null,
    fault_type     varchar(16)  not null,
    core_component boolean      not null,
    active         boolean      not null,
    changed_at     timestamp with time zone not null,
    list_version   bigint       not null
);

-- Query side: supplier claims (projection "supplier-claim-view"), one row per claim; version is the
-- claim's sequence number, the guard against a redelivered event.
create table supplier_claim_view (
    claim_id             varchar(36)  not null primary key,
    repair_order_id      varchar(36)  not null,
    serial_number        varchar(255) not null,
    supplier_name        varchar(255) not null,
    part_number          varchar(255),
    fault_category       varchar(32)  not null,
    description          text         not null,
    evidence_ids         text[]       not null,
    state                varchar(32)  not null,
    purchasing_reference varchar(255),
    sent_at              timestamp with time zone,
    answer_due_by        date,
    answer_overdue       boolean      not null,
    answer               varchar(32),
    answer_reason        text,
    supplier_reference   varchar(255),
    settlement_kind      varchar(32),
    settlement_amount    numeric(14, 2),
    settlement_reference varchar(255),
    opened_at            timestamp with time zone not null,
    closed_at            timestamp with time zone,
    version              bigint       not null
);
-- The list's order: claims not closed first, newest first.
create index supplier_claim_view_list_idx on supplier_claim_view ((state = 'CLOSED'), opened_at desc, claim_id);
create index supplier_claim_view_repair_idx on supplier_claim_view (repair_order_id);

-- Each step of a claim with who took it, in which role and when (S3), from the events' metadata.
create table supplier_claim_step (
    claim_id        varchar(36)  not null,
    sequence_number bigint       not null,
    event_type      varchar(64)  not null,
    recorded_at     timestamp with time zone not null,
    actor_user_id   varchar(64),
    actor_role      varchar(32),
    note            text,
    primary key (claim_id, sequence_number)
);
