-- R1: photos and documents of repair orders, content-addressed: the SHA-256 of the bytes is the key,
-- so one upload twice is stored once. Events carry only sha256, media type and size.
create table repair_attachment (
    sha256      char(64)     not null primary key,
    media_type  varchar(64)  not null,
    size        bigint       not null,
    content     bytea        not null,
    uploaded_by varchar(64)  not null,
    uploaded_at timestamptz  not null
);

-- Query side: repair orders (projection "repair-order-view"), one row per order. version is the
-- order's sequence number, the guard against a redelivered event. Lists are stored one item a line.
create table repair_order_view (
    repair_order_id        varchar(36)   not null primary key,
    version                bigint        not null,
    ticket_id              varchar(36),
    customer_id            varchar(64)   not null,
    serial_number          varchar(128)  not null,
    model                  varchar(200)  not null,
    urgency                varchar(16)   not null,
    state                  varchar(32)   not null,
    engineer_id            varchar(64)   not null,
    received_at            timestamptz   not null,
    diagnosis_due_at       timestamptz   not null,
    appearance             text          not null,
    configuration          text          not null,
    accessories            text          not null,
    attachments            text          not null,
    fault_type             varchar(16),
    fault_category         varchar(64),
    diagnosis              text,
    parts_to_replace       text          not null default '',
    responsibility         varchar(32),
    payer                  varchar(16),
    customer_notice_due_at timestamptz,
    customer_notified_at   timestamptz,
    repair_due_at          timestamptz,
    re_inspections         integer       not null default 0,
    quote_total            numeric(12, 2),
    paid                   boolean       not null default false,
    outsourced_to          text,
    work_round             integer       not null default 0,
    parts_replaced         text          not null default '',
    repaired_by            varchar(64),
    qc_failures            integer       not null default 0,
    sampled                boolean,
    report_approved_by     varchar(64),
    carrier                text,
    tracking_number        text,
    completed_on           date,
    warranty_extended_until date,
    breaches               text          not null default '',
    repeat_of              text          not null default '',
    decision               varchar(64),
    updated_at             timestamptz   not null
);
create index repair_order_view_state_idx on repair_order_view (state, received_at desc);
create index repair_order_view_engineer_idx on repair_order_view (engineer_id, received_at desc);
create index repair_order_view_serial_idx on repair_order_view (serial_number, received_at desc);
