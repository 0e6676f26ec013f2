-- Command-side lookup tables of the serial registry (R2), written by the subscribing processing
-- group "serial-registry" in the transaction of each event; read by JdbcSerialRegistry (a repair's
-- diagnosis judges warranty by them) and by the serial queries.
create table serial_registry (
    serial_number    varchar(64)  not null primary key,
    model            varchar(200) not null,
    sold_on          date         not null,
    activated_on     date,
    delivered_on     date,
    customer_id      varchar(36),
    -- the sequence number of the unit's last event: a correction's expectedVersion
    registry_version bigint       not null
);

-- One row per completed repair order (RepairOrderCompletedEvent), registered serial or not.
create table serial_completed_repair (
    repair_order_id         varchar(36) not null primary key,
    serial_number           varchar(64) not null,
    engineer_id             varchar(64),
    completed_at            timestamptz,
    completed_on            date        not null,
    fault_type              varchar(16),
    fault_category          varchar(64),
    parts_replaced          text[]      not null,
    warranty_extended_until date,
    policy_version          integer     not null
);
create index serial_completed_repair_by_serial on serial_completed_repair (serial_number, completed_on);

-- Query side (projection "parts-stock-view", R15): each part's stock level and its ledger.
create table part_stock_view (
    part_number       varchar(64)    not null primary key,
    quantity          integer        not null,
    average_unit_cost numeric(14, 2) not null,
    stock_version     bigint         not null,
    last_movement_at  timestamptz    not null
);

create table part_stock_movement_view (
    part_number     varchar(64)    not null,
    sequence        bigint         not null,
    kind            varchar(16)    not null,
    quantity_change integer        not null,
    unit_cost       numeric(14, 2) not null,
    value_change    numeric(16, 2) not null,
    quantity_after  integer        not null,
    requisition_id  varchar(36),
    repair_order_id varchar(36),
    reference       text,
    actor_user_id   varchar(64),
    actor_role      varchar(16),
    recorded_at     timestamptz    not null,
    primary key (part_number, sequence)
);

-- Query side (projection "parts-requisition-view", R11): requisition slips and their lines.
create table parts_requisition_view (
    requisition_id  varchar(36)    not null primary key,
    repair_order_id varchar(36)    not null,
    status          varchar(16)    not null,
    requested_by    varchar(64)    not null,
    requested_at    timestamptz    not null,
    approved_by     varchar(64),
    approved_at     timestamptz,
    issued_at       timestamptz,
    written_off_on  date,
    total_cost      numeric(16, 2),
    version         bigint         not null
);
create index parts_requisition_view_by_repair_order on parts_requisition_view (repair_order_id);
create index parts_requisition_view_by_time on parts_requisition_view (requested_at desc);

create table parts_requisition_line_view (
    requisition_id varchar(36)    not null,
    line_no        integer        not null,
    part_number    varchar(64)    not null,
    quantity       integer        not null,
    reason         text           not null,
    issued         integer        not null default 0,
    returned       integer        not null default 0,
    unit_cost      numeric(14, 2),
    cost           numeric(16, 2),
    primary key (requisition_id, part_number)
);
