package com.aftersales.app.parts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R11, R15 over HTTP on the embedded PostgreSQL: a part received into stock, a requisition for a
 * repair order requested, approved by someone else, issued, partly returned and written off at its
 * cost; the ledger shows every movement with who and when. Refusals store nothing.
 */
class PartsIntegrationTest extends IntegrationTest {
    private PartsSteps steps;

    @BeforeEach
    void steps() {
        steps = new PartsSteps(api);
    }

    @Test
    void aRequisitionGoesFromRequestToWriteOffAndTheLedgerShowsEveryMovement_R11_R15() {
        String part = PartsSteps.part();
        String order = RepairOrderId.random().value();
        assertThat(steps.receive(TestUsers.SUPERVISOR, part, 10, "180.50").status())
                .isEqualTo(200);
        String requisition = steps.request(order, part, 3);

        assertThat(steps.step(TestUsers.SUPERVISOR, requisition, "approval").status())
                .isEqualTo(200);
        assertThat(steps.step(TestUsers.SUPERVISOR, requisition, "issue").status())
                .isEqualTo(200);
        Api.Response returned = api.post(
                TestUsers.ENGINEER,
                "/api/parts-requisitions/" + requisition + "/returns",
                "{\"lines\":[{\"partNumber\":\"" + part + "\",\"quantity\":1}]}");
        assertThat(returned.status()).as(returned.raw().body()).isEqualTo(200);
        assertThat(steps.step(TestUsers.FINANCE, requisition, "write-off").status())
                .isEqualTo(200);

        JsonNode slip = steps.awaitRequisition(requisition, "WRITTEN_OFF");
        assertThat(slip.get("repairOrderId").asText()).isEqualTo(order);
        assertThat(slip.get("requestedBy").asText()).isEqualTo(TestUsers.ENGINEER_ID);
        assertThat(slip.get("approvedBy").asText()).isEqualTo(TestUsers.SUPERVISOR_ID);
        assertThat(slip.get("totalCost").decimalValue()).isEqualByComparingTo("361.00");
        JsonNode line = slip.get("lines").get(0);
        assertThat(List.of(line.get("issued").asInt(), line.get("returned").asInt()))
                .containsExactly(3, 1);
        assertThat(line.get("unitCost").decimalValue()).isEqualByComparingTo("180.50");

        JsonNode level = steps.awaitStock(part, 8);
        assertThat(level.get("value").decimalValue()).isEqualByComparingTo(new BigDecimal("1444.00"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get(TestUsers.ENGINEER, "/api/parts/" + part + "/ledger")
                                .body()
                                .size()
                        == 3);
        JsonNode ledger =
                api.get(TestUsers.ENGINEER, "/api/parts/" + part + "/ledger").body();
        assertThat(ledger.findValues("kind").stream().map(JsonNode::asText))
                .containsExactly("RECEIVED", "ISSUED", "RETURNED");
        assertThat(ledger.get(1).get("quantityChange").asInt()).isEqualTo(-3);
        assertThat(ledger.get(1).get("requisitionId").asText()).isEqualTo(requisition);
        assertThat(ledger.get(1).get("actorUserId").asText()).isEqualTo(TestUsers.SUPERVISOR_ID);
        assertThat(ledger.get(2).get("actorRole").asText()).isEqualTo("ENGINEER");

        JsonNode ofTheOrder = api.get(TestUsers.SUPERVISOR, "/api/parts-requisitions?repairOrderId=" + order)
                .body();
        assertThat(ofTheOrder.findValues("requisitionId").stream().map(JsonNode::asText))
                .containsExactly(requisition);
    }

    @Test
    void stocktakingRecordsTheDifferenceWhoCountedAndAdjustsTheLedger_R15() {
        String part = PartsSteps.part();
        steps.receive(TestUsers.ADMIN, part, 10, "12.34");

        Api.Response counted = api.post(
                TestUsers.SUPERVISOR, "/api/parts/" + part + "/counts", "{\"countedQuantity\":9,\"note\":\"月末盘点\"}");

        assertThat(counted.status()).as(counted.raw().body()).isEqualTo(200);
        JsonNode level = steps.awaitStock(part, 9);
        assertThat(level.get("value").decimalValue()).isEqualByComparingTo("111.06");
        JsonNode count = api.get(TestUsers.SUPERVISOR, "/api/parts/" + part + "/ledger")
                .body()
                .get(1);
        assertThat(count.get("kind").asText()).isEqualTo("COUNTED");
        assertThat(count.get("quantityChange").asInt()).isEqualTo(-1);
        assertThat(count.get("valueChange").decimalValue()).isEqualByComparingTo("-12.34");
        assertThat(count.get("actorUserId").asText()).isEqualTo(TestUsers.SUPERVISOR_ID);
        assertThat(count.get("reference").asText()).isEqualTo("月末盘点");
    }

    @Test
    void outOfOrderStepsAndShortStockAreRefusedWithTheirRuleAndStoreNothing_R11_R15() {
        String part = PartsSteps.part();
        steps.receive(TestUsers.SUPERVISOR, part, 1, "10.00");
        String requisition = steps.request(RepairOrderId.random().value(), part, 2);
        long before = eventCount();

        Api.Response early = steps.step(TestUsers.SUPERVISOR, requisition, "issue");
        Api.Response writeOff = steps.step(TestUsers.SUPERVISOR, requisition, "write-off");
        Api.Response tooMany = api.post(
                TestUsers.SUPERVISOR, "/api/parts/" + part + "/write-offs", "{\"quantity\":2,\"reason\":\"损坏\"}");

        assertThat(early.status()).isEqualTo(422);
        assertThat(early.body().get("code").asText()).isEqualTo("REQUISITION_NOT_APPROVED");
        assertThat(early.body().get("ruleId").asText()).isEqualTo("R11");
        assertThat(writeOff.body().get("code").asText()).isEqualTo("REQUISITION_NOT_ISSUED");
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.body().get("code").asText()).isEqualTo("STOCK_WOULD_GO_NEGATIVE");
        assertThat(eventCount()).isEqualTo(before);

        assertThat(steps.step(TestUsers.SUPERVISOR, requisition, "approval").status())
                .isEqualTo(200);
        long approved = eventCount();
        Api.Response short1 = steps.step(TestUsers.SUPERVISOR, requisition, "issue");
        assertThat(short1.status()).isEqualTo(422);
        assertThat(short1.body().get("code").asText()).isEqualTo("STOCK_WOULD_GO_NEGATIVE");
        assertThat(eventCount()).isEqualTo(approved);
    }

    @Test
    void theRequesterCannotApproveTheirOwnRequisition_S2_R11() {
        TestUsers.create(jdbc, "U-T-ENGSUP", "t-engsup", "ENGINEER", "SUPERVISOR");
        String part = PartsSteps.part();
        steps.receive(TestUsers.SUPERVISOR, part, 1, "10.00");
        Api.Response requested = api.actingAs("ENGINEER")
                .post(
                        "t-engsup",
                        "/api/parts-requisitions",
                        "{\"repairOrderId\":\"" + RepairOrderId.random() + "\",\"lines\":[{\"partNumber\":\"" + part
                                + "\",\"quantity\":1,\"reason\":\"坏\"}]}");
        String requisition = requested.body().get("requisitionId").asText();
        long before = eventCount();

        Api.Response own = api.actingAs("SUPERVISOR")
                .post("t-engsup", "/api/parts-requisitions/" + requisition + "/approval", "{}");

        assertThat(own.status()).isEqualTo(422);
        assertThat(own.body().get("code").asText()).isEqualTo("REQUISITION_APPROVED_BY_REQUESTER");
        assertThat(own.body().get("ruleId").asText()).isEqualTo("S2");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void badInputIsAnsweredWith400AndStoresNothing_R11_R15() {
        String part = PartsSteps.part();
        long before = eventCount();

        Api.Response fractionOfAFen = steps.receive(TestUsers.SUPERVISOR, part, 1, "10.005");
        Api.Response noUnits = steps.receive(TestUsers.SUPERVISOR, part, 0, "10.00");
        Api.Response notAnOrder = api.post(
                TestUsers.ENGINEER,
                "/api/parts-requisitions",
                "{\"repairOrderId\":\"RO-1\",\"lines\":[{\"partNumber\":\"" + part
                        + "\",\"quantity\":1,\"reason\":\"坏\"}]}");
        Api.Response noLines = api.post(
                TestUsers.ENGINEER,
                "/api/parts-requisitions",
                "{\"repairOrderId\":\"" + RepairOrderId.random() + "\",\"lines\":[]}");
        Api.Response lineWithoutReason = api.post(
                TestUsers.ENGINEER,
                "/api/parts-requisitions",
                "{\"repairOrderId\":\"" + RepairOrderId.random() + "\",\"lines\":[{\"partNumber\":\"" + part
                        + "\",\"quantity\":1}]}");

        assertThat(List.of(
                        fractionOfAFen.status(),
                        noUnits.status(),
                        notAnOrder.status(),
                        noLines.status(),
                        lineWithoutReason.status()))
                .containsOnly(400);
        assertThat(fractionOfAFen.contentType()).startsWith("application/problem+json");
        assertThat(eventCount()).isEqualTo(before);
        assertThat(api.get(TestUsers.SUPERVISOR, "/api/parts/" + part).status()).isEqualTo(404);
    }

    @Test
    void rolesDecideWhoReceivesRequestsApprovesAndReads_R11_R15() {
        String part = PartsSteps.part();
        long before = eventCount();

        assertThat(steps.receive(TestUsers.ENGINEER, part, 1, "10.00").status()).isEqualTo(403);
        assertThat(api.get(TestUsers.CLERK, "/api/parts").status()).isEqualTo(403);
        assertThat(api.post(
                                TestUsers.SUPERVISOR,
                                "/api/parts-requisitions",
                                "{\"repairOrderId\":\"" + RepairOrderId.random() + "\",\"lines\":[{\"partNumber\":\""
                                        + part + "\",\"quantity\":1,\"reason\":\"坏\"}]}")
                        .status())
                .isEqualTo(403);
        assertThat(eventCount()).isEqualTo(before);

        steps.receive(TestUsers.SUPERVISOR, part, 1, "10.00");
        String requisition = steps.request(RepairOrderId.random().value(), part, 1);
        assertThat(steps.step(TestUsers.FINANCE, requisition, "approval").status())
                .isEqualTo(403);
        assertThat(steps.step(TestUsers.ENGINEER, requisition, "issue").status())
                .isEqualTo(403);
        assertThat(api.get(TestUsers.FINANCE, "/api/parts").status()).isEqualTo(200);
    }
}
