-- The physical limit of one event per transaction: one ~1 KB row appended, committed.
INSERT INTO bench_event(payload) VALUES (repeat('x', 1000));
