package com.aftersales.app.serial;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.common.UserId;
import com.aftersales.api.repair.FaultType;
import com.aftersales.api.repair.RepairOrderCompletedEvent;
import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.aftersales.command.serial.CompletedRepair;
import com.aftersales.command.serial.RegisteredSerial;
import com.aftersales.command.serial.SerialRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * R2 over HTTP on the embedded PostgreSQL: clerks register units and correct their facts (each
 * correction an event, with the version read); everyone reads a unit and its warranty on any date.
 * The registry's lookup tables follow the events in the command's own transaction, including a
 * repair order's completion, which extends the warranty.
 */
class SerialRegistryIntegrationTest extends IntegrationTest {

    @Autowired
    SerialRegistry registry;

    @Autowired
    EventStore eventStore;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aClerkRegistersAUnitAndEveryoneReadsItsFactsAndWarranty_R2() {
        String serial = serial();

        Api.Response registered = api.post(TestUsers.CLERK, "/api/serials", registration(serial, "2025-03-10"));

        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        JsonNode unit = api.get(TestUsers.ENGINEER, "/api/serials/" + serial).body();
        assertThat(unit.get("model").asText()).isEqualTo("HX-3200 商用打印机");
        assertThat(unit.get("activatedOn").asText()).isEqualTo("2025-03-10");
        assertThat(unit.get("version").asLong()).isZero();
        assertThat(unit.get("completedRepairs")).isEmpty();

        JsonNode inWarranty = api.get(TestUsers.FINANCE, "/api/serials/" + serial + "/warranty?asOf=2027-03-09")
                .body();
        assertThat(inWarranty.get("startsFrom").asText()).isEqualTo("ACTIVATION");
        assertThat(inWarranty.get("startsOn").asText()).isEqualTo("2025-03-10");
        assertThat(inWarranty.get("termEndsOn").asText()).isEqualTo("2027-03-09");
        assertThat(inWarranty.get("warrantyMonths").asInt()).isEqualTo(24);
        assertThat(inWarranty.get("inWarranty").asBoolean()).isTrue();
        JsonNode after = api.get(TestUsers.FINANCE, "/api/serials/" + serial + "/warranty?asOf=2027-03-10")
                .body();
        assertThat(after.get("inWarranty").asBoolean()).isFalse();

        JsonNode history =
                api.get(TestUsers.CLERK, "/api/serials/" + serial + "/history").body();
        assertThat(history.get(0).get("eventType").asText()).isEqualTo("SerialRegisteredEvent");
        assertThat(history.get(0).get("actorRole").asText()).isEqualTo("CLERK");
    }

    @Test
    void aCorrectionIsAnEventOfItsOwnWithTheVersionReadAndAStaleOneIsAConflict_R2() throws Exception {
        String serial = serial();
        api.post(TestUsers.CLERK, "/api/serials", registration(serial, "2025-03-10"));

        HttpResponse<String> corrected = put(TestUsers.ADMIN, serial, correction(null, 0));
        HttpResponse<String> stale = put(TestUsers.CLERK, serial, correction("2025-03-12", 0));

        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        JsonNode unit = api.get(TestUsers.CLERK, "/api/serials/" + serial).body();
        assertThat(unit.get("activatedOn").isNull()).isTrue();
        assertThat(unit.get("version").asLong()).isEqualTo(1);
        JsonNode warranty = api.get(TestUsers.CLERK, "/api/serials/" + serial + "/warranty?asOf=2025-03-06")
                .body();
        assertThat(warranty.get("startsFrom").asText()).isEqualTo("DELIVERY");
        assertThat(warranty.get("startsOn").asText()).isEqualTo("2025-03-05");
        List<String> types =
                api.get(TestUsers.CLERK, "/api/serials/" + serial + "/history").body().findValues("eventType").stream()
                        .map(JsonNode::asText)
                        .toList();
        assertThat(types).containsExactly("SerialRegisteredEvent", "SerialFactsCorrectedEvent");
    }

    @Test
    void aSecondRegistrationIsRefusedNamingR2AndStoresNothing_R2() {
        String serial = serial();
        api.post(TestUsers.CLERK, "/api/serials", registration(serial, "2025-03-10"));
        long before = eventCount();

        Api.Response again = api.post(TestUsers.CLERK, "/api/serials", registration(serial, "2025-03-11"));

        assertThat(again.status()).isEqualTo(422);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.body().get("type").asText()).isEqualTo("urn:problem:rule-SERIAL_ALREADY_REGISTERED");
        assertThat(again.body().get("ruleId").asText()).isEqualTo("R2");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void badInputIsAnsweredWith400AndStoresNothing_R2() {
        long before = eventCount();

        Api.Response spaced = api.post(TestUsers.CLERK, "/api/serials", registration("SN WITH SPACE", "2025-03-10"));
        Api.Response noSale =
                api.post(TestUsers.CLERK, "/api/serials", "{\"serialNumber\":\"" + serial() + "\",\"model\":\"HX\"}");
        Api.Response unknownCustomer = api.post(
                TestUsers.CLERK,
                "/api/serials",
                "{\"serialNumber\":\"" + serial() + "\",\"model\":\"HX\",\"soldOn\":\"2025-03-01\",\"customerId\":\""
                        + UUID.randomUUID() + "\"}");

        assertThat(List.of(spaced.status(), noSale.status(), unknownCustomer.status()))
                .containsOnly(400);
        assertThat(spaced.contentType()).startsWith("application/problem+json");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void onlyClerksAndAdministratorsRegisterAUnit_R2() throws Exception {
        String serial = serial();
        Api.Response byEngineer = api.post(TestUsers.ENGINEER, "/api/serials", registration(serial, "2025-03-10"));
        api.post(TestUsers.CLERK, "/api/serials", registration(serial, "2025-03-10"));
        HttpResponse<String> correctedBySupervisor = put(TestUsers.SUPERVISOR, serial, correction(null, 0));

        assertThat(byEngineer.status()).isEqualTo(403);
        assertThat(correctedBySupervisor.statusCode()).isEqualTo(403);
        assertThat(api.get(TestUsers.CLERK, "/api/serials/NO-SUCH-" + UUID.randomUUID())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aCompletedRepairExtendsTheWarrantyFromItsCompletionOn_R2() {
        String serial = serial();
        api.post(TestUsers.CLERK, "/api/serials", registration(serial, "2025-03-10"));
        RepairOrderId repair = RepairOrderId.random();
        transaction.executeWithoutResult(status -> eventStore.publish(completion(repair, serial, "2027-02-01")));

        JsonNode unit = api.get(TestUsers.CLERK, "/api/serials/" + serial).body();
        assertThat(unit.get("completedRepairs").get(0).get("repairOrderId").asText())
                .isEqualTo(repair.value());
        assertThat(unit.get("completedRepairs")
                        .get(0)
                        .get("partsReplaced")
                        .get(0)
                        .asText())
                .isEqualTo("P-FUSER-220V");
        JsonNode extended = api.get(TestUsers.CLERK, "/api/serials/" + serial + "/warranty?asOf=2027-04-30")
                .body();
        assertThat(extended.get("endsOn").asText()).isEqualTo("2027-05-01");
        assertThat(extended.get("inWarranty").asBoolean()).isTrue();
        assertThat(extended.get("extensions").get(0).get("extendedUntil").asText())
                .isEqualTo("2027-05-01");
        // before the repair was completed its extension did not exist yet
        JsonNode before = api.get(TestUsers.CLERK, "/api/serials/" + serial + "/warranty?asOf=2027-01-31")
                .body();
        assertThat(before.get("extensions")).isEmpty();
        assertThat(before.get("endsOn").asText()).isEqualTo("2027-03-09");
    }

    @Test
    void theRegistrySeesTheWritesOfTheCurrentTransactionAndNothingOfARolledBackOne_R2() {
        String serial = serial();
        api.post(TestUsers.CLERK, "/api/serials", registration(serial, "2025-03-10"));
        RepairOrderId repair = RepairOrderId.random();

        Optional<RegisteredSerial> inside = transaction.execute(status -> {
            eventStore.publish(completion(repair, serial, "2026-06-01"));
            Optional<RegisteredSerial> seen = registry.find(serial);
            status.setRollbackOnly();
            return seen;
        });

        assertThat(inside).hasValueSatisfying(unit -> {
            assertThat(unit.registryVersion()).isZero();
            assertThat(unit.completedRepairs())
                    .extracting(CompletedRepair::repairOrderId)
                    .containsExactly(repair);
            assertThat(unit.warrantyEndsOn(24)).isEqualTo(LocalDate.parse("2027-03-09"));
        });
        assertThat(registry.find(serial))
                .hasValueSatisfying(unit -> assertThat(unit.completedRepairs()).isEmpty());
        assertThat(registry.find("NEVER-" + serial)).isEmpty();
    }

    @Test
    void aRepairOfAUnitRegisteredLaterIsKeptForIt_R2() {
        String serial = serial();
        RepairOrderId repair = RepairOrderId.random();
        transaction.executeWithoutResult(status -> eventStore.publish(completion(repair, serial, "2026-06-01")));
        assertThat(registry.find(serial)).isEmpty();

        api.post(TestUsers.CLERK, "/api/serials", registration(serial, null));

        assertThat(registry.find(serial)).hasValueSatisfying(unit -> {
            assertThat(unit.warrantyStartsOn()).isEqualTo(LocalDate.parse("2025-03-05"));
            assertThat(unit.completedRepairs()).hasSize(1);
            assertThat(unit.completedRepairs().get(0).engineerId()).isEqualTo(new UserId(TestUsers.ENGINEER_ID));
        });
    }

    private static GenericEventMessage<RepairOrderCompletedEvent> completion(
            RepairOrderId repair, String serial, String completedOn) {
        LocalDate on = LocalDate.parse(completedOn);
        return new GenericEventMessage<>(
                new RepairOrderCompletedEvent(
                        repair,
                        serial,
                        "HX-3200 商用打印机",
                        new UserId(TestUsers.ENGINEER_ID),
                        Instant.parse(completedOn + "T06:00:00Z"),
                        on,
                        FaultType.HARDWARE,
                        "FUSER",
                        List.of("P-FUSER-220V"),
                        on.plusMonths(3),
                        1),
                Map.of("userId", TestUsers.ENGINEER_ID, "role", "ENGINEER"));
    }

    static String serial() {
        return "SN-T-R2-" + UUID.randomUUID().toString().substring(0, 13);
    }

    static String registration(String serial, String activatedOn) {
        return "{\"serialNumber\":\"" + serial + "\",\"model\":\"HX-3200 商用打印机\",\"soldOn\":\"2025-03-01\","
                + "\"activatedOn\":" + (activatedOn == null ? "null" : "\"" + activatedOn + "\"")
                + ",\"deliveredOn\":\"2025-03-05\"}";
    }

    private static String correction(String activatedOn, long expectedVersion) {
        return "{\"model\":\"HX-3200 商用打印机\",\"soldOn\":\"2025-03-01\",\"activatedOn\":"
                + (activatedOn == null ? "null" : "\"" + activatedOn + "\"")
                + ",\"deliveredOn\":\"2025-03-05\",\"reason\":\"客户未激活保修卡\",\"expectedVersion\":" + expectedVersion
                + "}";
    }

    private HttpResponse<String> put(String user, String serial, String body) throws Exception {
        String token = api.signIn(user).body().get("accessToken").asText();
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/serials/" + serial))
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + token)
                                .PUT(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
