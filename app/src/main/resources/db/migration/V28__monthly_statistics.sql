-- M1, M2: the monthly statistics read model (projection monthly-statistics). Every figure is additive:
-- each event contributes facts (month, figure, amount); a month's figure is the sum of its facts.
-- A month (company zone) is stored as its first day.

-- One row per event and figure, with the event's global index: the drill-down, and "as of a position"
-- (the month's total less its facts above the position).
create table statistics_fact (
    event_id        varchar(255)  not null,
    figure          varchar(255)  not null,
    month           date          not null,
    amount          numeric       not null,
    global_index    bigint        not null,
    event_type      varchar(255)  not null,
    aggregate_id    varchar(255),
    sequence_number bigint,
    actor           varchar(255),
    role            varchar(64),
    recorded_at     timestamptz   not null,
    primary key (event_id, figure)
);
create index statistics_fact_month_figure_index on statistics_fact (month, figure, global_index);
create index statistics_fact_month_index on statistics_fact (month, global_index);

-- The figures now: the sum of each month's facts, upserted with them.
create table statistics_month_total (
    month  date         not null,
    figure varchar(255) not null,
    amount numeric      not null,
    primary key (month, figure)
);

-- The events already handled (a redelivery changes nothing, context included).
create table statistics_event (
    global_index bigint       not null primary key,
    event_id     varchar(255) not null
);

-- What the extractor remembers of earlier events.
create table statistics_ticket (
    ticket_id                  varchar(64) not null primary key,
    registered_month           char(7)     not null,
    request                    varchar(32),
    mode                       varchar(32),
    arrivals                   integer     not null,
    dispatches                 integer     not null,
    installation_clock_started boolean     not null
);

create table statistics_repair_order (
    repair_order_id varchar(64) not null primary key,
    model           varchar(255),
    repeat_counted  boolean     not null
);

create table statistics_hand_over (
    repair_order_id varchar(64) not null,
    hand_over       integer     not null,
    sent_at         timestamptz not null,
    primary key (repair_order_id, hand_over)
);

-- M3: every issued version of a monthly report (projection monthly-reports), and its figures in order.
create table monthly_report_view (
    month           date         not null,
    version         integer      not null,
    stream_position bigint       not null,
    issued_on       date,
    trigger         varchar(32)  not null,
    reason          text,
    issued_by       varchar(255),
    role            varchar(64),
    issued_at       timestamptz  not null,
    primary key (month, version)
);

create table monthly_report_figure (
    month    date         not null,
    version  integer      not null,
    position integer      not null,
    figure   varchar(255) not null,
    amount   numeric      not null,
    primary key (month, version, position)
);
