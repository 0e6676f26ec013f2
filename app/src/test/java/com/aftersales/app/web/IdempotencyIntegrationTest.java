package com.aftersales.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.aftersales.app.support.Tickets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** POST accepts an Idempotency-Key: a retry returns the first result, never a second effect. */
class IdempotencyIntegrationTest extends IntegrationTest {
    /** A second clerk, to show keys are per user; same password as every test user. */
    private static final String OTHER_CLERK = "t-web-clerk2";

    private static final String OTHER_CLERK_ID = "U-T-WEB-CLERK2";
    private static final String REGISTERED = "%ServiceTicketRegisteredEvent";
    private static final String ROUTED = "%ServiceTicketRoutedEvent";
    private static final String ASSIGNED = "%EngineerAssignedEvent";

    @BeforeEach
    void secondClerk() {
        jdbc.update(
                "insert into app_user(user_id, username, display_name, password_hash) values (?, ?, ?, ?)"
                        + " on conflict do nothing",
                OTHER_CLERK_ID,
                OTHER_CLERK,
                OTHER_CLERK,
                "{bcrypt}" + new BCryptPasswordEncoder(4).encode(TestUsers.PASSWORD));
        jdbc.update(
                "insert into app_user_role(user_id, role) values (?, 'CLERK') on conflict do nothing", OTHER_CLERK_ID);
    }

    @Test
    void registrationRetriedWithTheSameKeyReplaysTheFirstAnswerAndRegistersOneTicket() {
        String serial = serial();
        String body = Tickets.registration("URGENT", serial);
        Map<String, String> key = key();
        long registeredBefore = events(REGISTERED);
        long contactsBefore = count("select count(*) from customer_contact");

        Api.Response first = api.post(TestUsers.CLERK, "/api/tickets", body, key);
        Api.Response retry = api.post(TestUsers.CLERK, "/api/tickets", body, key);

        assertThat(first.status()).as(first.raw().body()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.status()).as(retry.raw().body()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.raw().body()).isEqualTo(first.raw().body());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));

        String ticketId = first.body().get("ticketId").asText();
        assertThat(events(REGISTERED)).isEqualTo(registeredBefore + 1);
        assertThat(events(REGISTERED, ticketId)).isEqualTo(1);
        assertThat(count("select count(*) from customer_contact")).isEqualTo(contactsBefore + 1);
        assertOneBoardTicket(serial, ticketId);
    }

    @Test
    void sameKeySentConcurrentlyFromEightThreadsRegistersOneTicketAndEveryAnswerNamesIt() throws Exception {
        String serial = serial();
        String body = Tickets.registration("NORMAL", serial);
        Map<String, String> key = key();
        long registeredBefore = events(REGISTERED);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return api.post(TestUsers.CLERK, "/api/tickets", body, key);
                }));
            }
            start.countDown();

            Set<String> ticketIds = new HashSet<>();
            Set<String> numbers = new HashSet<>();
            int replayed = 0;
            for (Future<Api.Response> answer : answers) {
                Api.Response response = answer.get(60, TimeUnit.SECONDS);
                assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
                ticketIds.add(response.body().get("ticketId").asText());
                numbers.add(response.body().get("ticketNumber").asText());
                if ("true".equals(response.header("Idempotent-Replayed"))) {
                    replayed++;
                }
            }

            assertThat(ticketIds).hasSize(1);
            assertThat(numbers).hasSize(1);
            assertThat(replayed).isEqualTo(threads - 1);
            assertThat(events(REGISTERED)).isEqualTo(registeredBefore + 1);
            assertOneBoardTicket(serial, ticketIds.iterator().next());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sameKeyWithADifferentBodyIsA422ProblemAndStoresNothing() {
        Map<String, String> key = key();
        Api.Response first = api.post(TestUsers.CLERK, "/api/tickets", Tickets.registration("LOW", serial()), key);
        assertThat(first.status()).as(first.raw().body()).isEqualTo(201);
        long eventsBefore = eventCount();
        long contactsBefore = count("select count(*) from customer_contact");

        Api.Response reused = api.post(TestUsers.CLERK, "/api/tickets", Tickets.registration("URGENT", serial()), key);

        assertThat(reused.status()).as(reused.raw().body()).isEqualTo(422);
        assertThat(reused.contentType()).startsWith("application/problem+json");
        assertThat(reused.body().get("type").asText()).isEqualTo("urn:problem:idempotency-key-reused");
        assertThat(reused.body().get("detail").asText()).contains("Idempotency-Key");
        assertThat(reused.header("Idempotent-Replayed")).isNull();
        assertThat(eventCount()).isEqualTo(eventsBefore);
        assertThat(count("select count(*) from customer_contact")).isEqualTo(contactsBefore);
    }

    @Test
    void sameKeyOnADifferentEndpointIsA422ProblemNotAReplay() {
        Map<String, String> key = key();
        Api.Response registered =
                api.post(TestUsers.CLERK, "/api/tickets", Tickets.registration("NORMAL", serial()), key);
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        String id = registered.body().get("ticketId").asText();

        Api.Response route = api.post(TestUsers.CLERK, path(id, "route"), """
                {"department": "TECHNICAL_SERVICE", "expectedVersion": 0}""", key);

        assertThat(route.status()).as(route.raw().body()).isEqualTo(422);
        assertThat(route.contentType()).startsWith("application/problem+json");
        assertThat(route.body().get("type").asText()).isEqualTo("urn:problem:idempotency-key-reused");
        assertThat(events(ROUTED, id)).isZero();
    }

    @Test
    void keysArePerUserSoTwoClerksWithTheSameKeyRegisterTwoTickets() {
        Map<String, String> key = key();
        String serial = serial();
        String body = Tickets.registration("NORMAL", serial);
        long registeredBefore = events(REGISTERED);

        Api.Response mine = api.post(TestUsers.CLERK, "/api/tickets", body, key);
        Api.Response theirs = api.post(OTHER_CLERK, "/api/tickets", body, key);

        assertThat(mine.status()).as(mine.raw().body()).isEqualTo(201);
        assertThat(theirs.status()).as(theirs.raw().body()).isEqualTo(201);
        assertThat(theirs.header("Idempotent-Replayed")).isNull();
        assertThat(theirs.body().get("ticketId").asText())
                .isNotEqualTo(mine.body().get("ticketId").asText());
        assertThat(theirs.body().get("ticketNumber").asText())
                .isNotEqualTo(mine.body().get("ticketNumber").asText());
        assertThat(events(REGISTERED)).isEqualTo(registeredBefore + 2);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(
                                count("select count(*) from ticket_board where serial_number = '" + serial + "'"))
                        .isEqualTo(2));
    }

    @Test
    void routeRetriedWithTheSameKeyReplaysTheFirst200InsteadOfAVersionConflict_T5() {
        String id = register();
        Map<String, String> key = key();
        String body = """
                {"department": "TECHNICAL_SERVICE", "reason": "spindle", "expectedVersion": 0}""";

        Api.Response first = api.post(TestUsers.CLERK, path(id, "route"), body, key);
        Api.Response retry = api.post(TestUsers.CLERK, path(id, "route"), body, key);

        assertThat(first.status()).as(first.raw().body()).isEqualTo(200);
        assertThat(retry.status()).as(retry.raw().body()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.body().get("accepted").asText()).isEqualTo("route");
        assertThat(events(ROUTED, id)).isEqualTo(1);
        assertThat(count("select count(*) from domain_event_entry where aggregate_identifier = '" + id + "'"))
                .isEqualTo(2);
    }

    @Test
    void failedRequestKeepsNoKeySoTheSameBodyRetriedFailsAgainAndACorrectedBodyWithTheSameKeySucceeds_T6() {
        String id = register();
        assertThat(api.post(TestUsers.CLERK, path(id, "route"), """
                                {"department": "TECHNICAL_SERVICE", "expectedVersion": 0}""").status()).isEqualTo(200);
        Map<String, String> key = key();
        String withoutAppointment = """
                {"engineerId": "%s", "mode": "ON_SITE", "expectedVersion": 1}""".formatted(TestUsers.ENGINEER_ID);
        String withAppointment = """
                {"engineerId": "%s", "mode": "ON_SITE", "appointmentAt": "2030-01-01T02:00:00Z",
                 "expectedVersion": 1}""".formatted(TestUsers.ENGINEER_ID);

        Api.Response failed = api.post(TestUsers.CLERK, path(id, "assignment"), withoutAppointment, key);
        assertThat(failed.status()).as(failed.raw().body()).isEqualTo(422);
        assertThat(failed.body().get("code").asText()).isEqualTo("APPOINTMENT_REQUIRED");
        assertThat(storedKeys(TestUsers.CLERK_ID, key)).isZero();

        Api.Response failedAgain = api.post(TestUsers.CLERK, path(id, "assignment"), withoutAppointment, key);
        assertThat(failedAgain.status()).as(failedAgain.raw().body()).isEqualTo(422);
        assertThat(failedAgain.contentType()).startsWith("application/problem+json");
        assertThat(failedAgain.body().get("ruleId").asText()).isEqualTo("T6");
        assertThat(failedAgain.header("Idempotent-Replayed")).isNull();
        assertThat(events(ASSIGNED, id)).isZero();

        Api.Response corrected = api.post(TestUsers.CLERK, path(id, "assignment"), withAppointment, key);
        assertThat(corrected.status()).as(corrected.raw().body()).isEqualTo(200);
        assertThat(corrected.header("Idempotent-Replayed")).isNull();

        Api.Response correctedRetry = api.post(TestUsers.CLERK, path(id, "assignment"), withAppointment, key);
        assertThat(correctedRetry.status()).as(correctedRetry.raw().body()).isEqualTo(200);
        assertThat(correctedRetry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(events(ASSIGNED, id)).isEqualTo(1);
        assertThat(storedKeys(TestUsers.CLERK_ID, key)).isEqualTo(1);
    }

    private void assertOneBoardTicket(String serial, String ticketId) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Api.Response detail = api.get(TestUsers.CLERK, "/api/tickets/" + ticketId);
            assertThat(detail.status()).isEqualTo(200);
        });
        assertThat(jdbc.queryForList(
                        "select ticket_id from ticket_board where serial_number = ?", String.class, serial))
                .containsExactly(ticketId);
    }

    private long events(String payloadType) {
        return jdbc.queryForObject(
                "select count(*) from domain_event_entry where payload_type like ?", Long.class, payloadType);
    }

    private long events(String payloadType, String aggregateId) {
        return jdbc.queryForObject(
                "select count(*) from domain_event_entry where payload_type like ? and aggregate_identifier = ?",
                Long.class,
                payloadType,
                aggregateId);
    }

    private long storedKeys(String userId, Map<String, String> key) {
        return jdbc.queryForObject(
                "select count(*) from idempotent_request where user_id = ? and idempotency_key = ?",
                Long.class,
                userId,
                key.get("Idempotency-Key"));
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private String register() {
        Api.Response created = api.post(TestUsers.CLERK, "/api/tickets", Tickets.registration("NORMAL", serial()));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body().get("ticketId").asText();
    }

    private static Map<String, String> key() {
        return Map.of("Idempotency-Key", "key-" + UUID.randomUUID());
    }

    private static String path(String id, String action) {
        return "/api/tickets/" + id + "/" + action;
    }

    private static String serial() {
        return "SN-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
