package com.aftersales.app.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.ticket.RegisterServiceTicketResult;
import com.aftersales.api.ticket.Urgency;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.Registrations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The event store as PostgreSQL holds it: the promises of ADR 0001/0003 that psql can check. */
class EventStoreSchemaIntegrationTest extends IntegrationTest {
    @Autowired
    CommandGateway commands;

    @Test
    void noColumnAnywhereIsOfTypeOid() {
        List<String> oidColumns = jdbc.queryForList(
                "select table_name || '.' || column_name from information_schema.columns"
                        + " where table_schema = current_schema() and data_type = 'oid'",
                String.class);
        assertThat(oidColumns).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select data_type from information_schema.columns"
                                + " where table_name = 'domain_event_entry' and column_name = 'payload'",
                        String.class))
                .isEqualTo("bytea");
    }

    @Test
    void globalIndexSequenceIncrementsByOneAndAppendsLeaveNoGaps() {
        assertThat(jdbc.queryForObject(
                        "select increment_by from pg_sequences where sequencename = 'domain_event_entry_seq'",
                        Long.class))
                .isEqualTo(1L);
        List<String> tickets = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tickets.add(Registrations.register(commands, Urgency.LOW, Instant.now())
                    .ticketId()
                    .value());
        }
        // Other events (a deadline of an earlier run firing) may fall between these five; none may be missing.
        Map<String, Object> span = jdbc.queryForMap(
                "select min(global_index) as first, max(global_index) as last, count(*) as appended"
                        + " from domain_event_entry where aggregate_identifier in (?, ?, ?, ?, ?)",
                tickets.toArray());
        long first = ((Number) span.get("first")).longValue();
        long last = ((Number) span.get("last")).longValue();
        assertThat(span.get("appended")).isEqualTo(5L);
        assertThat(jdbc.queryForObject(
                        "select count(*) from domain_event_entry where global_index between ? and ?",
                        Long.class,
                        first,
                        last))
                .isEqualTo(last - first + 1);
    }

    @Test
    void eventsAreUniquePerAggregateSequenceAndIdentifierAndIndexedByTime() {
        List<String> definitions = jdbc.queryForList(
                "select pg_get_constraintdef(oid) from pg_constraint where conrelid = 'domain_event_entry'::regclass",
                String.class);
        assertThat(definitions).contains("UNIQUE (aggregate_identifier, sequence_number)", "UNIQUE (event_identifier)");
        assertThat(jdbc.queryForList(
                        "select indexdef from pg_indexes where tablename = 'domain_event_entry'", String.class))
                .anyMatch(index -> index.contains("(time_stamp)"));
    }

    @Test
    void anEventReadsAsJsonWithItsActorInPsql_S3() {
        RegisterServiceTicketResult registered = Registrations.register(commands, Urgency.NORMAL, Instant.now());

        // The query documented in docs/operations.md.
        Map<String, Object> row = jdbc.queryForMap(
                "select convert_from(payload, 'UTF8')::jsonb ->> 'ticketNumber' as number,"
                        + " convert_from(meta_data, 'UTF8')::jsonb ->> 'userId' as actor,"
                        + " convert_from(meta_data, 'UTF8')::jsonb ->> 'role' as role"
                        + " from domain_event_entry where aggregate_identifier = ?",
                registered.ticketId().value());
        assertThat(row)
                .containsEntry("number", registered.ticketNumber())
                .containsEntry("actor", Registrations.CLERK.userId())
                .containsEntry("role", "CLERK");
    }
}
