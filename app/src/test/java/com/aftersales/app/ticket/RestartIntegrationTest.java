package com.aftersales.app.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.api.ticket.FindTicketQuery;
import com.aftersales.api.ticket.RegisterServiceTicketResult;
import com.aftersales.api.ticket.TicketDetailView;
import com.aftersales.api.ticket.Urgency;
import com.aftersales.app.AftersalesLedgerApplication;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.Registrations;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a user entered is still there after a restart, and an SLA clock that was running when the
 * application stopped still fires afterwards (persistent deadlines, T3).
 */
class RestartIntegrationTest {
    private static final Path DIRECTORY =
            IntegrationTest.freshDirectory("restart-" + ProcessHandle.current().pid());

    @Test
    void ticketAndItsRunningSlaClockSurviveARestart_T3() {
        RegisterServiceTicketResult ticket;
        long eventsBefore;
        try (ConfigurableApplicationContext first = start()) {
            // The 2h response clock of this URGENT ticket runs out 15 seconds from now, after the stop.
            ticket = Registrations.register(
                    first.getBean(CommandGateway.class),
                    Urgency.URGENT,
                    Instant.now().minus(Duration.ofHours(2)).plusSeconds(15));
            await().atMost(Duration.ofSeconds(20)).until(() -> find(first, ticket) != null);
            eventsBefore = breaches(first, ticket);
        }
        assertThat(eventsBefore).isZero();

        try (ConfigurableApplicationContext second = start()) {
            TicketDetailView detail = find(second, ticket);
            assertThat(detail).isNotNull();
            assertThat(detail.summary().ticketNumber()).isEqualTo(ticket.ticketNumber());
            await().atMost(Duration.ofSeconds(40)).until(() -> breaches(second, ticket) == 1);
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(AftersalesLedgerApplication.class)
                .profiles("test")
                // Arguments, not builder properties: those are defaults that application.yml would override.
                .run("--ledger.embedded-db.directory=" + DIRECTORY, "--server.port=0");
    }

    private static TicketDetailView find(ConfigurableApplicationContext context, RegisterServiceTicketResult ticket) {
        return context.getBean(QueryGateway.class)
                .query(new FindTicketQuery(ticket.ticketId()), TicketDetailView.class)
                .join();
    }

    private static long breaches(ConfigurableApplicationContext context, RegisterServiceTicketResult ticket) {
        return context.getBean(JdbcTemplate.class)
                .queryForObject(
                        "select count(*) from domain_event_entry where aggregate_identifier = ?"
                                + " and payload_type like '%SlaBreachedEvent'",
                        Long.class, ticket.ticketId().value());
    }
}
