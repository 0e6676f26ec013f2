package com.aftersales.app.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.app.AftersalesLedgerApplication;
import com.aftersales.app.customer.CustomerContacts;
import com.aftersales.app.support.Api;
import com.aftersales.app.support.IsolatedDatabase;
import com.aftersales.app.support.TestClock;
import com.aftersales.app.support.TestClockConfiguration;
import com.aftersales.app.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * T13 and T14 over HTTP on PostgreSQL: a contract customer's URGENT ticket takes the contract's
 * 0.5 h / 2 h / 4 h clocks; it is held for an hour and resumed; the response breach that follows is
 * recorded at the moved due time by a restarted node. Time moves by the application's clock
 * ({@link TestClock}), which the deadlines follow, so the hour on hold takes no hour of the test.
 */
class ContractClocksAndHoldIntegrationTest {

    @Test
    void aContractTicketsClocksStopOnHoldAndItsBreachIsRecordedAtTheMovedDueTimeAfterARestart_T13_T14()
            throws Exception {
        try (IsolatedDatabase database = IsolatedDatabase.create("contract-hold")) {
            String ticketId;
            Instant registeredAt;
            Duration travelled;
            try (ConfigurableApplicationContext first = start(database)) {
                TestClock clock = first.getBean(TestClock.class);
                Api api = api(first);
                String serial = "SN-SC-" + UUID.randomUUID().toString().substring(0, 8);
                String customer = first.getBean(CustomerContacts.class)
                        .register("华东制造 East China Manufacturing", "021 5555 0100", null)
                        .value();
                LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
                Api.Response contract = api.post(TestUsers.ADMIN, "/api/contracts", """
                        {"contractNumber": "HT-IT-%s", "customerId": "%s", "serialNumbers": ["%s"],
                         "validFrom": "%s", "validUntil": "%s",
                         "terms": {"responseWithin": "PT30M", "onSiteWithin": "PT2H", "fixWithin": "PT4H",
                                   "businessHoursOnly": false}}""".formatted(
                                serial, customer, serial, today.minusDays(1), today.plusYears(1)));
                assertThat(contract.status()).as(contract.raw().body()).isEqualTo(201);

                Api.Response created =
                        api.post(TestUsers.CLERK, "/api/tickets", """
                        {"channel": "PHONE", "customerId": "%s",
                         "proofOfPurchase": {"orderNumber": "SO-%s"},
                         "product": {"model": "CNC-850", "serialNumber": "%s", "kind": "HARDWARE",
                                     "purchaseDate": "2025-03-01"},
                         "fault": {"description": "主轴停转 spindle stopped"},
                         "request": "REPAIR", "urgency": "URGENT"}""".formatted(customer, serial, serial));
                assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
                ticketId = created.body().get("ticketId").asText();
                JsonNode ticket = awaitRow(api, ticketId, 0);
                registeredAt = Instant.parse(ticket.get("registeredAt").asText());
                assertThat(ticket.get("contractNumber").asText()).isEqualTo("HT-IT-" + serial);
                assertThat(due(ticket, "responseDueAt")).isEqualTo(registeredAt.plus(Duration.ofMinutes(30)));
                assertThat(due(ticket, "onSiteDueAt")).isEqualTo(registeredAt.plus(Duration.ofHours(2)));
                assertThat(due(ticket, "fixDueAt")).isEqualTo(registeredAt.plus(Duration.ofHours(4)));
                assertThat(created.body().get("contractNumber").asText()).isEqualTo("HT-IT-" + serial);

                // Ten minutes later the customer cannot be reached: the clocks are held.
                clock.advance(Duration.ofMinutes(10));
                Api.Response held = api.post(TestUsers.CLERK, "/api/tickets/" + ticketId + "/hold", """
                        {"reason": "CUSTOMER_UNREACHABLE", "note": "电话无人接听", "expectedVersion": 0}""");
                assertThat(held.status()).as(held.raw().body()).isEqualTo(200);
                JsonNode onHold = awaitRow(api, ticketId, 1);
                assertThat(onHold.get("slaState").asText()).isEqualTo("ON_HOLD");
                assertThat(onHold.get("holdReason").asText()).isEqualTo("CUSTOMER_UNREACHABLE");
                Duration heldAt = Duration.between(
                        registeredAt, Instant.parse(onHold.get("heldSince").asText()));
                assertThat(Duration.parse(
                                onHold.get("heldTimeLeft").get("RESPONSE").asText()))
                        .isEqualTo(Duration.ofMinutes(30).minus(heldAt));

                // An hour on hold: the response clock's old due time passes and records nothing.
                clock.advance(Duration.ofHours(1));
                await().during(Duration.ofSeconds(3))
                        .atMost(Duration.ofSeconds(6))
                        .until(() -> breaches(first, ticketId).isEmpty());

                Api.Response resumed = api.post(TestUsers.CLERK, "/api/tickets/" + ticketId + "/hold/resumption", """
                        {"note": "客户回电", "expectedVersion": 1}""");
                assertThat(resumed.status()).as(resumed.raw().body()).isEqualTo(200);
                JsonNode running = awaitRow(api, ticketId, 2);
                assertThat(running.get("onHold").asBoolean()).isFalse();
                Duration onHoldFor = Duration.parse(historyOf(api, ticketId, "SlaResumedEvent")
                        .get("pausedFor")
                        .asText());
                assertThat(onHoldFor)
                        .isBetween(Duration.ofHours(1), Duration.ofHours(1).plusSeconds(30));
                assertThat(due(running, "responseDueAt"))
                        .isEqualTo(registeredAt.plus(Duration.ofMinutes(30)).plus(onHoldFor));
                assertThat(due(running, "onSiteDueAt"))
                        .isEqualTo(registeredAt.plus(Duration.ofHours(2)).plus(onHoldFor));
                travelled = clock.offset();
            }

            // The node stops before the moved due time; the restarted one records the breach.
            try (ConfigurableApplicationContext second = start(database)) {
                TestClock clock = second.getBean(TestClock.class);
                clock.advance(travelled.plus(Duration.ofMinutes(25)));
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> !breaches(second, ticketId).isEmpty());
                Map<String, Object> breach = breaches(second, ticketId).get(0);
                assertThat(breach).containsEntry("clock", "RESPONSE").containsEntry("actor", "system");
                JsonNode resumedEvent = historyOf(api(second), ticketId, "SlaResumedEvent");
                assertThat(Instant.parse((String) breach.get("due")))
                        .as("the moved due time, not the original %s", registeredAt.plus(Duration.ofMinutes(30)))
                        .isEqualTo(Instant.parse(
                                resumedEvent.get("dueAt").get("RESPONSE").asText()))
                        .isAfter(registeredAt.plus(Duration.ofMinutes(30)));
                assertThat(breaches(second, ticketId)).hasSize(1);
            }
        }
    }

    private static ConfigurableApplicationContext start(IsolatedDatabase database) {
        List<String> arguments = new ArrayList<>(database.arguments());
        arguments.add("--server.port=0");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(
                        AftersalesLedgerApplication.class, TestClockConfiguration.class)
                .profiles("test")
                .run(arguments.toArray(String[]::new));
        TestUsers.ensure(context.getBean(JdbcTemplate.class));
        return context;
    }

    private static Api api(ConfigurableApplicationContext context) {
        return new Api(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    private static JsonNode awaitRow(Api api, String ticketId, long version) {
        JsonNode[] row = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Api.Response detail = api.get(TestUsers.CLERK, "/api/tickets/" + ticketId);
            assertThat(detail.status()).isEqualTo(200);
            row[0] = detail.body().get("ticket").get("summary");
            assertThat(row[0].get("version").asLong()).isEqualTo(version);
        });
        return row[0];
    }

    private static JsonNode historyOf(Api api, String ticketId, String eventType) {
        for (JsonNode entry :
                api.get(TestUsers.CLERK, "/api/tickets/" + ticketId).body().get("history")) {
            if (entry.get("eventType").asText().equals(eventType)) {
                return entry.get("payload");
            }
        }
        throw new AssertionError("no " + eventType + " in the history of " + ticketId);
    }

    private static Instant due(JsonNode row, String field) {
        return Instant.parse(row.get(field).asText());
    }

    private static List<Map<String, Object>> breaches(ConfigurableApplicationContext context, String ticketId) {
        return context.getBean(JdbcTemplate.class)
                .queryForList(
                        "select convert_from(payload, 'UTF8')::jsonb ->> 'clock' as clock,"
                                + " convert_from(payload, 'UTF8')::jsonb ->> 'dueAt' as due,"
                                + " convert_from(meta_data, 'UTF8')::jsonb ->> 'userId' as actor"
                                + " from domain_event_entry where aggregate_identifier = ?"
                                + " and payload_type like '%SlaBreachedEvent' order by sequence_number",
                        ticketId);
    }
}
