-- Projection "expense-claims" (X1-X7, S1): one row per claim as it stands (its current version),
-- every version's trip and lines as submitted (X2: shown side by side), and every flag with its
-- evidence and finance's decision (X6). Each row of a claim is changed only by an event newer than
-- the claim's last one (claim_seq), so a redelivered or replayed event changes nothing. Who did
-- each step, in which role and when, is read from the event store itself.
create table expense_claim_view (
    claim_id         varchar(36)    not null primary key,
    engineer_id      varchar(64)    not null,
    current_version  integer        not null,
    status           varchar(16)    not null,
    destination_city varchar(120)   not null,
    start_date       date           not null,
    end_date         date           not null,
    total            numeric(14, 2) not null,
    reimbursable     numeric(14, 2),
    paid             numeric(14, 2),
    advance_id       varchar(36),
    -- X5: the sum of the weights of the current version's flags not dismissed, and those undecided
    risk_score       integer        not null default 0,
    open_flags       integer        not null default 0,
    ever_flagged     boolean        not null default false,
    ever_confirmed   boolean        not null default false,
    submitted_at     timestamptz    not null,
    last_changed_at  timestamptz    not null,
    claim_seq        bigint         not null
);
create index expense_claim_view_engineer_idx on expense_claim_view (engineer_id, submitted_at desc);
create index expense_claim_view_queue_idx on expense_claim_view (status, risk_score desc, submitted_at);

create table expense_claim_version_view (
    claim_id         varchar(36)    not null,
    version          integer        not null,
    previous_version integer,
    destination_city varchar(120)   not null,
    route            text[]         not null default '{}',
    start_date       date           not null,
    end_date         date           not null,
    dispatch_ids     text[]         not null default '{}',
    purpose          text,
    total            numeric(14, 2) not null,
    correction_note  text,
    status           varchar(16)    not null,
    submitted_by     varchar(64)    not null,
    submitted_at     timestamptz    not null,
    approved_by      varchar(64),
    audited_by       varchar(64),
    reimbursable     numeric(14, 2),
    paid_by          varchar(64),
    payable          numeric(14, 2),
    payment_reference varchar(120),
    rejected_stage   varchar(24),
    rejected_by      varchar(64),
    reject_reason    text,
    primary key (claim_id, version)
);

create table expense_claim_line_view (
    claim_id           varchar(36)    not null,
    version            integer        not null,
    line_no            integer        not null,
    category           varchar(24)    not null,
    invoice_code       varchar(12),
    invoice_number     varchar(20)    not null,
    -- X5: the normalised invoice (InvoiceRef.key) the other claims with the same invoice are found by
    invoice_key        varchar(40)    not null,
    issuer             varchar(200),
    issue_date         date           not null,
    issue_city         varchar(120)   not null,
    amount             numeric(14, 2) not null,
    receipt_sha256     char(64),
    receipt_media_type varchar(64),
    receipt_file_name  varchar(200),
    receipt_size       bigint,
    description        text,
    primary key (claim_id, version, line_no)
);
create index expense_claim_line_view_invoice_idx on expense_claim_line_view (invoice_key);

create table expense_flag_view (
    claim_id      varchar(36)  not null,
    flag_id       varchar(128) not null,
    version       integer      not null,
    engineer_id   varchar(64)  not null,
    line_no       integer      not null,
    rule          varchar(32)  not null,
    rule_version  integer      not null,
    weight        integer      not null,
    value_keys    text[]       not null default '{}',
    value_values  text[]       not null default '{}',
    evidence      text[]       not null default '{}',
    explanation   text         not null,
    flagged_at    timestamptz  not null,
    decision      varchar(16),
    decided_by    varchar(64),
    decided_role  varchar(16),
    reason        text,
    scope         varchar(8),
    penalty_id    varchar(36),
    decided_at    timestamptz,
    -- the month of the decision in the company zone: the rules' precision by month
    decided_month char(7),
    primary key (claim_id, flag_id)
);
create index expense_flag_view_precision_idx on expense_flag_view (decided_month, rule) where decision is not null;

-- Projection "travel-advances" (X9): one row per advance, guarded by the advance's sequence number.
create table travel_advance_view (
    advance_id        varchar(36)    not null primary key,
    engineer_id       varchar(64)    not null,
    destination_city  varchar(120)   not null,
    start_date        date           not null,
    end_date          date           not null,
    amount            numeric(14, 2) not null,
    purpose           text,
    status            varchar(16)    not null,
    requested_at      timestamptz    not null,
    approved_by       varchar(64),
    paid_by           varchar(64),
    payment_reference varchar(120),
    rejected_by       varchar(64),
    reject_reason     text,
    claim_id          varchar(36),
    reimbursed        numeric(14, 2),
    return_due        numeric(14, 2) not null default 0,
    returned          numeric(14, 2) not null default 0,
    last_changed_at   timestamptz    not null,
    advance_seq       bigint         not null
);
create index travel_advance_view_engineer_idx on travel_advance_view (engineer_id, requested_at desc);
create index travel_advance_view_status_idx on travel_advance_view (status);
