-- X3-X5, X7: the command-side tables the fraud rules of expense claims read (RuleScreening).

-- X5: every invoice (InvoiceRef.key()) and receipt file (sha-256) each version of a claim carried,
-- written by the screening itself inside the claim's transaction, after it took the advisory lock
-- of each key: a second claim with the same key waits for the first to commit and then sees it.
create table expense_invoice_registry (
    kind        varchar(16)  not null, -- INVOICE or RECEIPT
    key         varchar(80)  not null,
    claim_id    varchar(36)  not null,
    version     int          not null,
    line_no     int          not null,
    engineer_id varchar(64)  not null,
    registered_at timestamptz not null,
    primary key (kind, key, claim_id, version, line_no)
);

-- X4, X5: the dispatches (T7) of each engineer, from EngineerDispatchedEvent, in the dispatch's
-- transaction (subscribing processing group "expense-screening-tables").
create table expense_dispatch (
    event_id      varchar(64)  not null primary key,
    ticket_id     varchar(64)  not null,
    dispatch_id   varchar(64)  not null,
    engineer_id   varchar(64)  not null,
    city          varchar(100) not null,
    start_date    date         not null,
    end_date      date         not null
);
create index expense_dispatch_engineer_idx on expense_dispatch (engineer_id, start_date);

-- X5: the arrivals on site (T6); their city is the ticket's dispatch destination for that engineer.
create table expense_arrival (
    event_id    varchar(64) not null primary key,
    ticket_id   varchar(64) not null,
    engineer_id varchar(64) not null,
    arrived_at  timestamptz not null
);
create index expense_arrival_engineer_idx on expense_arrival (engineer_id, arrived_at);

-- X5 (split claims), backtest: each submitted version of a claim with its trip and total.
create table expense_claim_version (
    claim_id     varchar(36)   not null,
    version      int           not null,
    engineer_id  varchar(64)   not null,
    destination  varchar(100),
    start_date   date          not null,
    end_date     date          not null,
    total        numeric(14,2) not null,
    submitted_at timestamptz   not null,
    primary key (claim_id, version)
);
create index expense_claim_version_engineer_idx on expense_claim_version (engineer_id, start_date);
create index expense_claim_version_submitted_idx on expense_claim_version (submitted_at);

-- Backtest (X6): each recorded flag and finance's decision on it (OPEN, CONFIRMED, DISMISSED).
create table expense_flag_record (
    claim_id  varchar(36)  not null,
    version   int          not null,
    flag_id   varchar(200) not null,
    line_no   int          not null,
    rule      varchar(40)  not null,
    decision  varchar(16)  not null default 'OPEN',
    primary key (claim_id, version, flag_id)
);

-- X7: the recorded phone-duty failures; accepted is null until explained.
create table expense_phone_duty_failure (
    failure_id  varchar(36) not null primary key,
    engineer_id varchar(64) not null,
    called_at   timestamptz not null,
    accepted    boolean
);
create index expense_phone_duty_failure_engineer_idx on expense_phone_duty_failure (engineer_id, called_at);

-- The dispatches and arrivals recorded before these tables existed, from the event store.
insert into expense_dispatch (event_id, ticket_id, dispatch_id, engineer_id, city, start_date, end_date)
select e.event_identifier, p ->> 'ticketId', p ->> 'dispatchId', p ->> 'engineerId', p ->> 'destinationCity',
       (p ->> 'startDate')::date, (p ->> 'endDate')::date
from (select event_identifier, convert_from(payload, 'UTF8')::jsonb as p
      from domain_event_entry
      where payload_type = 'com.aftersales.api.ticket.EngineerDispatchedEvent') as e
where p ->> 'destinationCity' is not null
on conflict (event_id) do nothing;

insert into expense_arrival (event_id, ticket_id, engineer_id, arrived_at)
select e.event_identifier, p ->> 'ticketId', p ->> 'engineerId', (p ->> 'arrivedAt')::timestamptz
from (select event_identifier, convert_from(payload, 'UTF8')::jsonb as p
      from domain_event_entry
      where payload_type = 'com.aftersales.api.ticket.EngineerArrivedEvent') as e
on conflict (event_id) do nothing;
