package com.aftersales.app.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.app.AftersalesLedgerApplication;
import com.aftersales.app.support.IsolatedDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark's history is accepted by the real aggregates on a real PostgreSQL: generated at
 * start-up through the gateway, on a database of its own, with every kind of work the benchmark
 * measures, each event carrying who acted in which role, the read models caught up and the
 * months before this one issued.
 */
class WorkloadGeneratorIntegrationTest {
    private static final long EVENTS = 3_000;

    @Test
    void generatesAtLeastTheEventsAskedThroughTheGatewayWithTheActingUsers() throws Exception {
        try (IsolatedDatabase database = IsolatedDatabase.create("workload")) {
            try (ConfigurableApplicationContext app = start(database)) {
                generatedHistory(app.getBean(JdbcTemplate.class));
                // what a real store looks like to the generator: events, but not its own engineers
                app.getBean(JdbcTemplate.class).update("delete from app_user_role where user_id like 'U-WL-ENG-%'");
                app.getBean(JdbcTemplate.class).update("delete from app_user where user_id like 'U-WL-ENG-%'");
            }
            assertThatThrownBy(() -> start(database).close())
                    .as("a made-up history is never written into a store that holds one of its own")
                    .hasStackTraceContaining("runs only on a fresh database");
        }
    }

    private static void generatedHistory(JdbcTemplate jdbc) {

        assertThat(count(jdbc, "select max(global_index) from domain_event_entry"))
                .isGreaterThanOrEqualTo(EVENTS);
        assertThat(count(jdbc, workload("1 = 1"))).isGreaterThan(EVENTS / 2);
        assertThat(count(jdbc, workload("(meta ->> 'userId') is null or (meta ->> 'role') is null")))
                .as("events of the workload without their actor")
                .isZero();
        assertThat(count(jdbc, workload("meta ->> 'role' = 'ENGINEER' and meta ->> 'userId' like 'U-WL-ENG-%'")))
                .as("events the generated engineers recorded themselves")
                .isPositive();
        for (String kind : List.of(
                "ServiceTicketRegisteredEvent",
                "EngineerDispatchedEvent",
                "RepairDiagnosedEvent",
                "RepeatRepairDetectedEvent",
                "ComplaintRegisteredEvent",
                "ExpenseClaimPaidEvent",
                "ExpenseClaimFlaggedEvent")) {
            assertThat(count(jdbc, workload("payload_type like '%." + kind + "'")))
                    .as(kind)
                    .isPositive();
        }
        // the read models caught up before the generator finished: every ticket is on the board
        assertThat(count(jdbc, "select count(*) from ticket_board"))
                .isGreaterThanOrEqualTo(count(jdbc, workload("payload_type like '%.ServiceTicketRegisteredEvent'")));
        // M3: the three months before this one are issued
        assertThat(count(
                        jdbc,
                        "select count(distinct aggregate_identifier) from domain_event_entry"
                                + " where payload_type like '%.MonthlyReportIssuedEvent'"))
                .isGreaterThanOrEqualTo(3);
    }

    private static String workload(String condition) {
        return "select count(*) from (select payload_type, convert_from(meta_data, 'UTF8')::jsonb as meta"
                + " from domain_event_entry) e where meta ->> 'correlationId' = '" + WorkloadDay.CORRELATION + "' and ("
                + condition + ")";
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        Long value = jdbc.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }

    private static ConfigurableApplicationContext start(IsolatedDatabase database) {
        List<String> arguments = new ArrayList<>(database.arguments());
        arguments.addAll(List.of(
                "--server.port=0",
                "--ledger.workload.events=" + EVENTS,
                "--ledger.workload.months=3",
                "--ledger.workload.engineers=6",
                "--ledger.workload.serials=60",
                "--ledger.workload.threads=2"));
        return new SpringApplicationBuilder(AftersalesLedgerApplication.class)
                .profiles("test")
                .run(arguments.toArray(String[]::new));
    }
}
