-- Which ticket each repair order was opened for (T6, R1), kept by the tracking processor
-- "ticket-repair-outcome" in the transaction of its token: when the order completes, its outcome
-- is recorded on that ticket (T9). Rebuilt from the events on a reset.
create table ticket_repair_order (
    repair_order_id varchar(36) not null primary key,
    ticket_id       varchar(36) not null
);
