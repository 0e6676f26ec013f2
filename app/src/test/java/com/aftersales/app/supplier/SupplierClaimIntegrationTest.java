package com.aftersales.app.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.api.supplier.SupplierClaimId;
import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R3 over HTTP on PostgreSQL: a supplier claim from its opening through purchasing, the supplier's
 * answer and the settlement to closing; one claim per repair and part; steps out of order refused
 * with their rule and nothing stored; bad input 400; the wrong role 403; and the answer followed
 * up as the system once ten working days have passed. Each test opens claims of its own repairs.
 */
class SupplierClaimIntegrationTest extends IntegrationTest {
    private static final String CLAIMS = "/api/supplier-claims";

    @BeforeEach
    void users() {
        SupplierTestUsers.ensure(jdbc);
    }

    @Test
    void aClaimGoesFromOpeningToClosingStepByStepAndItsTimelineNamesWhoTookEachStep_R3_S3() {
        String repair = RepairOrderId.random().value();
        Api.Response opened = api.post(SupplierTestUsers.QUALITY, CLAIMS, opening(repair, "SP-7208-B", "SPINDLE"));
        assertThat(opened.status()).as(opened.raw().body()).isEqualTo(201);
        String id = opened.body().get("claimId").asText();
        assertThat(id)
                .isEqualTo(SupplierClaimId.forRepair(new RepairOrderId(repair), "SP-7208-B")
                        .value());
        assertThat(opened.body().get("opened").asBoolean()).isTrue();
        assertThat(opened.header("Location")).isEqualTo(CLAIMS + "/" + id);

        step(TestUsers.SUPERVISOR, id, "sending", "{\"purchasingReference\": \"CG-2026-0931\", \"note\": \"加急\"}");
        step(SupplierTestUsers.QUALITY, id, "answer", "{\"answer\": \"ACCEPTED\", \"supplierReference\": \"RMA-551\"}");
        step(TestUsers.FINANCE, id, "settlement", """
                {"kind": "CREDIT_NOTE", "amount": 1280.50, "reference": "HZ-0088", "note": "已入账"}""");
        step(TestUsers.FINANCE, id, "closing", "{\"note\": \"结案\"}");

        JsonNode claim = awaitClaim(id, "CLOSED");
        assertThat(claim.get("supplierName").asText()).isEqualTo("苏州精密主轴有限公司");
        assertThat(claim.get("purchasingReference").asText()).isEqualTo("CG-2026-0931");
        assertThat(claim.get("answer").asText()).isEqualTo("ACCEPTED");
        assertThat(claim.get("settlementKind").asText()).isEqualTo("CREDIT_NOTE");
        assertThat(claim.get("settlementAmount").decimalValue()).isEqualByComparingTo("1280.50");
        assertThat(claim.get("evidenceIds").get(0).asText()).isEqualTo("sha256:9f2c");
        List<String> steps = new ArrayList<>();
        claim.get("timeline")
                .forEach(step -> steps.add(step.get("eventType").asText() + " "
                        + step.get("actorUserId").asText() + " "
                        + step.get("actorRole").asText()));
        assertThat(steps)
                .containsExactly(
                        "SupplierClaimOpenedEvent U-T-QUA-D QUALITY",
                        "SupplierClaimSentEvent U-T-SUP SUPERVISOR",
                        "SupplierClaimAnsweredEvent U-T-QUA-D QUALITY",
                        "SupplierClaimSettledEvent U-T-FIN FINANCE",
                        "SupplierClaimClosedEvent U-T-FIN FINANCE");
        assertThat(api.get(SupplierTestUsers.MANAGER, CLAIMS + "?state=CLOSED")
                        .body()
                        .findValuesAsText("claimId"))
                .contains(id);
    }

    @Test
    void openingTheSameRepairAndPartAgainAnswersTheSameClaimAndStoresNothing_R3() {
        String repair = RepairOrderId.random().value();
        Api.Response first = api.post(TestUsers.SUPERVISOR, CLAIMS, opening(repair, "SP-1", "SPINDLE"));
        assertThat(first.status()).isEqualTo(201);
        long before = eventCount();

        Api.Response again = api.post(SupplierTestUsers.QUALITY, CLAIMS, opening(repair, " SP-1 ", "SPINDLE"));
        Api.Response otherPart = api.post(SupplierTestUsers.QUALITY, CLAIMS, opening(repair, "SP-2", "SPINDLE"));
        Api.Response product = api.post(SupplierTestUsers.QUALITY, CLAIMS, opening(repair, null, "SERVO_DRIVE"));

        assertThat(again.status()).as(again.raw().body()).isEqualTo(200);
        assertThat(again.body().get("claimId").asText())
                .isEqualTo(first.body().get("claimId").asText());
        assertThat(again.body().get("opened").asBoolean()).isFalse();
        assertThat(otherPart.status()).isEqualTo(201);
        assertThat(product.status()).isEqualTo(201);
        assertThat(List.of(first, otherPart, product).stream()
                        .map(r -> r.body().get("claimId").asText())
                        .distinct())
                .hasSize(3);
        assertThat(eventCount()).isEqualTo(before + 2);
    }

    @Test
    void stepsOutOfOrderAreRefusedWithTheirRuleAndNothingIsStored_R3() {
        String id = opened(RepairOrderId.random().value());
        long before = eventCount();

        Api.Response settleFirst = api.post(TestUsers.FINANCE, CLAIMS + "/" + id + "/settlement", """
                {"kind": "PAYMENT", "amount": 100, "reference": "FK-1"}""");
        Api.Response answerFirst =
                api.post(TestUsers.SUPERVISOR, CLAIMS + "/" + id + "/answer", "{\"answer\": \"ACCEPTED\"}");
        Api.Response closeFirst = api.post(TestUsers.SUPERVISOR, CLAIMS + "/" + id + "/closing", "{}");
        Api.Response unknownCategory = api.post(
                TestUsers.SUPERVISOR, CLAIMS, opening(RepairOrderId.random().value(), "SP-1", "NO_SUCH_CATEGORY"));

        assertThat(settleFirst.status()).as(settleFirst.raw().body()).isEqualTo(422);
        assertThat(settleFirst.contentType()).startsWith("application/problem+json");
        assertThat(settleFirst.body().get("ruleId").asText()).isEqualTo("R3");
        assertThat(settleFirst.body().get("code").asText()).isEqualTo("CLAIM_SETTLEMENT_BEFORE_ANSWER");
        assertThat(answerFirst.body().get("code").asText()).isEqualTo("CLAIM_NOT_SENT");
        assertThat(closeFirst.body().get("code").asText()).isEqualTo("CLAIM_CLOSE_BEFORE_OUTCOME");
        assertThat(unknownCategory.status()).isEqualTo(422);
        assertThat(unknownCategory.body().get("code").asText()).isEqualTo("CLAIM_FAULT_CATEGORY_UNKNOWN");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void badInputIsAnsweredBadRequestAndNothingIsStored_R3() {
        String id = opened(RepairOrderId.random().value());
        long before = eventCount();

        Api.Response noRepair = api.post(TestUsers.SUPERVISOR, CLAIMS, opening("not-a-uuid", "SP-1", "SPINDLE"));
        Api.Response noSupplier = api.post(TestUsers.SUPERVISOR, CLAIMS, """
                {"repairOrderId": "%s", "serialNumber": "SN-1", "faultCategory": "SPINDLE", "description": "d"}""".formatted(UUID.randomUUID()));
        Api.Response badAnswer =
                api.post(TestUsers.SUPERVISOR, CLAIMS + "/" + id + "/answer", "{\"answer\": \"MAYBE\"}");
        Api.Response threeDecimals = api.post(TestUsers.FINANCE, CLAIMS + "/" + id + "/settlement", """
                {"kind": "PAYMENT", "amount": 1.005, "reference": "FK-1"}""");

        assertThat(List.of(noRepair.status(), noSupplier.status(), badAnswer.status(), threeDecimals.status()))
                .containsOnly(400);
        assertThat(noRepair.contentType()).startsWith("application/problem+json");
        assertThat(api.get(TestUsers.SUPERVISOR, CLAIMS + "/not-a-claim").status())
                .isEqualTo(404);
        assertThat(api.get(TestUsers.SUPERVISOR, CLAIMS + "/" + UUID.randomUUID())
                        .status())
                .isEqualTo(404);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void eachStepIsTakenByItsRolesAndTheClaimsAreReadByTheirs_R3() {
        String id = opened(RepairOrderId.random().value());
        long before = eventCount();

        assertThat(api.post(
                                TestUsers.CLERK,
                                CLAIMS,
                                opening(RepairOrderId.random().value(), "P", "SPINDLE"))
                        .status())
                .isEqualTo(403);
        assertThat(api.post(TestUsers.FINANCE, CLAIMS + "/" + id + "/sending", "{\"purchasingReference\": \"CG\"}")
                        .status())
                .isEqualTo(403);
        assertThat(api.post(TestUsers.SUPERVISOR, CLAIMS + "/" + id + "/settlement", """
                        {"kind": "PAYMENT", "amount": 1, "reference": "FK"}""")
                        .status())
                .isEqualTo(403);
        assertThat(api.post(SupplierTestUsers.MANAGER, CLAIMS + "/" + id + "/closing", "{}")
                        .status())
                .isEqualTo(403);
        assertThat(api.get(TestUsers.ENGINEER, CLAIMS).status()).isEqualTo(403);
        assertThat(api.get(TestUsers.CLERK, CLAIMS + "/" + id).status()).isEqualTo(403);
        assertThat(eventCount()).isEqualTo(before);
        for (String reader : List.of(
                TestUsers.SUPERVISOR, SupplierTestUsers.QUALITY, TestUsers.FINANCE, SupplierTestUsers.MANAGER)) {
            assertThat(api.get(reader, CLAIMS + "/" + id).status()).as(reader).isEqualTo(200);
        }
    }

    @Test
    void noAnswerTenWorkingDaysAfterSendingIsRecordedAsOverdueByTheSystem_R3() {
        String id = opened(RepairOrderId.random().value());
        step(TestUsers.SUPERVISOR, id, "sending", "{\"purchasingReference\": \"CG-LATE\"}");
        JsonNode sent = awaitClaim(id, "SENT_TO_PURCHASING");
        assertThat(sent.get("answerOverdue").asBoolean()).isFalse();

        // Ten working days are at most 24 calendar days, whatever holidays lie between.
        clock.advance(Duration.ofDays(25));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> claim(id).get("answerOverdue").asBoolean());
        JsonNode overdue = claim(id);
        JsonNode last = overdue.get("timeline").get(overdue.get("timeline").size() - 1);
        assertThat(last.get("eventType").asText()).isEqualTo("SupplierClaimAnswerOverdueEvent");
        assertThat(last.get("actorUserId").asText()).isEqualTo("system");
        assertThat(last.get("actorRole").asText()).isEqualTo("SYSTEM");
        assertThat(StreamSupport.stream(
                                api.get(TestUsers.SUPERVISOR, CLAIMS).body().spliterator(), false)
                        .filter(row -> row.get("claimId").asText().equals(id))
                        .findFirst()
                        .orElseThrow()
                        .get("answerOverdue")
                        .asBoolean())
                .isTrue();

        step(SupplierTestUsers.QUALITY, id, "answer", "{\"answer\": \"REJECTED\", \"reason\": \"安装不当\"}");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !claim(id).get("answerOverdue").asBoolean());
    }

    private String opened(String repair) {
        Api.Response opened = api.post(TestUsers.SUPERVISOR, CLAIMS, opening(repair, "SP-7208-B", "SPINDLE"));
        assertThat(opened.status()).as(opened.raw().body()).isEqualTo(201);
        String id = opened.body().get("claimId").asText();
        awaitClaim(id, "OPEN");
        return id;
    }

    private void step(String user, String id, String action, String body) {
        Api.Response response = api.post(user, CLAIMS + "/" + id + "/" + action, body);
        assertThat(response.status()).as(action + ": " + response.raw().body()).isEqualTo(200);
    }

    private JsonNode awaitClaim(String id, String state) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            JsonNode claim = claim(id);
            return claim != null && state.equals(claim.get("state").asText());
        });
        return claim(id);
    }

    private JsonNode claim(String id) {
        Api.Response response = api.get(TestUsers.SUPERVISOR, CLAIMS + "/" + id);
        return response.status() == 200 ? response.body() : null;
    }

    static String opening(String repair, String part, String category) {
        return """
                {"repairOrderId": "%s", "serialNumber": "SN-CNC850-2403-0012", "supplierName": "苏州精密主轴有限公司",
                 "partNumber": %s, "faultCategory": "%s", "description": "主轴轴承异响，拆检见滚珠点蚀",
                 "evidenceIds": ["sha256:9f2c", "sha256:1a7e"]}""".formatted(repair, part == null ? "null" : "\"" + part + "\"", category);
    }
}
