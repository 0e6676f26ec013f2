package com.aftersales.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.aftersales.app.AftersalesLedgerApplication;
import com.aftersales.app.LedgerProperties;
import com.aftersales.app.admin.Projections;
import com.aftersales.app.complaint.ComplaintsFromCallbacks;
import com.aftersales.app.customer.CustomerContacts;
import com.aftersales.app.expense.receipt.ReceiptStore;
import com.aftersales.app.statistics.MonthlyReportIssuer;
import com.aftersales.app.statistics.MonthlyReportJobConfiguration;
import com.aftersales.app.support.IsolatedDatabase;
import com.aftersales.command.calendar.Calendars;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo data set is all or nothing, and made once however many nodes start together. One
 * application on a database of its own, without demo data at start-up; the seeders under test are
 * called directly. The first test leaves the database empty, as it proves; the second seeds it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoDataSeederIntegrationTest {
    private static final List<String> SEEDED_TABLES = List.of(
            "app_user",
            "app_user_role",
            "customer_contact",
            "domain_event_entry",
            "ticket_number_sequence",
            "scheduled_tasks");

    private static IsolatedDatabase database;
    private static ConfigurableApplicationContext application;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void start() {
        database = IsolatedDatabase.create("seeder");
        List<String> arguments = new ArrayList<>(database.arguments());
        arguments.add("--server.port=0");
        // The test profile turns demo data off, so nothing is seeded before the tests call a seeder.
        application = new SpringApplicationBuilder(AftersalesLedgerApplication.class, FirstOfAprilInShanghai.class)
                .profiles("test")
                .run(arguments.toArray(String[]::new));
        jdbc = application.getBean(JdbcTemplate.class);
    }

    @AfterAll
    static void stop() throws Exception {
        if (application != null) {
            application.close();
        }
        database.close();
    }

    @Test
    @Order(1)
    void aSeedThatFailsHalfWayLeavesNoUserCustomerEventNumberOrDeadline() {
        // The start records the default fault categories (R3) as the system; the seeder adds to them.
        Map<String, Long> before = rows();
        before.forEach((table, rows) -> {
            if (!table.equals("domain_event_entry")) {
                assertThat(rows).as(table).isZero();
            }
        });
        // Users, customers and tickets 1-3 are written when ticket 4's dispatch is refused.
        jdbc.execute("create or replace function refuse_demo_dispatch() returns trigger language plpgsql as $$ begin"
                + " if new.payload_type like '%EngineerDispatchedEvent' then"
                + " raise exception 'injected failure: the demo seeding stops here'; end if;"
                + " return new; end $$");
        jdbc.execute("create trigger refuse_demo_dispatch before insert on domain_event_entry"
                + " for each row execute function refuse_demo_dispatch()");
        try {
            assertThatThrownBy(() -> seeder(application.getBean(Clock.class)).seedIfEmpty())
                    .hasStackTraceContaining("injected failure");
        } finally {
            jdbc.execute("drop trigger refuse_demo_dispatch on domain_event_entry");
            jdbc.execute("drop function refuse_demo_dispatch()");
        }

        assertThat(rows()).isEqualTo(before);
    }

    @Test
    @Order(2)
    void twoSeedersRacingOnAnEmptyDatabaseMakeOneDemoSetDatedInTheCompanyZone() throws Exception {
        assertThat(count("app_user")).isZero();
        Clock clock = application.getBean(Clock.class);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        List<Future<Boolean>> created = new ArrayList<>();
        try {
            // Hold the seeders' lock so both find the database empty and queue on the lock together.
            try (Connection gate = application.getBean(DataSource.class).getConnection()) {
                gate.setAutoCommit(false);
                gate.createStatement()
                        .execute("select pg_advisory_xact_lock(" + DemoDataSeeder.ADVISORY_LOCK_KEY + ")");
                created.add(nodes.submit(seeder(clock)::seedIfEmpty));
                created.add(nodes.submit(seeder(clock)::seedIfEmpty));
                await().atMost(Duration.ofSeconds(30)).until(() -> seedersWaitingForTheLock() == 2);
                gate.commit();
            }
            List<Boolean> results = new ArrayList<>();
            for (Future<Boolean> result : created) {
                results.add(result.get(120, TimeUnit.SECONDS));
            }
            assertThat(results).containsExactlyInAnyOrder(true, false);
        } finally {
            nodes.shutdownNow();
        }

        assertThat(count("app_user")).isEqualTo(DemoUsers.ALL.size());
        assertThat(count("customer_contact")).isEqualTo(3);
        List<Map<String, Object>> registered = jdbc.queryForList("select"
                + " convert_from(payload, 'UTF8')::jsonb ->> 'ticketNumber' as number,"
                + " convert_from(payload, 'UTF8')::jsonb -> 'product' ->> 'purchaseDate' as purchased,"
                + " convert_from(payload, 'UTF8')::jsonb -> 'fault' ->> 'occurredOn' as fault"
                + " from domain_event_entry where payload_type like '%ServiceTicketRegisteredEvent'"
                + " order by 1");
        assertThat(registered)
                .extracting(row -> row.get("number") + " " + row.get("purchased") + " " + row.get("fault"))
                .containsExactly(
                        // Ticket 2 was registered five hours earlier: 20:00 on 31 March in Shanghai.
                        "202603-001 2025-08-01 2026-03-31",
                        "202604-001 2025-08-01 2026-04-01",
                        "202604-002 2025-08-01 2026-04-01",
                        "202604-003 2025-08-01 2026-04-01",
                        "202604-004 2025-08-01 2026-04-01",
                        "202604-005 2025-08-01 2026-04-01",
                        "202604-006 2025-08-01 2026-04-01",
                        "202604-007 2025-08-01 2026-04-01",
                        "202604-008 2025-08-01 2026-04-01",
                        // Ticket 10, recorded from the task sheet of last month's trip to Wuxi (X4).
                        "202604-009 2025-08-01 2026-04-01",
                        // Ticket 11, whose dispatch of last month comes after last month's report (M3).
                        "202604-010 2025-08-01 2026-04-01");
        assertThat(jdbc.queryForList(
                        "select (convert_from(payload, 'UTF8')::jsonb ->> 'startDate') || ' '"
                                + " || (convert_from(payload, 'UTF8')::jsonb ->> 'endDate')"
                                + " from domain_event_entry where payload_type like '%EngineerDispatchedEvent'",
                        String.class))
                .containsExactlyInAnyOrder("2026-04-01 2026-04-02", "2026-03-01 2026-03-03");
    }

    private static DemoDataSeeder seeder(Clock clock) {
        return new DemoDataSeeder(
                jdbc,
                application.getBean(TransactionTemplate.class),
                application.getBean(PasswordEncoder.class),
                application.getBean(CommandGateway.class),
                application.getBean(CustomerContacts.class),
                clock,
                Optional.empty(),
                application.getBean(LedgerProperties.class),
                application.getBean(Calendars.class),
                application.getBean(ComplaintsFromCallbacks.class),
                application.getBean(ReceiptStore.class),
                application.getBean(MonthlyReportIssuer.class),
                application.getBean(Projections.class));
    }

    /**
     * 01:00 on 1 April 2026 in Shanghai, still 31 March by the UTC clock: the application's clock,
     * so what the commands judge against "now" (an advance asked before its trip, X9) agrees with
     * the seeder's dates.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class FirstOfAprilInShanghai {
        @Bean
        @Primary
        Clock firstOfApril() {
            return Clock.fixed(Instant.parse("2026-03-31T17:00:00Z"), ZoneOffset.UTC);
        }
    }

    private static long seedersWaitingForTheLock() {
        return jdbc.queryForObject(
                "select count(*) from pg_locks where locktype = 'advisory' and not granted"
                        + " and database = (select oid from pg_database where datname = current_database())"
                        + " and classid::bigint = 0 and objid::bigint = ?",
                Long.class,
                DemoDataSeeder.ADVISORY_LOCK_KEY);
    }

    private static Map<String, Long> rows() {
        Map<String, Long> rows = new LinkedHashMap<>();
        SEEDED_TABLES.forEach(table -> rows.put(table, count(table)));
        return rows;
    }

    private static long count(String table) {
        // Version 1 of the company policy is recorded at every first start, demo data or not (ADR 0010).
        // So is the next run of the job of the 5th (M3), a recurring task.
        String notTheStartsOwn = switch (table) {
            case "domain_event_entry" -> " where aggregate_identifier <> 'company-policy'";
            case "scheduled_tasks" -> " where task_name <> '" + MonthlyReportJobConfiguration.TASK_NAME + "'";
            default -> "";
        };
        return jdbc.queryForObject("select count(*) from " + table + notTheStartsOwn, Long.class);
    }
}
