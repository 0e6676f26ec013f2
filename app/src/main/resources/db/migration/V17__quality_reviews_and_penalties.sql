-- Query side of quality reviews (R13) and penalties (P1-P3): read models only, rebuilt from the events.
-- Every *_version is the aggregate's sequence number of the last event applied, the guard against a
-- redelivered event. Text arrays hold part numbers, feedback recipients and evidence ("KIND:id").

-- Projection "quality-review-view": the review queue and each review's page.
create table quality_review_view (
    review_id            varchar(36)  not null primary key,
    serial_number        varchar(128) not null,
    later_order_id       varchar(36)  not null,
    earlier_order_id     varchar(36)  not null,
    earlier_engineer_id  varchar(64)  not null,
    later_engineer_id    varchar(64)  not null,
    matched_on           varchar(32)  not null,
    fault_category       varchar(128),
    same_parts           text[]       not null,
    earlier_completed_on date,
    diagnosed_on         date,
    days_after           integer      not null,
    window_days          integer      not null,
    policy_version       integer      not null,
    opened_at            timestamptz  not null,
    open                 boolean      not null,
    cause                varchar(16),
    reasons              text,
    evidence             text[]       not null,
    feedback_recipients  text[]       not null,
    feedback_notes       text,
    counts_against       varchar(64),
    penalty_id           varchar(36),
    decided_by           varchar(64),
    decided_role         varchar(32),
    decided_at           timestamptz,
    revision             integer      not null,
    review_version       bigint       not null
);
-- The queue's order: open reviews first, oldest first.
create index quality_review_view_queue_idx on quality_review_view (open desc, opened_at, review_id);

-- Same projection: the facts the repeat-repair rates count. Completed repairs are the denominator
-- (RepairOrderCompletedEvent); each detected repeat (RepeatRepairDetectedEvent) counts against the
-- earlier repair, with the latest decided cause of its review.
create table quality_completed_repair (
    repair_order_id varchar(36)  not null primary key,
    engineer_id     varchar(64)  not null,
    model           varchar(255),
    fault_category  varchar(128),
    completed_on    date         not null
);
create table quality_repeat (
    review_id           varchar(36)  not null primary key,
    later_order_id      varchar(36)  not null,
    earlier_order_id    varchar(36)  not null,
    earlier_engineer_id varchar(64)  not null,
    fault_category      varchar(128),
    diagnosed_on        date,
    cause               varchar(16)
);

-- Projection "penalty-register": one row per penalty, and every fact of it with who, role and when
-- from the event's metadata (P2, S3).
create table penalty_view (
    penalty_id      varchar(36)   not null primary key,
    subject_id      varchar(64)   not null,
    source          varchar(32)   not null,
    source_id       varchar(128)  not null,
    proposed_kind   varchar(32)   not null,
    status          varchar(16)   not null,
    kind            varchar(32),
    fine_amount     numeric(14, 2),
    proposed_by     varchar(64)   not null,
    proposed_at     timestamptz   not null,
    last_changed_at timestamptz   not null,
    evidence        text[]        not null,
    penalty_version bigint        not null
);
create index penalty_view_subject_idx on penalty_view (subject_id, proposed_at desc);
create index penalty_view_register_idx on penalty_view (proposed_at desc, penalty_id);

create table penalty_fact (
    penalty_id      varchar(36) not null,
    sequence_number bigint      not null,
    event_type      varchar(64) not null,
    recorded_at     timestamptz not null,
    actor_id        varchar(64),
    actor_role      varchar(32),
    reason          text,
    detail          text,
    primary key (penalty_id, sequence_number)
);
