-- Query side: the key-customer visit board (T11, projection "key-customer-visit-view"). One row per
-- key customer whose plan runs; plan_version is the plan's sequence number, the guard against a
-- redelivered event. Dates are company-zone dates.
create table key_customer_visit_view (
    customer_id   varchar(64) not null primary key,
    delivered_on  date        not null,
    last_visit_on date,
    next_due_by   date        not null,
    overdue       boolean     not null,
    visit_count   integer     not null,
    plan_version  bigint      not null
);
-- The board's order: overdue first, then the earliest due date.
create index key_customer_visit_view_board_idx on key_customer_visit_view (overdue desc, next_due_by, customer_id);
