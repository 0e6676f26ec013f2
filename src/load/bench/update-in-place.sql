-- The same business write as a conventional CRUD design does it: the dispatch recorded by
-- updating the ticket's row in place (status, engineer, trip, costs, version), committed.
\set id random(1, 100000)
UPDATE bench_ticket SET status = 'DISPATCHED', engineer_id = 'U-ENG-01', destination_city = '苏州',
  start_date = current_date, end_date = current_date, travel = 40.50, transport = 20.30,
  version = version + 1, updated_at = now() WHERE ticket_id = :id;
