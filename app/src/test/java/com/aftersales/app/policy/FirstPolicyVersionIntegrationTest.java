package com.aftersales.app.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.app.AftersalesLedgerApplication;
import com.aftersales.app.LedgerProperties;
import com.aftersales.app.db.EmbeddedPostgresServer;
import com.aftersales.app.support.IsolatedDatabase;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Version 1 is made once however many nodes start together: both find no version and send it, the
 * event store lets one commit, the other's refusal is ignored. Two applications (two nodes: each
 * its own command bus and aggregate locks) on one database of their own that record no version at
 * start, so the test can race two first versions.
 */
class FirstPolicyVersionIntegrationTest {
    private static IsolatedDatabase database;
    private static ConfigurableApplicationContext application;
    private static ConfigurableApplicationContext secondNode;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void start() {
        database = IsolatedDatabase.create("policy");
        List<String> arguments = new ArrayList<>(database.arguments());
        arguments.add("--server.port=0");
        arguments.add("--ledger.policy-defaults.record-first-version=false");
        application = new SpringApplicationBuilder(AftersalesLedgerApplication.class)
                .profiles("test")
                .run(arguments.toArray(String[]::new));
        jdbc = application.getBean(JdbcTemplate.class);
        secondNode = new SpringApplicationBuilder(AftersalesLedgerApplication.class)
                .profiles("test")
                .run(secondNodeArguments().toArray(String[]::new));
    }

    /** The same database: the first node's embedded server, or the same external schema. */
    private static List<String> secondNodeArguments() {
        List<String> arguments = new ArrayList<>();
        if (IsolatedDatabase.external()) {
            arguments.addAll(database.arguments());
        } else {
            EmbeddedPostgresServer server = application.getBean(EmbeddedPostgresServer.class);
            arguments.add("--spring.datasource.url=" + server.jdbcUrl("postgres", "postgres"));
            arguments.add("--spring.datasource.username=postgres");
        }
        arguments.add("--server.port=0");
        arguments.add("--ledger.policy-defaults.record-first-version=false");
        return arguments;
    }

    @AfterAll
    static void stop() throws Exception {
        if (secondNode != null) {
            secondNode.close();
        }
        if (application != null) {
            application.close();
        }
        database.close();
    }

    @Test
    void twoNodesStartingTogetherRecordOneVersion1() throws Exception {
        assertThat(count("select count(*) from policy_version")).isZero();
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        List<Future<Boolean>> recorded = new ArrayList<>();
        try {
            // Hold back the lookup rows, so that both nodes find no version and both append an event
            // before either commits: the second append waits on the first one's sequence number.
            try (Connection gate = application.getBean(DataSource.class).getConnection()) {
                gate.setAutoCommit(false);
                gate.createStatement().execute("lock table policy_version in share mode");
                recorded.add(nodes.submit(node(application)::recordIfMissing));
                recorded.add(nodes.submit(node(secondNode)::recordIfMissing));
                await().atMost(Duration.ofSeconds(30)).until(() -> waitingNodes() == 2);
                gate.commit();
            }
            List<Boolean> results = new ArrayList<>();
            for (Future<Boolean> result : recorded) {
                results.add(result.get(60, TimeUnit.SECONDS));
            }
            assertThat(results).containsExactlyInAnyOrder(true, false);
        } finally {
            nodes.shutdownNow();
        }

        assertThat(count("select count(*) from policy_version")).isEqualTo(1);
        assertThat(count("select count(*) from domain_event_entry where aggregate_identifier = 'company-policy'"))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select (convert_from(meta_data, 'UTF8')::jsonb ->> 'userId') || ' as '"
                                + " || (convert_from(meta_data, 'UTF8')::jsonb ->> 'role') from domain_event_entry"
                                + " where aggregate_identifier = 'company-policy'",
                        String.class))
                .isEqualTo("system as SYSTEM");
        assertThat(node(application).recordIfMissing()).as("a later start").isFalse();
        assertThat(count("select count(*) from policy_version")).isEqualTo(1);
    }

    private static FirstPolicyVersion node(ConfigurableApplicationContext node) {
        return new FirstPolicyVersion(
                node.getBean(JdbcTemplate.class),
                node.getBean(CommandGateway.class),
                PolicyDefaults.of(node.getBean(LedgerProperties.class), node.getBean(PolicyDefaultsProperties.class)),
                true);
    }

    /** The nodes' appends waiting for a lock: one for the policy table, one for the other's sequence number. */
    private static long waitingNodes() {
        return count("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                + " and (query ilike 'insert into policy_version%' or query ilike 'insert into domain_event_entry%')");
    }

    private static long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
