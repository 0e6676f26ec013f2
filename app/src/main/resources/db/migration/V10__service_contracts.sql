-- T13 service contracts.
--
-- Command-side lookup table: one row per unit (serial number) of each contract, with the contract's
-- latest version, period (both days included; the last day is the termination day if it ended
-- early) and terms (ISO-8601 durations, null = no such clock). Written by the subscribing
-- processing group "service-contract-coverage" in the transaction that appends the contract's
-- event. Read by a registration or amendment, under a per-serial advisory lock, to keep each unit
-- under at most one contract a day, and by the ticket intake (JdbcContractCoverage).
create table contract_coverage (
    serial_number       varchar(255) not null,
    contract_id         varchar(36)  not null,
    customer_id         varchar(36)  not null,
    contract_number     varchar(255) not null,
    version             integer      not null,
    valid_from          date         not null,
    valid_until         date         not null,
    response_within     varchar(64)  not null,
    on_site_within      varchar(64),
    fix_within          varchar(64),
    plan_within         varchar(64),
    business_hours_only boolean      not null,
    primary key (serial_number, contract_id)
);
create index contract_coverage_contract_idx on contract_coverage (contract_id);

-- Query side: the contracts as people read them (tracking projection "service-contract-view").
-- Rows are guarded by the contract's version, so a redelivered event changes nothing.
create table service_contract_view (
    contract_id         varchar(36)  not null primary key,
    contract_number     varchar(255) not null,
    customer_id         varchar(36)  not null,
    valid_from          date         not null,
    valid_until         date         not null,
    response_within     varchar(64)  not null,
    on_site_within      varchar(64),
    fix_within          varchar(64),
    plan_within         varchar(64),
    business_hours_only boolean      not null,
    terminated          boolean      not null,
    version             integer      not null,
    changed_at          timestamptz  not null
);
create index service_contract_view_customer_idx on service_contract_view (customer_id, contract_number);

create table service_contract_unit_view (
    contract_id   varchar(36)  not null references service_contract_view (contract_id) on delete cascade,
    serial_number varchar(255) not null,
    primary key (contract_id, serial_number)
);
