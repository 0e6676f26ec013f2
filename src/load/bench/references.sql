-- The reference tables of the benchmark, in a database of their own beside the ledger's.
DROP TABLE IF EXISTS bench_event, bench_ticket;
CREATE TABLE bench_event (id bigserial PRIMARY KEY, payload text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE bench_ticket (
  ticket_id int PRIMARY KEY, status text NOT NULL, engineer_id text, destination_city text,
  start_date date, end_date date, travel numeric(12,2), transport numeric(12,2),
  version int NOT NULL, updated_at timestamptz NOT NULL, notes text NOT NULL);
INSERT INTO bench_ticket SELECT i, 'ASSIGNED', NULL, NULL, NULL, NULL, 0, 0, 0, now(), repeat('n', 800)
  FROM generate_series(1, 100000) i;
VACUUM ANALYZE bench_ticket;
