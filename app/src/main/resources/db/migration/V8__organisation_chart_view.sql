-- Query side: the organisation chart as people read it (projection "organisation-chart-view").
-- A removed reporting line leaves a gap in chart_version: the guard still holds, since a later
-- assignment has a higher version than the removal it follows.
create table organisation_chart_view (
    person_id     varchar(64) not null primary key,
    superior_id   varchar(64) not null,
    since         timestamptz not null,
    chart_version bigint      not null
);
