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
