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
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * T4 on the real database: numbers unique and gap-free within a month under concurrency. Each test
 * takes a month far in the future that no run has used yet, so a reused database never has
 * numbers of that month already.
 */
class TicketNumberConcurrencyIntegrationTest extends IntegrationTest {
    private static final int REGISTRATIONS = 24;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter NUMBER_MONTH = DateTimeFormatter.ofPattern("yyyyMM");
    private static final Random RANDOM = new Random();

    @Autowired
    CommandGateway commands;

    @Test
    void concurrentRegistrationsInOneMonthGetEveryNumberOnce_T4() throws Exception {
        YearMonth month = unusedMonth();
        // 00:30 on the 1st in Shanghai is still the previous month in UTC: the company zone decides.
        Instant firstHalfHourInShanghai =
                month.atDay(1).atTime(0, 30).atZone(SHANGHAI).toInstant();
        assertThat(YearMonth.from(firstHalfHourInShanghai.atZone(ZoneOffset.UTC)))
                .isEqualTo(month.minusMonths(1));
        String prefix = NUMBER_MONTH.format(month);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<RegisterServiceTicketResult>> futures = new ArrayList<>();
        for (int i = 0; i < REGISTRATIONS; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return Registrations.register(commands, Urgency.NORMAL, firstHalfHourInShanghai);
            }));
        }
        start.countDown();
        List<String> numbers = new ArrayList<>();
        for (Future<RegisterServiceTicketResult> future : futures) {
            numbers.add(future.get().ticketNumber());
        }
        pool.shutdown();

        List<String> expected = IntStream.rangeClosed(1, REGISTRATIONS)
                .mapToObj(n -> String.format("%s-%03d", prefix, n))
                .toList();
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(expected);
        List<String> stored = jdbc.queryForList(
                "select convert_from(payload, 'UTF8')::jsonb ->> 'ticketNumber' from domain_event_entry"
                        + " where payload_type like '%ServiceTicketRegisteredEvent'"
                        + " and convert_from(payload, 'UTF8')::jsonb ->> 'ticketNumber' like ?",
                String.class, prefix + "-%");
        assertThat(stored).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aRegistrationThatFailsGivesItsNumberBack_T4() {
        YearMonth month = unusedMonth();
        Instant tenthOfTheMonth = month.atDay(10).atTime(10, 0).atZone(SHANGHAI).toInstant();
        TicketId id = TicketId.random();
        RegisterServiceTicketResult first = ActingUser.runAs(
                Registrations.CLERK,
                () -> commands.sendAndWait(Registrations.command(id, Urgency.LOW, tenthOfTheMonth)));
        // The same aggregate id again: the event append fails after a number was taken.
        assertThatThrownBy(() -> ActingUser.runAs(
                        Registrations.CLERK,
                        () -> commands.sendAndWait(Registrations.command(id, Urgency.LOW, tenthOfTheMonth))))
                .isInstanceOf(Exception.class);
        RegisterServiceTicketResult next = Registrations.register(commands, Urgency.LOW, tenthOfTheMonth);

        assertThat(first.ticketNumber()).isEqualTo(NUMBER_MONTH.format(month) + "-001");
        assertThat(next.ticketNumber()).isEqualTo(NUMBER_MONTH.format(month) + "-002");
    }

    /**
     * A random month of the years 2100-2999 that has no ticket number yet, neither in the sequence
     * nor in a stored event: other tests append registrations of far-future months directly, with
     * numbers the sequence never handed out.
     */
    private YearMonth unusedMonth() {
        while (true) {
            YearMonth month = YearMonth.of(2100 + RANDOM.nextInt(900), 1 + RANDOM.nextInt(12));
            String key = NUMBER_MONTH.format(month);
            Long allocated =
                    jdbc.queryForObject("select count(*) from ticket_number_sequence where month = ?", Long.class, key);
            Long stored = jdbc.queryForObject(
                    "select count(*) from domain_event_entry"
                            + " where payload_type like '%ServiceTicketRegisteredEvent'"
                            + " and convert_from(payload, 'UTF8')::jsonb ->> 'ticketNumber' like ?",
                    Long.class, key + "-%");
            if (allocated == 0 && stored == 0) {
                return month;
            }
        }
    }
}
