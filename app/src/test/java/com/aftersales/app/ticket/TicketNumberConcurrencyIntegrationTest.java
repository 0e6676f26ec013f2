package com.aftersales.app.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.api.ticket.RegisterServiceTicketResult;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.api.ticket.Urgency;
import com.aftersales.app.security.ActingUser;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.Registrations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** T4 on the real database: numbers unique and gap-free within a month under concurrency. */
class TicketNumberConcurrencyIntegrationTest extends IntegrationTest {
    private static final int REGISTRATIONS = 24;

    @Autowired
    CommandGateway commands;

    @Test
    void concurrentRegistrationsInOneMonthGetEveryNumberOnce_T4() throws Exception {
        // 2031-03-31T16:30Z is already April 1st in Shanghai: the company zone decides the month.
        Instant inApril2031Shanghai = Instant.parse("2031-03-31T16:30:00Z");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<RegisterServiceTicketResult>> futures = new ArrayList<>();
        for (int i = 0; i < REGISTRATIONS; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return Registrations.register(commands, Urgency.NORMAL, inApril2031Shanghai);
            }));
        }
        start.countDown();
        List<String> numbers = new ArrayList<>();
        for (Future<RegisterServiceTicketResult> future : futures) {
            numbers.add(future.get().ticketNumber());
        }
        pool.shutdown();

        List<String> expected = IntStream.rangeClosed(1, REGISTRATIONS)
                .mapToObj(n -> String.format("203104-%03d", n))
                .toList();
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(expected);
        List<String> stored = jdbc.queryForList(
                "select convert_from(payload, 'UTF8')::jsonb ->> 'ticketNumber' from domain_event_entry"
                        + " where payload_type like '%ServiceTicketRegisteredEvent'"
                        + " and convert_from(payload, 'UTF8')::jsonb ->> 'ticketNumber' like '203104-%'",
                String.class);
        assertThat(stored).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aRegistrationThatFailsGivesItsNumberBack_T4() {
        Instant inMay2032 = Instant.parse("2032-05-10T02:00:00Z");
        TicketId id = TicketId.random();
        RegisterServiceTicketResult first = ActingUser.runAs(
                Registrations.CLERK, () -> commands.sendAndWait(Registrations.command(id, Urgency.LOW, inMay2032)));
        // The same aggregate id again: the event append fails after a number was taken.
        assertThatThrownBy(() -> ActingUser.runAs(
                        Registrations.CLERK,
                        () -> commands.sendAndWait(Registrations.command(id, Urgency.LOW, inMay2032))))
                .isInstanceOf(Exception.class);
        RegisterServiceTicketResult next = Registrations.register(commands, Urgency.LOW, inMay2032);

        assertThat(first.ticketNumber()).isEqualTo("203205-001");
        assertThat(next.ticketNumber()).isEqualTo("203205-002");
    }
}
