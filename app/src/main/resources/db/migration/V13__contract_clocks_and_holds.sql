-- T13 and T14 on the board: the contract that set a ticket's clocks, its on-site and fix clocks with
-- the times they were met, and the hold (挂起) with the time each clock had left when it began.
alter table ticket_board
    add column contract_number    varchar(64),
    add column on_site_due_at     timestamptz,
    add column on_site_done_at    timestamptz,
    add column on_site_breached   boolean not null default false,
    add column fix_due_at         timestamptz,
    add column fixed_at           timestamptz,
    add column fix_breached       boolean not null default false,
    add column on_hold            boolean not null default false,
    add column hold_reason        varchar(32),
    add column held_since         timestamptz,
    add column held_time_left     jsonb;
