package com.aftersales.app.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.contract.ContractTerms;
import com.aftersales.api.contract.ServiceContractId;
import com.aftersales.app.customer.CustomerContacts;
import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.aftersales.command.contract.ContractCover;
import com.aftersales.command.contract.ContractCoverage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * T13 over HTTP on PostgreSQL: a manager records a customer's contract on the "solution collection"
 * terms, the desk reads it, the ticket intake's lookup ({@link ContractCoverage}) answers it for
 * that customer's units on the days of its period, and amendments and termination raise its
 * version. Each test uses serial numbers of its own, so a reused database never has them.
 */
class ContractIntegrationTest extends IntegrationTest {
    static final String MANAGER = "t-manager";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ContractTerms SOLUTION_COLLECTION =
            new ContractTerms(Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(4), null, false);
    private static final String SOLUTION_JSON =
            "{\"responseWithin\": \"PT30M\", \"onSiteWithin\": \"PT2H\", \"fixWithin\": \"PT4H\"}";

    @Autowired
    ContractCoverage coverage;

    @Autowired
    CustomerContacts customers;

    @BeforeEach
    void manager() {
        TestUsers.create(jdbc, "U-T-MGR", MANAGER, "MANAGER");
    }

    @Test
    void aContractOnTheSolutionCollectionTermsCoversItsCustomersUnitsOnTheDaysOfItsPeriod_T13() {
        CustomerId customer = customer();
        CustomerId someoneElse = customer();
        String first = serial();
        String second = serial();

        Api.Response registered =
                api.post(MANAGER, "/api/contracts", registration("HT-IT-001", customer, List.of(first, second)));

        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        String id = registered.body().get("contractId").asText();
        assertThat(registered.body().get("version").asInt()).isEqualTo(1);
        assertThat(registered.header("Location")).endsWith("/api/contracts/" + id);

        JsonNode shown = awaitVersion(id, 1);
        assertThat(shown.get("contractNumber").asText()).isEqualTo("HT-IT-001");
        assertThat(shown.get("customerId").asText()).isEqualTo(customer.value());
        assertThat(texts(shown.get("serialNumbers")))
                .containsExactlyElementsOf(
                        List.of(first, second).stream().sorted().toList());
        assertThat(shown.get("validFrom").asText()).isEqualTo("2025-01-01");
        assertThat(shown.get("validUntil").asText()).isEqualTo("2025-12-31");
        assertThat(shown.at("/terms/responseWithin").asText()).isEqualTo("PT30M");
        assertThat(shown.at("/terms/onSiteWithin").asText()).isEqualTo("PT2H");
        assertThat(shown.at("/terms/fixWithin").asText()).isEqualTo("PT4H");
        assertThat(shown.at("/terms/planWithin").isNull()).isTrue();
        assertThat(shown.get("terminated").asBoolean()).isFalse();

        assertThat(ids("/api/contracts?customerId=" + customer + "&activeOn=2025-06-01"))
                .containsExactly(id);
        assertThat(ids("/api/contracts?customerId=" + customer + "&activeOn=2026-01-01"))
                .isEmpty();
        assertThat(ids("/api/contracts?customerId=" + someoneElse)).isEmpty();
        assertThat(ids("/api/contracts?activeOn=2025-12-31")).contains(id);

        ContractCover cover = new ContractCover(new ServiceContractId(id), "HT-IT-001", 1, SOLUTION_COLLECTION);
        assertThat(coverage.coverFor(customer, first, day("2025-06-01"))).contains(cover);
        assertThat(coverage.coverFor(customer, second, day("2025-01-01"))).contains(cover);
        assertThat(coverage.coverFor(customer, first, day("2025-12-31"))).contains(cover);
        assertThat(coverage.coverFor(someoneElse, first, day("2025-06-01"))).isEmpty();
        assertThat(coverage.coverFor(customer, first, day("2024-12-31"))).isEmpty();
        assertThat(coverage.coverFor(customer, first, day("2026-01-01"))).isEmpty();
        assertThat(coverage.coverFor(customer, serial(), day("2025-06-01"))).isEmpty();

        // an amendment: a third unit, half a year more, business hours; version 2
        String third = serial();
        HttpResponse<String> amended = put(
                MANAGER,
                "/api/contracts/" + id,
                "{\"serialNumbers\": [\"" + first + "\", \"" + second + "\", \"" + third + "\"],"
                        + " \"validUntil\": \"2026-06-30\","
                        + " \"terms\": {\"responseWithin\": \"PT30M\", \"onSiteWithin\": \"PT2H\", \"fixWithin\": \"PT4H\","
                        + " \"businessHoursOnly\": true},"
                        + " \"reason\": \"续约半年，新增一台设备\", \"expectedVersion\": 1}");
        assertThat(amended.statusCode()).as(amended.body()).isEqualTo(200);
        assertThat(read(amended.body()).get("version").asInt()).isEqualTo(2);
        ContractTerms businessHours =
                new ContractTerms(Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(4), null, true);
        assertThat(coverage.coverFor(customer, third, day("2026-06-30")))
                .contains(new ContractCover(new ServiceContractId(id), "HT-IT-001", 2, businessHours));
        assertThat(coverage.coverFor(customer, first, day("2026-01-01")).map(ContractCover::version))
                .contains(2);
        assertThat(awaitVersion(id, 2).at("/terms/businessHoursOnly").asBoolean())
                .isTrue();

        // a change decided on version 1, which another manager has since amended: refused, nothing stored
        long beforeStale = eventCount();
        HttpResponse<String> stale = put(
                MANAGER,
                "/api/contracts/" + id,
                "{\"serialNumbers\": [\"" + first + "\"], \"validUntil\": \"2026-06-30\", \"terms\": " + SOLUTION_JSON
                        + ", \"reason\": \"只保留一台\", \"expectedVersion\": 1}");
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(422);
        assertThat(read(stale.body()).get("code").asText()).isEqualTo("STALE_CONTRACT_VERSION");
        assertThat(eventCount()).isEqualTo(beforeStale);

        // terminated early: covered up to and including the last day, then no more; version 3
        Api.Response ended = api.post(
                MANAGER,
                "/api/contracts/" + id + "/termination",
                "{\"lastDay\": \"2025-09-30\", \"reason\": \"客户搬迁，协商提前终止\", \"expectedVersion\": 2}");
        assertThat(ended.status()).as(ended.raw().body()).isEqualTo(200);
        assertThat(ended.body().get("version").asInt()).isEqualTo(3);
        assertThat(coverage.coverFor(customer, third, day("2025-09-30")).map(ContractCover::version))
                .contains(3);
        assertThat(coverage.coverFor(customer, third, day("2025-10-01"))).isEmpty();
        assertThat(coverage.coverFor(customer, first, day("2026-03-01"))).isEmpty();
        JsonNode terminated = awaitVersion(id, 3);
        assertThat(terminated.get("terminated").asBoolean()).isTrue();
        assertThat(terminated.get("validUntil").asText()).isEqualTo("2025-09-30");
        assertThat(texts(terminated.get("serialNumbers"))).hasSize(3);

        // a terminated contract takes no amendment
        HttpResponse<String> late = put(
                MANAGER,
                "/api/contracts/" + id,
                "{\"serialNumbers\": [\"" + first + "\"], \"validUntil\": \"2026-06-30\", \"terms\": " + SOLUTION_JSON
                        + ", \"reason\": \"恢复\", \"expectedVersion\": 3}");
        assertThat(late.statusCode()).isEqualTo(422);
        assertThat(read(late.body()).get("code").asText()).isEqualTo("CONTRACT_TERMINATED");

        Api.Response history = api.get(TestUsers.ADMIN, "/api/contracts/" + id + "/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body().findValuesAsText("eventType"))
                .containsExactly(
                        "ServiceContractRegisteredEvent",
                        "ServiceContractAmendedEvent",
                        "ServiceContractTerminatedEvent");
        assertThat(history.body().findValuesAsText("actorRole")).containsOnly("MANAGER");
        assertThat(history.body().get(0).get("payloadJson").asText()).contains("\"responseWithin\":\"PT30M\"");
    }

    @Test
    void aUnitAlreadyUnderAnotherContractOnAnOverlappingDayIsRefusedAndNothingIsStored_T13() {
        String unit = serial();
        Api.Response first = api.post(MANAGER, "/api/contracts", registration("HT-IT-100", customer(), List.of(unit)));
        assertThat(first.status()).isEqualTo(201);
        long events = eventCount();

        // another customer, even: a unit is covered by one contract on any day
        String overlapping = "{\"contractNumber\": \"HT-IT-101\", \"customerId\": \"" + customer() + "\","
                + " \"serialNumbers\": [\"" + serial() + "\", \"" + unit + "\"],"
                + " \"validFrom\": \"2025-12-31\", \"validUntil\": \"2026-12-31\", \"terms\": " + SOLUTION_JSON + "}";
        Api.Response refused = api.post(MANAGER, "/api/contracts", overlapping);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("ruleId").asText()).isEqualTo("T13");
        assertThat(refused.body().get("code").asText()).isEqualTo("UNIT_ALREADY_COVERED");
        assertThat(refused.body().get("detail").asText()).contains("HT-IT-100").contains(unit);
        assertThat(eventCount()).isEqualTo(events);
        assertThat(jdbc.queryForObject(
                        "select count(*) from contract_coverage where contract_number = 'HT-IT-101'", Long.class))
                .isZero();

        // the day after the first contract ends, the unit is free
        Api.Response after = api.post(
                MANAGER,
                "/api/contracts",
                overlapping.replace("\"validFrom\": \"2025-12-31\"", "\"validFrom\": \"2026-01-01\""));
        assertThat(after.status()).as(after.raw().body()).isEqualTo(201);
    }

    @Test
    void badDurationsAreA400AndTermsOutOfRangeA422AndNothingIsStored_T13() {
        long events = eventCount();
        String unit = serial();
        String base = registration("HT-IT-200", customer(), List.of(unit));

        Api.Response unreadable = api.post(MANAGER, "/api/contracts", base.replace("\"PT30M\"", "\"half an hour\""));
        Api.Response missing = api.post(MANAGER, "/api/contracts", base.replace("\"responseWithin\": \"PT30M\", ", ""));
        Api.Response tooLong = api.post(MANAGER, "/api/contracts", base.replace("\"PT30M\"", "\"PT25H\""));
        Api.Response unknownCustomer =
                api.post(MANAGER, "/api/contracts", registration("HT-IT-201", CustomerId.random(), List.of(unit)));

        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.contentType()).startsWith("application/problem+json");
        assertThat(unreadable.body().at("/errors/0/field").asText()).isEqualTo("terms.responseWithin");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().findValuesAsText("field")).contains("terms.responseWithin");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.body().get("code").asText()).isEqualTo("RESPONSE_TIME_OUT_OF_RANGE");
        assertThat(unknownCustomer.status()).isEqualTo(400);
        assertThat(unknownCustomer.body().at("/errors/0/field").asText()).isEqualTo("customerId");
        assertThat(eventCount()).isEqualTo(events);
        assertThat(jdbc.queryForObject(
                        "select count(*) from contract_coverage where serial_number = ?", Long.class, unit))
                .isZero();
    }

    @Test
    void onlyManagersAndAdministratorsKeepContractsAndTheDeskReadsThem_T13() {
        long events = eventCount();
        String body = registration("HT-IT-300", customer(), List.of(serial()));

        Api.Response byClerk = api.post(TestUsers.CLERK, "/api/contracts", body);

        assertThat(byClerk.status()).isEqualTo(403);
        assertThat(eventCount()).isEqualTo(events);
        Api.Response byAdmin = api.post(TestUsers.ADMIN, "/api/contracts", body);
        assertThat(byAdmin.status()).isEqualTo(201);
        String id = byAdmin.body().get("contractId").asText();
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(api.get(TestUsers.ENGINEER, "/api/contracts/" + id)
                                .status())
                        .isEqualTo(200));
        assertThat(api.get(TestUsers.CLERK, "/api/contracts/" + id + "/history").status())
                .isEqualTo(403);
        assertThat(api.get(TestUsers.FINANCE, "/api/contracts/" + id).status()).isEqualTo(403);
        assertThat(api.get(TestUsers.CLERK, "/api/contracts/" + UUID.randomUUID())
                        .status())
                .isEqualTo(404);
        assertThat(api.get(TestUsers.CLERK, "/api/contracts/not-a-contract").status())
                .isEqualTo(404);
        assertThat(api.get(TestUsers.CLERK, "/api/contracts?customerId=nobody").status())
                .isEqualTo(400);
        HttpResponse<String> amendNobody = put(
                MANAGER,
                "/api/contracts/" + UUID.randomUUID(),
                "{\"serialNumbers\": [\"SN-1\"], \"validUntil\": \"2026-06-30\", \"terms\": " + SOLUTION_JSON
                        + ", \"reason\": \"续约\", \"expectedVersion\": 1}");
        assertThat(amendNobody.statusCode()).as(amendNobody.body()).isEqualTo(404);
        assertThat(api.post(
                                MANAGER,
                                "/api/contracts/" + UUID.randomUUID() + "/termination",
                                "{\"lastDay\": \"2025-09-30\", \"reason\": \"停业\", \"expectedVersion\": 1}")
                        .status())
                .isEqualTo(404);
        assertThat(eventCount()).isEqualTo(events + 1);
    }

    @Test
    void aRetriedRegistrationWithTheSameIdempotencyKeyRecordsOneContract_T13() {
        String unit = serial();
        String body = registration("HT-IT-400", customer(), List.of(unit));
        Map<String, String> key = Map.of("Idempotency-Key", "contract-" + UUID.randomUUID());

        Api.Response first = api.post(MANAGER, "/api/contracts", body, key);
        Api.Response again = api.post(MANAGER, "/api/contracts", body, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(jdbc.queryForObject(
                        "select count(*) from contract_coverage where serial_number = ?", Long.class, unit))
                .isEqualTo(1);
    }

    private static String registration(String number, CustomerId customer, List<String> serials) {
        return "{\"contractNumber\": \"" + number + "\", \"customerId\": \"" + customer + "\", \"serialNumbers\": ["
                + String.join(", ", serials.stream().map(s -> "\"" + s + "\"").toList()) + "],"
                + " \"validFrom\": \"2025-01-01\", \"validUntil\": \"2025-12-31\", \"terms\": " + SOLUTION_JSON + "}";
    }

    private JsonNode awaitVersion(String id, int version) {
        JsonNode[] shown = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Api.Response response = api.get(TestUsers.CLERK, "/api/contracts/" + id);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body().get("version").asInt()).isEqualTo(version);
            shown[0] = response.body();
        });
        return shown[0];
    }

    private List<String> ids(String path) {
        Api.Response response = api.get(TestUsers.SUPERVISOR, path);
        assertThat(response.status()).as(path).isEqualTo(200);
        return response.body().findValuesAsText("contractId");
    }

    private static List<String> texts(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false)
                .map(node -> node.isTextual() ? node.asText() : node.toString())
                .toList();
    }

    private CustomerId customer() {
        return customers.register("合同客户", "0512-00000000", null);
    }

    private static String serial() {
        return "SN-T13-" + UUID.randomUUID();
    }

    private static LocalDate day(String day) {
        return LocalDate.parse(day);
    }

    private HttpResponse<String> put(String user, String path, String json) {
        try {
            String token = api.signIn(user).body().get("accessToken").asText();
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                    .header("Authorization", "Bearer " + token)
                                    .header("Content-Type", "application/json")
                                    .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
