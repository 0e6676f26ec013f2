-- Command side lookup table (T4): the last ticket number handed out per month (YYYYMM, company zone).
-- Updated in the same transaction as the event append; a rollback returns the number.
create table ticket_number_sequence (
    month       char(6) not null primary key,
    last_number integer not null
);

-- Query side: the ticket board (projection "ticket-board"); rebuilt from the events at any time.
create table ticket_board (
    ticket_id                  varchar(36)  not null primary key,
    ticket_number              varchar(16)  not null unique,
    month                      char(6)      not null,
    status                     varchar(16)  not null,
    urgency                    varchar(8)   not null,
    channel                    varchar(16)  not null,
    request                    varchar(16)  not null,
    product_model              varchar(255) not null,
    serial_number              varchar(255) not null,
    product_kind               varchar(16)  not null,
    purchase_date              date         not null,
    fault_description          text         not null,
    customer_id                varchar(36)  not null,
    under_contract             boolean      not null,
    department                 varchar(32),
    engineer_id                varchar(64),
    mode                       varchar(16),
    appointment_at             timestamptz,
    arrived_at                 timestamptz,
    registered_at              timestamptz  not null,
    response_due_at            timestamptz  not null,
    responded_at               timestamptz,
    response_breached          boolean      not null default false,
    plan_due_at                timestamptz,
    planned_at                 timestamptz,
    plan_breached              boolean      not null default false,
    plan                       text,
    difficult_case             boolean      not null default false,
    escalation_level           integer      not null default 0,
    software_class             varchar(16),
    software_priority          integer,
    report_fault_cause         text,
    report_solution            text,
    parts_replaced             text,
    satisfaction               integer,
    customer_confirmed         boolean      not null default false,
    loaner_due                 boolean      not null default false,
    loaner_serial              varchar(255),
    loaner_returned            boolean      not null default false,
    callbacks                  integer      not null default 0,
    last_callback_satisfaction integer,
    closed_at                  timestamptz,
    version                    bigint       not null
);
create index ticket_board_month_idx on ticket_board (month);
create index ticket_board_status_idx on ticket_board (status);
create index ticket_board_engineer_idx on ticket_board (engineer_id);

create table ticket_dispatch (
    ticket_id        varchar(36)    not null references ticket_board (ticket_id) on delete cascade,
    dispatch_id      varchar(64)    not null,
    engineer_id      varchar(64)    not null,
    start_date       date           not null,
    end_date         date           not null,
    person_days      integer        not null,
    destination_city varchar(255)   not null,
    travel           numeric(12, 2) not null,
    lodging          numeric(12, 2) not null,
    transport        numeric(12, 2) not null,
    materials        numeric(12, 2) not null,
    primary key (ticket_id, dispatch_id)
);
