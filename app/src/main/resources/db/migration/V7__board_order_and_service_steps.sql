-- T12 board order as one sortable number, so an index serves the board's first page however many
-- tickets it holds: open software bugs first, by priority then submission time, then every other
-- ticket newest first (TicketBoardProjection.BoardOrder). Existing rows get it here.
alter table ticket_board add column board_order bigint;
update ticket_board set board_order = case
    when software_class = 'BUG' and status <> 'CLOSED'
        then software_priority * 10000000000000 + (extract(epoch from registered_at) * 1000)::bigint
    else 100000000000000 - (extract(epoch from registered_at) * 1000)::bigint
end;
alter table ticket_board alter column board_order set not null;
create index ticket_board_order_idx on ticket_board (board_order, ticket_number desc);

-- The steps of the T-rule pieces on the board: unit class and receipt (T10), departure report (T9),
-- the installation contract deadline and its breach (T6), the logistics path (T3/T5).
alter table ticket_board
    add column unit_class              varchar(255),
    add column unit_received_at        timestamptz,
    add column departed_at             timestamptz,
    add column departure_supervisor_id varchar(64),
    add column contract_deadline       date,
    add column installation_breached   boolean not null default false,
    add column logistics_handler_id    varchar(64),
    add column logistics_outcome       varchar(16),
    add column logistics_note          text;
update ticket_board set unit_class = product_model;
alter table ticket_board alter column unit_class set not null;
