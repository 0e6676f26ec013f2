package com.aftersales.app.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.api.ticket.RegisterServiceTicketResult;
import com.aftersales.api.ticket.Urgency;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.Registrations;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Persistent deadlines fire by the application's clock, not by db-scheduler's own: moving the test
 * clock past a due time makes the deadline fire at the next poll (the test profile polls every 1 s).
 */
class DeadlinesFollowTheApplicationClockIntegrationTest extends IntegrationTest {
    @Autowired
    CommandGateway commands;

    @Test
    void responseDeadlineFiresWhenTheApplicationClockPassesIt_T3() {
        Instant registeredAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        RegisterServiceTicketResult ticket = Registrations.register(commands, Urgency.URGENT, registeredAt);
        assertThat(ticket.responseDueAt()).isEqualTo(registeredAt.plus(Duration.ofHours(2)));

        // Its 2 h response clock has not run out: a few polls later, nothing is recorded.
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(5))
                .until(() -> breaches(ticket).isEmpty());

        clock.advance(Duration.ofHours(2).plusMinutes(1));

        await().atMost(Duration.ofSeconds(20)).until(() -> breaches(ticket).size() == 1);
        Map<String, Object> breach = breaches(ticket).get(0);
        assertThat(breach).containsEntry("clock", "RESPONSE").containsEntry("actor", "system");
        assertThat(Instant.parse((String) breach.get("due"))).isEqualTo(registeredAt.plus(Duration.ofHours(2)));
        // Axon stamped the breach by the same (advanced) clock.
        assertThat(Instant.parse((String) breach.get("stamped"))).isAfterOrEqualTo(ticket.responseDueAt());
    }

    private List<Map<String, Object>> breaches(RegisterServiceTicketResult ticket) {
        return jdbc.queryForList(
                "select convert_from(payload, 'UTF8')::jsonb ->> 'clock' as clock,"
                        + " convert_from(payload, 'UTF8')::jsonb ->> 'dueAt' as due,"
                        + " convert_from(meta_data, 'UTF8')::jsonb ->> 'userId' as actor,"
                        + " time_stamp as stamped"
                        + " from domain_event_entry where aggregate_identifier = ? and payload_type like '%SlaBreachedEvent'",
                ticket.ticketId().value());
    }
}
