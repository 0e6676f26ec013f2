-- M2: a complaint's review counts in the month the complaint was registered, every figure of an expense
-- claim in the month its trip started (FigureExtractor). The extractor remembers that month here, set by
-- the subject's first event; subject is "complaint:<id>" or "claim:<id>".
create table statistics_counting_month (
    subject varchar(255) not null primary key,
    month   char(7)      not null
);

-- The definitions changed, so the statistics read model is rebuilt from the first event: its tables are
-- emptied and its token removed (a processor without a token starts at the tail of the stream). The issued
-- reports (monthly_report_*) are records and stay as they are.
delete from statistics_fact;
delete from statistics_month_total;
delete from statistics_event;
delete from statistics_ticket;
delete from statistics_repair_order;
delete from statistics_hand_over;
delete from token_entry where processor_name = 'monthly-statistics';
