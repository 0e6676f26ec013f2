-- Command-side lookup tables of the working-day calendar (W1, W2), written by the subscribing
-- processing group "working-calendar" in the transaction that appends a calendar's events, read
-- by JdbcCalendars for the next command. The official days are not here: they ship with the code.

-- One row per calendar that has been changed at least once: its version (the number of its
-- changes) and, once set, its business hours (null: the default 09:00-18:00).
create table calendar_version (
    calendar_id varchar(64) not null primary key,
    version     integer     not null,
    opens       time,
    closes      time,
    constraint calendar_hours_open_before_close check (opens is null and closes is null or opens < closes)
);

-- The administrator's corrections over the official calendar: the day is of this kind.
create table calendar_correction (
    calendar_id varchar(64)  not null,
    day         date         not null,
    kind        varchar(16)  not null check (kind in ('WORKING_DAY', 'HOLIDAY')),
    reason      varchar(500) not null,
    primary key (calendar_id, day)
);
