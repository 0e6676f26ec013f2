-- Command-side lookup table (T8): each person's superior in the organisation chart, the level a
-- difficult case is escalated to. Written by the subscribing processing group "organisation-chart"
-- in the same transaction as the chart's events; read when a ticket escalates.
create table person_superior (
    person_id   varchar(64) not null primary key,
    superior_id varchar(64) not null
);
