-- The serial number of each repair order, kept by the tracking processor
-- "supplier-claims-from-diagnoses" in the transaction of its token: a diagnosis that puts the fault
-- on a supplier opens the claim for that unit (R3). Rebuilt from the events on a reset.
create table supplier_claim_repair_unit (
    repair_order_id varchar(36) not null primary key,
    serial_number   varchar(64) not null
);
