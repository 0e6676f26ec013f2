package com.aftersales.app.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.api.ticket.FindTicketQuery;
import com.aftersales.api.ticket.RegisterServiceTicketResult;
import com.aftersales.api.ticket.TicketDetailView;
import com.aftersales.api.ticket.Urgency;
import com.aftersales.app.AftersalesLedgerApplication;
import com.aftersales.app.support.IsolatedDatabase;
import com.aftersales.app.support.Registrations;
import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.event.SchedulerListener.SchedulerEventType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a user entered is still there after a restart, and an SLA clock that ran out while the
 * application could not notice still fires afterwards (persistent deadlines, T3).
 *
 * <p>No race with the clock: the first node's db-scheduler polls once as it starts (before the
 * ticket exists) and then not for an hour, so the overdue deadline can only be found by the
 * restarted node, which polls every second. The test counts the first node's polls to show it.
 */
class RestartIntegrationTest {

    @Test
    void ticketAndItsOverdueSlaClockSurviveARestartAndTheRestartedNodeRecordsTheBreach_T3() throws Exception {
        try (IsolatedDatabase database = IsolatedDatabase.create("restart")) {
            RegisterServiceTicketResult ticket;
            DueExecutionPolls polls = new DueExecutionPolls();
            try (ConfigurableApplicationContext first = start(database, polls, "--db-scheduler.polling-interval=1h")) {
                await().atMost(Duration.ofSeconds(30)).until(() -> polls.count() >= 1);
                // Registered (entered late) 2h 1min ago: its 2h response clock ran out a minute ago.
                ticket = Registrations.register(
                        first.getBean(CommandGateway.class),
                        Urgency.URGENT,
                        Instant.now().minus(Duration.ofHours(2)).minusSeconds(60));
                await().atMost(Duration.ofSeconds(20)).until(() -> find(first, ticket) != null);

                assertThat(dueDeadlines(first))
                        .as("the response deadline waits, due")
                        .isPositive();
                assertThat(breaches(first, ticket)).isZero();
                assertThat(polls.count()).as("polls of the first node").isEqualTo(1);
            }

            try (ConfigurableApplicationContext second = start(database, new DueExecutionPolls())) {
                TicketDetailView detail = find(second, ticket);
                assertThat(detail).isNotNull();
                assertThat(detail.summary().ticketNumber()).isEqualTo(ticket.ticketNumber());
                await().atMost(Duration.ofSeconds(30)).until(() -> breaches(second, ticket) == 1);
                assertThat(dueDeadlines(second)).isZero();
            }
        }
    }

    /** The test profile polls every second; {@code extra} arguments override it. */
    private static ConfigurableApplicationContext start(
            IsolatedDatabase database, DueExecutionPolls polls, String... extra) {
        List<String> arguments = new ArrayList<>(database.arguments());
        arguments.add("--server.port=0");
        arguments.addAll(List.of(extra));
        return new SpringApplicationBuilder(AftersalesLedgerApplication.class)
                .profiles("test")
                .initializers(context -> context.getBeanFactory().registerSingleton("dueExecutionPolls", polls))
                // Arguments, not builder properties: those are defaults that application.yml would override.
                .run(arguments.toArray(String[]::new));
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

    private static long dueDeadlines(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class)
                .queryForObject("select count(*) from scheduled_tasks where execution_time <= now()", Long.class);
    }

    /** Counts db-scheduler's polls for due executions (the scheduler takes every listener bean). */
    static final class DueExecutionPolls extends AbstractSchedulerListener {
        private final AtomicInteger polls = new AtomicInteger();

        @Override
        public void onSchedulerEvent(SchedulerEventType type) {
            if (type == SchedulerEventType.RAN_EXECUTE_DUE) {
                polls.incrementAndGet();
            }
        }

        int count() {
            return polls.get();
        }
    }
}
