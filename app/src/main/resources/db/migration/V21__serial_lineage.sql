-- Which aggregates make up each serial's lineage (tickets, repair orders, quality reviews,
-- penalties): read model of the processing group "serial-lineage". The lineage's events are read
-- from the event store itself; this table only says whose. Rebuilt from the events on a reset.
create table serial_lineage_member (
    serial_number  varchar(64)  not null,
    aggregate_id   varchar(255) not null,
    aggregate_type varchar(64)  not null,
    primary key (serial_number, aggregate_id)
);

create index serial_lineage_member_aggregate on serial_lineage_member (aggregate_id);
