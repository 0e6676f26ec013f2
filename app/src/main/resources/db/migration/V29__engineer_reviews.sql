-- Engineer reviews (E1-E3).
--
-- 1. The company policy gained the review family (PolicySettingsChangedEvent revision 3). Versions
-- recorded before read, through the event's upcaster, as having had the defaults; their
-- command-side copies get the same numbers, so the table and the events say the same.
update policy_version
set settings = settings || '{"review": {
        "qualityWeight": 30,
        "attitudeWeight": 20,
        "speedWeight": 25,
        "satisfactionWeight": 25,
        "pointsPerRepeatRepair": 10,
        "pointsPerQcFailure": 5,
        "pointsPerAcceptedComplaint": 10
    }}'::jsonb
where not settings ? 'review';

-- 2. Projection "engineer-reviews" (query/review/EngineerReviewProjection).
-- Every fact that counts in a review: one row per event, metric and engineer, with the event's
-- global index, type, aggregate, who did it in which role and when (E2: every score down to its
-- facts). month is the first day of the month of the event in the company zone.
create table review_fact (
    event_id     varchar(64)  not null,
    metric       varchar(32)  not null,
    engineer_id  varchar(64)  not null,
    dimension    varchar(16)  not null,
    month        date         not null,
    amount       integer      not null,
    global_index bigint       not null,
    event_type   varchar(64)  not null,
    aggregate_id varchar(128) not null,
    ticket_id    varchar(64),
    actor        varchar(64),
    role         varchar(32),
    recorded_at  timestamptz  not null,
    primary key (event_id, metric, engineer_id)
);
create index review_fact_engineer_idx on review_fact (engineer_id, month, dimension, global_index);

-- The sum of each metric per engineer and month, upserted with each fact; a fact whose dispute was
-- decided ITEM_REMOVED is taken out again.
create table review_month_total (
    engineer_id varchar(64) not null,
    month       date        not null,
    metric      varchar(32) not null,
    amount      bigint      not null,
    facts       integer     not null,
    primary key (engineer_id, month, metric)
);
create index review_month_total_month_idx on review_month_total (month, engineer_id, metric) include (amount, facts);

-- Context: the engineer of each ticket now, the SLA clocks the ticket has and those it breached.
create table review_ticket (
    ticket_id   varchar(64) not null primary key,
    engineer_id varchar(64),
    clocks      text[]      not null,
    breached    text[]      not null
);
-- Context: the tickets each engineer served (counted once per ticket and engineer).
create table review_ticket_engineer (
    ticket_id   varchar(64) not null,
    engineer_id varchar(64) not null,
    primary key (ticket_id, engineer_id)
);
-- Context: the engineer a complaint concerns (C2), from its registration.
create table review_complaint (
    complaint_id varchar(64) not null primary key,
    engineer_id  varchar(64)
);
-- Context: the engineer each quality review's repeat repair counts against now (R13), so a
-- corrected decision moves it.
create table review_quality (
    review_id   varchar(128) not null primary key,
    engineer_id varchar(64)
);
-- The review family of each policy version and when it was recorded: the review of a period uses
-- the version in force at the end of the period.
create table review_policy_version (
    version                       integer     not null primary key,
    recorded_at                   timestamptz not null,
    quality_weight                integer     not null,
    attitude_weight               integer     not null,
    speed_weight                  integer     not null,
    satisfaction_weight           integer     not null,
    points_per_repeat_repair      integer     not null,
    points_per_qc_failure         integer     not null,
    points_per_accepted_complaint integer     not null
);
create index review_policy_version_recorded_idx on review_policy_version (recorded_at desc, version desc);

-- E2: the disputes of review items and their decisions; the original fact stays in review_fact.
create table review_dispute (
    dispute_id      varchar(36) not null primary key,
    engineer_id     varchar(64) not null,
    dimension       varchar(16) not null,
    metric          varchar(32) not null,
    fact_event_id   varchar(64) not null,
    month           date        not null,
    reason          text,
    disputed_by     varchar(64),
    disputed_role   varchar(32),
    disputed_at     timestamptz not null,
    global_index    bigint      not null,
    decision        varchar(16),
    decision_reason text,
    decided_by      varchar(64),
    decided_role    varchar(32),
    decided_at      timestamptz
);
create unique index review_dispute_item_idx on review_dispute (engineer_id, fact_event_id, metric);
create index review_dispute_open_idx on review_dispute (disputed_at, dispute_id) where decision is null;
create index review_dispute_decided_idx on review_dispute (decided_at desc, dispute_id) where decision is not null;

-- E3: the penalties imposed in a period, read from the penalty register (penalty_fact).
create index penalty_fact_imposed_idx on penalty_fact (recorded_at, penalty_id) where event_type = 'PenaltyImposedEvent';
