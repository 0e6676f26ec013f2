package com.aftersales.app.repair;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.common.UserId;
import com.aftersales.api.repair.FaultType;
import com.aftersales.api.repair.RepairOrderCompletedEvent;
import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.app.customer.CustomerContacts;
import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.aftersales.command.serial.CompletedRepair;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Repair orders over HTTP on PostgreSQL: the whole workshop flow, refusals that store nothing, roles. */
class RepairOrderIntegrationTest extends IntegrationTest {
    private static final String QUALITY = "t-quality";
    private static final String QUALITY_ID = "U-T-QA";
    private static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};

    @Autowired
    EventStore eventStore;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    CustomerContacts customers;

    private String customerId;

    @BeforeEach
    void people() {
        TestUsers.create(jdbc, QUALITY_ID, QUALITY, "QUALITY");
        customerId = customers.register("维修测试客户", "13800000000", null).value();
    }

    /**
     * A unit in the serial registry (R2), through its API, with these earlier repairs completed: each
     * is an earlier order's completion event in the store, which the registry's lookup table takes
     * in the same transaction.
     */
    private String serial(CompletedRepair... repairs) {
        String serial = "SN-IT-" + UUID.randomUUID();
        Api.Response registered = api.post(TestUsers.CLERK, "/api/serials", """
                {"serialNumber": "%s", "model": "HX-3200", "soldOn": "2025-06-01", "activatedOn": "2025-06-05"}""".formatted(serial));
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        for (CompletedRepair repair : repairs) {
            transaction.executeWithoutResult(status -> eventStore.publish(new GenericDomainEventMessage<>(
                    "RepairOrder",
                    repair.repairOrderId().value(),
                    0,
                    new RepairOrderCompletedEvent(
                            repair.repairOrderId(),
                            serial,
                            "HX-3200",
                            repair.engineerId(),
                            repair.completedOn()
                                    .atStartOfDay(java.time.ZoneId.of("Asia/Shanghai"))
                                    .toInstant(),
                            repair.completedOn(),
                            repair.faultType(),
                            repair.faultCategory(),
                            repair.partsReplaced(),
                            repair.warrantyExtendedUntil(),
                            1),
                    java.util.Map.of("userId", "system", "role", "SYSTEM"))));
        }
        return serial;
    }

    private String openBody(String serial, String attachments) {
        return """
                {"customerId": "%s", "serialNumber": "%s", "urgency": "NORMAL",
                 "inspection": {"appearance": "外壳轻微划痕", "configuration": "16GB/512GB", "accessoriesReceived": ["电源适配器"]},
                 "attachments": %s, "engineerId": "%s"}""".formatted(customerId, serial, attachments, TestUsers.ENGINEER_ID);
    }

    private String open(String serial) {
        Api.Response opened = api.post(TestUsers.CLERK, "/api/repair-orders", openBody(serial, "[]"));
        assertThat(opened.status()).as(opened.raw().body()).isEqualTo(201);
        return opened.body().get("repairOrderId").asText();
    }

    private Api.Response post(String user, String id, String step, String json) {
        return api.post(user, "/api/repair-orders/" + id + "/" + step, json);
    }

    private void ok(Api.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
    }

    private JsonNode awaitState(String id, String state) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Api.Response read = api.get(TestUsers.CLERK, "/api/repair-orders/" + id);
            if (read.status() == 200 && state.equals(read.body().get("state").asText())) {
                return read.body();
            }
            Thread.sleep(50);
        }
        throw new AssertionError(id + " never reached " + state);
    }

    private String upload(byte[] content, String mediaType) throws Exception {
        String token = api.signIn(TestUsers.CLERK).body().get("accessToken").asText();
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + port + "/api/repair-orders/attachments"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", mediaType)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(content))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() + " " + answer.body();
    }

    @Test
    void aUnitGoesFromIntakeThroughAStationQcFailureAndReworkBackToTheCustomer_R1_R3_R7_R8() throws Exception {
        String uploaded = upload(PNG, "image/png");
        assertThat(uploaded).startsWith("201 ");
        String hash = RepairAttachmentStore.sha256(PNG);
        assertThat(uploaded).contains(hash);

        Api.Response opened = api.post(TestUsers.CLERK, "/api/repair-orders", openBody(serial(), "[\"" + hash + "\"]"));
        assertThat(opened.status()).as(opened.raw().body()).isEqualTo(201);
        String id = opened.body().get("repairOrderId").asText();
        JsonNode view = awaitState(id, "AWAITING_DIAGNOSIS");
        assertThat(view.get("attachments").get(0).get("sha256").asText()).isEqualTo(hash);
        assertThat(view.get("attachments").get(0).get("size").asLong()).isEqualTo(PNG.length);

        ok(post(TestUsers.ENGINEER, id, "diagnosis", """
                {"faultType": "HARDWARE", "faultCategory": "MAINBOARD", "description": "主板供电芯片损坏",
                 "partsToReplace": ["MB-3200"], "expectedVersion": %d}""".formatted(
                        view.get("version").asLong())));
        view = awaitState(id, "AWAITING_REPAIR");
        assertThat(view.get("payer").asText()).isEqualTo("COMPANY");
        assertThat(view.get("responsibility").asText()).isEqualTo("IN_WARRANTY_COMPANY");
        ok(post(TestUsers.CLERK, id, "customer-notice", """
                {"channel": "电话", "plan": "送原厂维修站更换主板", "estimatedCost": 0, "readyBy": "2026-12-20"}"""));
        ok(post(TestUsers.CLERK, id, "outsourcing", """
                {"stationName": "苏州原厂维修站", "stationContact": "0512-66880000", "pickUpVoucherNumber": "QJ-0001",
                 "reason": "主板需原厂 BGA 设备"}"""));
        awaitState(id, "OUTSOURCED");
        ok(post(TestUsers.CLERK, id, "outsourcing/return", """
                {"repaired": true, "stationReport": "已更换主板"}"""));
        ok(post(TestUsers.ENGINEER, id, "work", """
                {"partsReplaced": ["MB-3200"], "workDone": "装回主板并测试"}"""));
        ok(post(TestUsers.ENGINEER, id, "self-check", """
                {"checks": "通电 2 小时正常"}"""));
        ok(post(QUALITY, id, "qc", """
                {"passed": false, "findings": "外壳螺丝缺失"}"""));
        ok(post(TestUsers.ENGINEER, id, "work", """
                {"partsReplaced": ["MB-3200"], "workDone": "补装螺丝"}"""));
        ok(post(TestUsers.ENGINEER, id, "self-check", """
                {"checks": "外观完整"}"""));
        ok(post(QUALITY, id, "qc", """
                {"passed": true, "findings": "合格"}"""));
        view = awaitState(id, RepairSamplingState.of(id));
        if (view.get("state").asText().equals("AWAITING_SAMPLING")) {
            ok(post(QUALITY, id, "sampling", """
                    {"passed": true, "findings": "抽检合格"}"""));
        }
        ok(post(TestUsers.SUPERVISOR, id, "report-approval", "{}"));
        ok(post(TestUsers.CLERK, id, "return-shipment", """
                {"carrier": "顺丰", "trackingNumber": "SF1402388715"}"""));
        view = awaitState(id, "COMPLETED");
        assertThat(view.get("qcFailures").asInt()).isEqualTo(1);
        assertThat(view.get("workRound").asInt()).isEqualTo(2);
        assertThat(view.get("warrantyExtendedUntil").asText())
                .isEqualTo(LocalDate.parse(view.get("completedOn").asText())
                        .plusMonths(3)
                        .toString());

        Api.Response history = api.get(TestUsers.SUPERVISOR, "/api/repair-orders/" + id + "/history");
        assertThat(history.status()).isEqualTo(200);
        List<String> types = new ArrayList<>();
        history.body().forEach(entry -> types.add(entry.get("eventType").asText()));
        assertThat(types).contains("RepairQcFailedEvent", "RepairOrderCompletedEvent", "OutsourcedRepairSentEvent");
    }

    /** The test's order is sampled or not by its id's hash (R14); either way the flow goes on. */
    private static final class RepairSamplingState {
        static String of(String id) {
            return com.aftersales.command.repair.Sampling.bucket(new RepairOrderId(id)) < 10
                    ? "AWAITING_SAMPLING"
                    : "AWAITING_REPORT_APPROVAL";
        }
    }

    @Test
    void refusalsStoreNothing_R1_R2_R8() throws Exception {
        // registered first: the registrations are events of their own
        String unit = serial();
        String otherUnit = serial();
        long before = eventCount();
        Api.Response unknownSerial = api.post(TestUsers.CLERK, "/api/repair-orders", openBody("SN-NOT-THERE", "[]"));
        assertThat(unknownSerial.status()).isEqualTo(422);
        assertThat(unknownSerial.contentType()).contains("problem+json");
        assertThat(unknownSerial.body().get("type").asText()).isEqualTo("urn:problem:rule-SERIAL_NOT_REGISTERED");

        Api.Response unknownPhoto =
                api.post(TestUsers.CLERK, "/api/repair-orders", openBody(unit, "[\"" + "0".repeat(64) + "\"]"));
        assertThat(unknownPhoto.status()).isEqualTo(422);
        assertThat(unknownPhoto.body().get("type").asText()).isEqualTo("urn:problem:rule-UNKNOWN_ATTACHMENT");

        Api.Response badInput = api.post(TestUsers.CLERK, "/api/repair-orders", """
                {"customerId": "%s", "serialNumber": "SN-1", "urgency": "SOMETIMES"}""".formatted(customerId));
        assertThat(badInput.status()).isEqualTo(400);

        Api.Response notAnEngineer = api.post(
                TestUsers.CLERK,
                "/api/repair-orders",
                openBody(otherUnit, "[]").replace(TestUsers.ENGINEER_ID, TestUsers.CLERK_ID));
        assertThat(notAnEngineer.status()).isEqualTo(422);
        assertThat(notAnEngineer.body().get("type").asText()).isEqualTo("urn:problem:rule-NOT_AN_ENGINEER");

        assertThat(upload("GIF89a".getBytes(), "image/gif")).startsWith("422 ").contains("ATTACHMENT_TYPE_NOT_ALLOWED");
        byte[] tooLarge = new byte[5 * 1024 * 1024 + 1];
        tooLarge[0] = (byte) 0xFF;
        tooLarge[1] = (byte) 0xD8;
        tooLarge[2] = (byte) 0xFF;
        assertThat(upload(tooLarge, "image/jpeg")).startsWith("422 ").contains("ATTACHMENT_TOO_LARGE");
        assertThat(upload(new byte[] {1, 2, 3}, "image/png")).startsWith("400 ");
        assertThat(eventCount()).isEqualTo(before);

        String id = open(serial());
        awaitState(id, "AWAITING_DIAGNOSIS");
        long afterOpening = eventCount();
        Api.Response byAnother = post(TestUsers.ENGINEER_2, id, "diagnosis", """
                {"faultType": "HARDWARE", "faultCategory": "MAINBOARD", "description": "?"}""");
        assertThat(byAnother.status()).isEqualTo(422);
        assertThat(byAnother.body().get("type").asText()).isEqualTo("urn:problem:rule-NOT_THE_ASSIGNED_ENGINEER");
        Api.Response retired = post(TestUsers.ENGINEER, id, "diagnosis", """
                {"faultType": "HARDWARE", "faultCategory": "RETIRED_BOARD", "description": "?"}""");
        assertThat(retired.body().get("type").asText()).isEqualTo("urn:problem:rule-FAULT_CATEGORY_NOT_ACTIVE");
        Api.Response stale = post(TestUsers.ENGINEER, id, "diagnosis", """
                {"faultType": "HARDWARE", "faultCategory": "MAINBOARD", "description": "?", "expectedVersion": 7}""");
        assertThat(stale.status()).isEqualTo(409);
        Api.Response noReport = post(TestUsers.CLERK, id, "return-shipment", """
                {"carrier": "顺丰", "trackingNumber": "SF1"}""");
        assertThat(noReport.body().get("type").asText()).isEqualTo("urn:problem:rule-REPORT_NOT_APPROVED");
        assertThat(eventCount()).isEqualTo(afterOpening);
    }

    @Test
    void rolesThatMayNotAreAnswered403() {
        String id = open(serial());
        assertThat(post(TestUsers.CLERK, id, "diagnosis", """
                {"faultType": "HARDWARE", "faultCategory": "MAINBOARD", "description": "?"}""").status()).isEqualTo(403);
        assertThat(post(TestUsers.ENGINEER, id, "qc", """
                {"passed": true, "findings": "?"}""").status()).isEqualTo(403);
        assertThat(post(TestUsers.ENGINEER, id, "report-approval", "{}").status())
                .isEqualTo(403);
        assertThat(api.post(TestUsers.FINANCE, "/api/repair-orders", openBody(serial(), "[]"))
                        .status())
                .isEqualTo(403);
    }

    /**
     * R12 without a race: orders B and C of one serial, whose repair A was completed 30 days ago,
     * are diagnosed at the same moment, and B's diagnosis is sent twice at once. Each later order
     * records exactly one repeat linking A: never none (the registry is read in the diagnosing
     * transaction), never two (the order takes one diagnosis; the second is refused).
     */
    @Test
    void concurrentDiagnosesOfOneSerialEachLinkTheEarlierRepairOnce_R12() throws Exception {
        RepairOrderId earlier = RepairOrderId.random();
        LocalDate completedOn =
                LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(30);
        String serial = serial(new CompletedRepair(
                earlier,
                new UserId(TestUsers.ENGINEER_2_ID),
                completedOn,
                FaultType.HARDWARE,
                "MAINBOARD",
                List.of("MB-3200"),
                completedOn.plusMonths(3)));
        String b = open(serial);
        String c = open(serial);
        awaitState(b, "AWAITING_DIAGNOSIS");
        awaitState(c, "AWAITING_DIAGNOSIS");
        String diagnosis = """
                {"faultType": "HARDWARE", "faultCategory": "MAINBOARD", "description": "主板再次损坏",
                 "partsToReplace": ["MB-3200"]}""";
        List<String> targets = List.of(b, b, c);
        CyclicBarrier start = new CyclicBarrier(targets.size());
        ExecutorService pool = Executors.newFixedThreadPool(targets.size());
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String target : targets) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return post(TestUsers.ENGINEER, target, "diagnosis", diagnosis)
                            .status();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(Duration.ofSeconds(30).toSeconds(), java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(2);
        } finally {
            pool.shutdownNow();
        }
        for (String later : List.of(b, c)) {
            List<String> linked = jdbc.queryForList(
                    "select convert_from(payload, 'UTF8')::jsonb ->> 'earlierRepairOrderId' from domain_event_entry"
                            + " where aggregate_identifier = ? and payload_type like '%RepeatRepairDetectedEvent'",
                    String.class, later);
            assertThat(linked).as("repeats recorded for %s", later).containsExactly(earlier.value());
            assertThat(jdbc.queryForObject(
                            "select count(*) from domain_event_entry where aggregate_identifier = ?"
                                    + " and payload_type like '%RepairDiagnosedEvent'",
                            Integer.class, later))
                    .isEqualTo(1);
        }
    }
}
