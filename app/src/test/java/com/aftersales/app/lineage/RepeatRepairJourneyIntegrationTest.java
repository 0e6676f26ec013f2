package com.aftersales.app.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.aftersales.app.support.TicketSteps;
import com.aftersales.app.support.Tickets;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One unit's whole story over HTTP on PostgreSQL, as a quality manager replays it (R1–R14, P1–P3,
 * S2, S4, T6, T9): a REPAIR ticket opens a repair order; the unit is diagnosed, sent to an outside
 * station, fails QC, is reworked, passes, and goes back to the customer, and the completion flows
 * back so the ticket closes. Twenty days later the same fault comes back: the repeat is detected
 * at the diagnosis, the system opens the review, QUALITY finds an ENGINEER cause and proposes a
 * fine, the MANAGER fines the engineer of the earlier repair, who appeals, and the MANAGER revokes
 * it. The lineage then lists every step in recorded order with its actor and role.
 */
class RepeatRepairJourneyIntegrationTest extends IntegrationTest {

    @Test
    void aUnitRepairedTwiceWithinTheWindowIsTracedFromTicketToRevokedPenalty_R12_R13_P1_P2_P3_S4() {
        TicketSteps steps = new TicketSteps(api);
        String serial = TicketSteps.serial();
        created(api.post(TestUsers.CLERK, "/api/serials", """
                {"serialNumber": "%s", "model": "CNC-850", "soldOn": "2025-03-01", "activatedOn": "2025-03-05"}""".formatted(serial)));

        // T6: the ticket takes the unit into the workshop and opens its repair order (R1)
        Api.Response ticketCreated =
                created(api.post(TestUsers.CLERK, "/api/tickets", Tickets.registration("NORMAL", serial)));
        String ticket = ticketCreated.body().get("ticketId").asText();
        steps.accepted(TestUsers.CLERK, ticket, "route", """
                {"department": "TECHNICAL_SERVICE", "expectedVersion": 0}""");
        steps.accepted(TestUsers.CLERK, ticket, "assignment", """
                {"engineerId": "%s", "mode": "REPAIR", "expectedVersion": 1}""".formatted(TestUsers.ENGINEER_ID));
        steps.accepted(TestUsers.CLERK, ticket, "unit-receipt", """
                {"receivedAt": "%s", "expectedVersion": 2}""".formatted(now()));
        String customer = steps.awaitTicket(ticket, 3).get("customerId").asText();
        String first = open(ticket, customer, serial, TestUsers.ENGINEER_ID);
        JsonNode order = awaitState(first, "AWAITING_DIAGNOSIS");

        // R3 in warranty, company pays; R7 an outside station; R8 QC fails once, rework, passes
        ok(post(TestUsers.ENGINEER, first, "diagnosis", """
                {"faultType": "HARDWARE", "faultCategory": "SPINDLE", "description": "主轴轴承磨损",
                 "partsToReplace": ["P-SPINDLE-BRG-6205"], "expectedVersion": %d}""".formatted(
                        order.get("version").asLong())));
        order = awaitState(first, "AWAITING_REPAIR");
        assertThat(order.get("responsibility").asText()).isEqualTo("IN_WARRANTY_COMPANY");
        ok(post(TestUsers.CLERK, first, "customer-notice", """
                {"channel": "电话", "plan": "送原厂维修站更换主轴轴承", "estimatedCost": 0, "readyBy": "2031-12-20"}"""));
        ok(post(TestUsers.CLERK, first, "outsourcing", """
                {"stationName": "苏州原厂维修站", "stationContact": "0512-66880000", "pickUpVoucherNumber": "QJ-7001",
                 "reason": "主轴需原厂动平衡设备"}"""));
        awaitState(first, "OUTSOURCED");
        ok(post(TestUsers.CLERK, first, "outsourcing/return", """
                {"repaired": true, "stationReport": "已更换主轴轴承"}"""));
        ok(post(TestUsers.ENGINEER, first, "work", """
                {"partsReplaced": ["P-SPINDLE-BRG-6205"], "workDone": "装回主轴并试机"}"""));
        ok(post(TestUsers.ENGINEER, first, "self-check", """
                {"checks": "空转 2 小时无异响"}"""));
        ok(post(TestUsers.QUALITY, first, "qc", """
                {"passed": false, "findings": "防护罩螺丝缺失"}"""));
        ok(post(TestUsers.ENGINEER, first, "work", """
                {"partsReplaced": ["P-SPINDLE-BRG-6205"], "workDone": "补装螺丝"}"""));
        ok(post(TestUsers.ENGINEER, first, "self-check", """
                {"checks": "外观完整"}"""));
        ok(post(TestUsers.QUALITY, first, "qc", """
                {"passed": true, "findings": "合格"}"""));
        passSamplingIfDrawn(first);
        ok(post(TestUsers.SUPERVISOR, first, "report-approval", "{}"));
        ok(post(TestUsers.CLERK, first, "return-shipment", """
                {"carrier": "顺丰", "trackingNumber": "SF1402388715"}"""));
        awaitState(first, "COMPLETED");

        // T9: the completion flows back to the ticket, which now closes
        JsonNode closable = awaitHistory(ticket, "RepairOutcomeRecordedEvent");
        steps.accepted(TestUsers.ENGINEER, ticket, "service-report", """
                {"faultCause": "主轴轴承磨损", "solution": "原厂更换轴承", "satisfaction": 5, "customerSigned": true,
                 "expectedVersion": %d}""".formatted(closable.size() - 1));
        steps.accepted(TestUsers.CLERK, ticket, "confirmation", """
                {"confirmationChannel": "电话", "expectedVersion": %d}""".formatted(closable.size()));
        steps.accepted(TestUsers.CLERK, ticket, "closing", """
                {"closingNote": "修复返还", "expectedVersion": %d}""".formatted(closable.size() + 1));

        // R12: twenty days later the same fault; the repeat is detected at the diagnosis
        clock.advance(Duration.ofDays(20));
        String second = open(null, customer, serial, TestUsers.ENGINEER_2_ID);
        order = awaitState(second, "AWAITING_DIAGNOSIS");
        ok(post(TestUsers.ENGINEER_2, second, "diagnosis", """
                {"faultType": "HARDWARE", "faultCategory": "SPINDLE", "description": "主轴再次异响",
                 "partsToReplace": ["P-SPINDLE-BRG-6205"], "expectedVersion": %d}""".formatted(
                        order.get("version").asLong())));

        // R13: the system opens the review; QUALITY finds an ENGINEER cause and proposes a fine
        JsonNode review = await().atMost(Duration.ofSeconds(30)).until(() -> reviewOf(second), r -> r != null);
        assertThat(review.get("earlierRepairOrderId").asText()).isEqualTo(first);
        assertThat(review.get("earlierEngineerId").asText()).isEqualTo(TestUsers.ENGINEER_ID);
        assertThat(review.get("daysAfterEarlierRepair").asInt()).isEqualTo(20);
        String reviewId = review.get("reviewId").asText();
        Api.Response decided = api.post(
                TestUsers.QUALITY, "/api/quality-reviews/" + reviewId + "/decision", """
                {"cause": "ENGINEER", "reasons": "轴承压装未按规程，返修 20 天后复发",
                 "evidence": ["REPAIR_ORDER:%s", "REPAIR_ORDER:%s"],
                 "penaltyKind": "FINE", "penaltyReason": "重复维修，客户停机"}""".formatted(first, second));
        assertThat(decided.status()).as(decided.raw().body()).isEqualTo(200);
        String penalty = decided.body().get("penaltyId").asText();

        // P1–P3: decided by the MANAGER, appealed by the engineer, revoked; S2 the engineer decides nothing
        assertThat(api.post(TestUsers.ENGINEER, "/api/penalties/" + penalty + "/decision", """
                        {"impose": true, "kind": "WARNING", "reason": "自己决定"}""")
                        .status())
                .isEqualTo(403);
        ok(api.post(TestUsers.MANAGER, "/api/penalties/" + penalty + "/decision", """
                {"impose": true, "kind": "FINE", "fineAmount": 200.00, "reason": "情节属实"}"""));
        ok(api.post(TestUsers.ENGINEER, "/api/penalties/" + penalty + "/appeal", """
                {"reason": "轴承为供应商批次问题，有检测报告"}"""));
        ok(api.post(TestUsers.MANAGER, "/api/penalties/" + penalty + "/revocation", """
                {"reason": "检测报告证实为批次缺陷"}"""));

        // P2: from the penalty to the facts behind its evidence, each with who, role and when
        JsonNode evidence = api.get(TestUsers.MANAGER, "/api/penalties/" + penalty + "/evidence")
                .body()
                .get("evidence");
        assertThat(evidence.get(0).get("ref").get("kind").asText()).isEqualTo("QUALITY_REVIEW");
        assertThat(facts(evidence.get(0)))
                .containsExactly(
                        "QualityReviewOpenedEvent/system/SYSTEM",
                        "QualityReviewDecidedEvent/" + TestUsers.QUALITY_ID + "/QUALITY");
        assertThat(evidence.get(1).get("ref").get("id").asText()).isEqualTo(first);
        assertThat(facts(evidence.get(1)))
                .startsWith("RepairOrderOpenedEvent/" + TestUsers.CLERK_ID + "/CLERK")
                .endsWith("RepairOrderCompletedEvent/" + TestUsers.CLERK_ID + "/CLERK");
        assertThat(evidence.get(1).get("facts").get(0).get("recordedAt").asText())
                .isNotBlank();

        // S4: the lineage, step by step, with every actor
        List<String> expected = List.of(
                "SerialRegisteredEvent/" + TestUsers.CLERK_ID + "/CLERK",
                "ServiceTicketRegisteredEvent/" + TestUsers.CLERK_ID + "/CLERK",
                "ServiceTicketRoutedEvent/" + TestUsers.CLERK_ID + "/CLERK",
                "EngineerAssignedEvent/" + TestUsers.CLERK_ID + "/CLERK",
                "UnitReceivedEvent/" + TestUsers.CLERK_ID + "/CLERK",
                "RepairOrderLinkedEvent/" + TestUsers.CLERK_ID + "/CLERK",
                "RepairOrderOpenedEvent/" + TestUsers.CLERK_ID + "/CLERK",
                "RepairDiagnosedEvent/" + TestUsers.ENGINEER_ID + "/ENGINEER",
                "CustomerNotifiedEvent/" + TestUsers.CLERK_ID + "/CLERK",
                "OutsourcedRepairSentEvent/" + TestUsers.CLERK_ID + "/CLERK",
                "OutsourcedRepairReturnedEvent/" + TestUsers.CLERK_ID + "/CLERK",
                "RepairWorkRecordedEvent/" + TestUsers.ENGINEER_ID + "/ENGINEER",
                "RepairSelfCheckedEvent/" + TestUsers.ENGINEER_ID + "/ENGINEER",
                "RepairQcFailedEvent/" + TestUsers.QUALITY_ID + "/QUALITY",
                "RepairWorkRecordedEvent/" + TestUsers.ENGINEER_ID + "/ENGINEER",
                "RepairSelfCheckedEvent/" + TestUsers.ENGINEER_ID + "/ENGINEER",
                "RepairQcPassedEvent/" + TestUsers.QUALITY_ID + "/QUALITY");
        List<String> lineage = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> lineage(serial),
                        l -> l.contains("PenaltyRevokedEvent/" + TestUsers.MANAGER_ID + "/MANAGER"));
        assertThat(lineage).startsWith(expected.toArray(String[]::new));
        assertThat(lineage.subList(expected.size(), lineage.size()))
                .filteredOn(step -> !step.startsWith("RepairSamplingPassedEvent/"))
                .containsExactly(
                        "RepairReportApprovedEvent/" + TestUsers.SUPERVISOR_ID + "/SUPERVISOR",
                        "RepairReturnShippedEvent/" + TestUsers.CLERK_ID + "/CLERK",
                        "RepairOrderCompletedEvent/" + TestUsers.CLERK_ID + "/CLERK",
                        "RepairOutcomeRecordedEvent/system/SYSTEM",
                        "ServiceReportSubmittedEvent/" + TestUsers.ENGINEER_ID + "/ENGINEER",
                        "CustomerConfirmedServiceEvent/" + TestUsers.CLERK_ID + "/CLERK",
                        "ServiceTicketClosedEvent/" + TestUsers.CLERK_ID + "/CLERK",
                        "RepairOrderOpenedEvent/" + TestUsers.CLERK_ID + "/CLERK",
                        "RepairDiagnosedEvent/" + TestUsers.ENGINEER_2_ID + "/ENGINEER",
                        "RepeatRepairDetectedEvent/" + TestUsers.ENGINEER_2_ID + "/ENGINEER",
                        "QualityReviewOpenedEvent/system/SYSTEM",
                        "QualityReviewDecidedEvent/" + TestUsers.QUALITY_ID + "/QUALITY",
                        "PenaltyProposedEvent/" + TestUsers.QUALITY_ID + "/QUALITY",
                        "PenaltyImposedEvent/" + TestUsers.MANAGER_ID + "/MANAGER",
                        "PenaltyAppealedEvent/" + TestUsers.ENGINEER_ID + "/ENGINEER",
                        "PenaltyRevokedEvent/" + TestUsers.MANAGER_ID + "/MANAGER");

        // the state as of chosen steps: one repeat, an engineer cause, the fine in force, then revoked
        JsonNode steps2 = api.get(TestUsers.QUALITY, "/api/serials/" + serial + "/lineage")
                .body()
                .get("steps");
        JsonNode last = steps2.get(steps2.size() - 1).get("stateAfter");
        JsonNode imposed = steps2.get(steps2.size() - 3).get("stateAfter");
        assertThat(imposed.get("penaltiesInForce").asInt())
                .as(steps2.toString())
                .isEqualTo(1);
        assertThat(last.get("penaltiesInForce").asInt()).isEqualTo(0);
        assertThat(last.get("repeatRepairs").asInt()).isEqualTo(1);
        assertThat(last.get("completedRepairs").asInt()).isEqualTo(1);
        assertThat(last.get("engineerCauses").asInt()).isEqualTo(1);
        assertThat(last.get("openReviews").asInt()).isEqualTo(0);
        assertThat(last.get("openTickets")).isEmpty();
        assertThat(last.get("openRepairOrders").get(0).asText()).isEqualTo(second);
    }

    private static List<String> facts(JsonNode evidence) {
        List<String> facts = new java.util.ArrayList<>();
        evidence.get("facts")
                .forEach(f -> facts.add(
                        f.get("eventType").asText() + "/" + f.get("actorUserId").asText() + "/"
                                + f.get("actorRole").asText()));
        return facts;
    }

    private String open(String ticket, String customer, String serial, String engineer) {
        String ticketField = ticket == null ? "" : "\"ticketId\": \"" + ticket + "\", ";
        Api.Response opened = created(api.post(
                TestUsers.CLERK, "/api/repair-orders", """
                {%s"customerId": "%s", "serialNumber": "%s", "urgency": "NORMAL", "receivedAt": "%s",
                 "inspection": {"appearance": "外壳完好", "configuration": "CNC-850 标准配置", "accessoriesReceived": ["刀柄"]},
                 "attachments": [], "engineerId": "%s"}""".formatted(ticketField, customer, serial, now(), engineer)));
        return opened.body().get("repairOrderId").asText();
    }

    private void passSamplingIfDrawn(String order) {
        JsonNode view = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> read(order),
                        v -> v != null
                                && List.of("AWAITING_SAMPLING", "AWAITING_REPORT_APPROVAL")
                                        .contains(v.get("state").asText()));
        if (view.get("state").asText().equals("AWAITING_SAMPLING")) {
            ok(post(TestUsers.QUALITY, order, "sampling", """
                    {"passed": true, "findings": "抽检合格"}"""));
            awaitState(order, "AWAITING_REPORT_APPROVAL");
        }
    }

    private JsonNode reviewOf(String laterOrder) {
        Api.Response queue = api.get(TestUsers.QUALITY, "/api/quality-reviews?status=OPEN");
        for (JsonNode review : queue.body()) {
            if (laterOrder.equals(review.path("laterRepairOrderId").asText())) {
                return review;
            }
        }
        return null;
    }

    private List<String> lineage(String serial) {
        Api.Response answer = api.get(TestUsers.QUALITY, "/api/serials/" + serial + "/lineage");
        List<String> steps = new ArrayList<>();
        if (answer.status() == 200) {
            answer.body()
                    .get("steps")
                    .forEach(step -> steps.add(step.get("eventType").asText() + "/"
                            + step.get("actorUserId").asText() + "/"
                            + step.get("actorRole").asText()));
        }
        return steps;
    }

    private JsonNode awaitHistory(String ticket, String eventType) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> api.get(TestUsers.CLERK, "/api/tickets/" + ticket)
                                .body()
                                .get("history"),
                        history -> {
                            for (JsonNode entry : history) {
                                if (eventType.equals(entry.get("eventType").asText())) {
                                    return true;
                                }
                            }
                            return false;
                        });
    }

    private JsonNode awaitState(String order, String state) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> read(order),
                        v -> v != null && state.equals(v.get("state").asText()));
    }

    private JsonNode read(String order) {
        Api.Response read = api.get(TestUsers.CLERK, "/api/repair-orders/" + order);
        return read.status() == 200 ? read.body() : null;
    }

    private Api.Response post(String user, String order, String step, String json) {
        return api.post(user, "/api/repair-orders/" + order + "/" + step, json);
    }

    private String now() {
        return Instant.now(clock)
                .minusSeconds(60)
                .truncatedTo(ChronoUnit.MILLIS)
                .toString();
    }

    private static Api.Response created(Api.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
        return response;
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
    }
}
