-- The global index numbered by the database when an insert leaves it out, as Axon's JDBC storage
-- engine does (ledger.event-store.engine=JDBC, ADR 0012); the JPA engine keeps taking it from the
-- same sequence itself, so both number events alike.
alter table domain_event_entry alter column global_index set default nextval('domain_event_entry_seq');
