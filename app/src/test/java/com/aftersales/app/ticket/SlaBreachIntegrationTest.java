package com.aftersales.app.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.api.ticket.RegisterServiceTicketResult;
import com.aftersales.api.ticket.Urgency;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.Registrations;
import com.aftersales.app.support.TestUsers;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** T3: a passed SLA clock is recorded as an event by the persistent deadline manager. */
class SlaBreachIntegrationTest extends IntegrationTest {
    @Autowired
    CommandGateway commands;

    @Test
    void unansweredUrgentTicketGetsAResponseBreachRecordedByTheSystem_T3_S3() {
        // Registered (e.g. a phone call entered late) 2h 1s ago: its 2h response clock has run out.
        RegisterServiceTicketResult ticket = Registrations.register(
                commands,
                Urgency.URGENT,
                Instant.now().minus(Duration.ofHours(2)).minusSeconds(1));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(jdbc.queryForList(
                                "select 1 from domain_event_entry where aggregate_identifier = ?"
                                        + " and payload_type like '%SlaBreachedEvent'",
                                ticket.ticketId().value()))
                        .hasSize(1));
        Map<String, Object> breach = jdbc.queryForMap(
                "select convert_from(payload, 'UTF8')::jsonb ->> 'clock' as clock,"
                        + " convert_from(payload, 'UTF8')::jsonb ->> 'dueAt' as due,"
                        + " convert_from(meta_data, 'UTF8')::jsonb ->> 'userId' as actor,"
                        + " convert_from(meta_data, 'UTF8')::jsonb ->> 'role' as role"
                        + " from domain_event_entry where aggregate_identifier = ? and payload_type like '%SlaBreachedEvent'",
                ticket.ticketId().value());
        assertThat(breach)
                .containsEntry("clock", "RESPONSE")
                .containsEntry("actor", "system")
                .containsEntry("role", "SYSTEM");
        assertThat(Instant.parse((String) breach.get("due"))).isEqualTo(ticket.responseDueAt());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var detail = api.get(TestUsers.SUPERVISOR, "/api/tickets/" + ticket.ticketId());
            assertThat(detail.status()).isEqualTo(200);
            var row = detail.body().get("ticket").get("summary");
            assertThat(row.get("responseBreached").asBoolean()).isTrue();
            assertThat(row.get("slaState").asText()).isEqualTo("BREACHED");
        });
    }
}
