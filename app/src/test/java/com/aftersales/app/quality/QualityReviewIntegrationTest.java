package com.aftersales.app.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.app.quality.RepeatRepairs.Repeat;
import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * R12 → R13 → P1–P3 over HTTP on PostgreSQL: a detected repeat opens its review as the system
 * (once, however often the detection is delivered); QUALITY decides an ENGINEER cause with a
 * penalty proposal, which opens the penalty citing the review and both orders; a MANAGER fines the
 * engineer of the earlier repair, who appeals; the MANAGER revokes. Refusals answer 422 with the
 * rule, bad input 400, other roles 403, each with nothing stored.
 */
class QualityReviewIntegrationTest extends IntegrationTest {
    @Autowired
    EventStore eventStore;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    EventProcessingConfiguration processors;

    private RepeatRepairs repairs;

    @BeforeEach
    void repairs() {
        repairs = new RepeatRepairs(eventStore, transaction);
    }

    @Test
    void aRepeatIsReviewedAnEngineerIsFinedAppealsAndTheFineIsRevoked_R13_P1_P2_P3_S2() {
        Repeat repeat = repairs.repeat(TestUsers.ENGINEER_ID, TestUsers.ENGINEER_2_ID);
        JsonNode opened = awaitReview(repeat);
        assertThat(opened.get("status").asText()).isEqualTo("OPEN");
        assertThat(opened.get("serialNumber").asText()).isEqualTo(repeat.serial());
        assertThat(opened.get("earlierEngineerId").asText()).isEqualTo(TestUsers.ENGINEER_ID);
        assertThat(opened.get("daysAfterEarlierRepair").asInt()).isEqualTo(41);
        assertThat(history(repeat.review().value())).containsExactly("QualityReviewOpenedEvent/system/SYSTEM");
        assertThat(ids(
                        api.get(TestUsers.QUALITY, "/api/quality-reviews?status=OPEN")
                                .body(),
                        "reviewId"))
                .contains(repeat.review().value());

        Api.Response decided = api.post(
                TestUsers.QUALITY,
                "/api/quality-reviews/" + repeat.review() + "/decision",
                decision(repeat, "ENGINEER", ", \"penaltyKind\": \"FINE\", \"penaltyReason\": \"返修造成客户停机两天\""));
        assertThat(decided.status()).as(decided.raw().body()).isEqualTo(200);
        String penalty = decided.body().get("penaltyId").asText();
        assertThat(history(repeat.review().value()))
                .containsExactly(
                        "QualityReviewOpenedEvent/system/SYSTEM",
                        "QualityReviewDecidedEvent/" + TestUsers.QUALITY_ID + "/QUALITY");
        assertThat(history(penalty)).containsExactly("PenaltyProposedEvent/" + TestUsers.QUALITY_ID + "/QUALITY");

        JsonNode proposed = awaitPenalty(penalty, 1);
        assertThat(proposed.get("summary").get("status").asText()).isEqualTo("PROPOSED");
        assertThat(proposed.get("summary").get("subjectId").asText()).isEqualTo(TestUsers.ENGINEER_ID);
        assertThat(StreamSupport.stream(proposed.get("evidence").spliterator(), false)
                        .map(e -> e.get("kind").asText() + ":" + e.get("id").asText())
                        .toList())
                .startsWith(
                        "QUALITY_REVIEW:" + repeat.review(),
                        "REPAIR_ORDER:" + repeat.earlier(),
                        "REPAIR_ORDER:" + repeat.later());

        Api.Response fined = api.post(
                TestUsers.MANAGER,
                "/api/penalties/" + penalty + "/decision",
                "{\"impose\": true, \"kind\": \"FINE\", \"fineAmount\": 200.00, \"reason\": \"情节属实\"}");
        assertThat(fined.status()).as(fined.raw().body()).isEqualTo(200);
        Api.Response appealed = api.post(
                TestUsers.ENGINEER, "/api/penalties/" + penalty + "/appeal", "{\"reason\": \"装配按规程进行，有自检记录\"}");
        assertThat(appealed.status()).as(appealed.raw().body()).isEqualTo(200);
        Api.Response revoked =
                api.post(TestUsers.MANAGER, "/api/penalties/" + penalty + "/revocation", "{\"reason\": \"自检记录属实\"}");
        assertThat(revoked.status()).as(revoked.raw().body()).isEqualTo(200);

        JsonNode walked = awaitPenalty(penalty, 4);
        assertThat(walked.get("summary").get("status").asText()).isEqualTo("REVOKED");
        assertThat(walked.get("summary").get("kind").asText()).isEqualTo("FINE");
        assertThat(walked.get("summary").get("fineAmount").decimalValue()).isEqualByComparingTo("200");
        assertThat(StreamSupport.stream(walked.get("facts").spliterator(), false)
                        .map(f -> f.get("eventType").asText() + "/"
                                + f.get("actorId").asText() + "/"
                                + f.get("actorRole").asText() + "/"
                                + f.get("reason").asText())
                        .toList())
                .containsExactly(
                        "PenaltyProposedEvent/" + TestUsers.QUALITY_ID + "/QUALITY/返修造成客户停机两天",
                        "PenaltyImposedEvent/" + TestUsers.MANAGER_ID + "/MANAGER/情节属实",
                        "PenaltyAppealedEvent/" + TestUsers.ENGINEER_ID + "/ENGINEER/装配按规程进行，有自检记录",
                        "PenaltyRevokedEvent/" + TestUsers.MANAGER_ID + "/MANAGER/自检记录属实");
        assertThat(walked.get("facts").get(0).get("recordedAt").asText()).isNotBlank();

        // the engineer reads their own penalties, and nobody else's
        assertThat(ids(api.get(TestUsers.ENGINEER, "/api/penalties").body(), "penaltyId"))
                .contains(penalty);
        assertThat(api.get(TestUsers.ENGINEER, "/api/penalties?engineerId=" + TestUsers.ENGINEER_2_ID)
                        .status())
                .isEqualTo(403);
        assertThat(api.get(TestUsers.ENGINEER_2, "/api/penalties/" + penalty).status())
                .isEqualTo(403);
        assertThat(ids(
                        api.get(TestUsers.SUPERVISOR, "/api/penalties?engineerId=" + TestUsers.ENGINEER_ID)
                                .body(),
                        "penaltyId"))
                .contains(penalty);

        // the decided review, and the repeat counted against the engineer of the earlier repair
        JsonNode review = awaitReview(repeat);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "DECIDED".equals(awaitReview(repeat).get("status").asText()));
        review = awaitReview(repeat);
        assertThat(review.get("cause").asText()).isEqualTo("ENGINEER");
        assertThat(review.get("countsAgainst").asText()).isEqualTo(TestUsers.ENGINEER_ID);
        assertThat(review.get("penaltyId").asText()).isEqualTo(penalty);
        assertThat(review.get("decidedRole").asText()).isEqualTo("QUALITY");
        JsonNode byModel = rate("MODEL", repeat.model());
        assertThat(byModel.get("completedRepairs").asLong()).isEqualTo(1);
        assertThat(byModel.get("repeatRepairs").asLong()).isEqualTo(1);
        assertThat(byModel.get("engineerCaused").asLong()).isEqualTo(1);
        assertThat(byModel.get("repeatRatePercent").decimalValue()).isEqualByComparingTo("100");
    }

    @Test
    void aDecisionCitingNeitherOrderIs422AndStoresNothing_R13() {
        Repeat repeat = repairs.repeat(TestUsers.ENGINEER_ID, TestUsers.ENGINEER_2_ID);
        awaitReview(repeat);
        long before = eventCount();

        Api.Response refused = api.post(
                TestUsers.QUALITY,
                "/api/quality-reviews/" + repeat.review() + "/decision",
                "{\"cause\": \"CUSTOMER\", \"reasons\": \"客户自行拆机\", \"evidence\": [\"DIAGNOSIS:d-1\"]}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.raw().body()).contains("\"ruleId\":\"R13\"").contains("rule-REVIEW_ORDERS_NOT_CITED");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void theEngineerOfTheRepairCannotDecideItsReviewEvenAsQuality_S2() {
        TestUsers.create(jdbc, "U-T-QA-ENG", "t-quality-engineer", "QUALITY", "ENGINEER");
        Repeat repeat = repairs.repeat("U-T-QA-ENG", TestUsers.ENGINEER_2_ID);
        awaitReview(repeat);
        long before = eventCount();

        Api.Response refused = api.actingAs("QUALITY")
                .post(
                        "t-quality-engineer",
                        "/api/quality-reviews/" + repeat.review() + "/decision",
                        decision(repeat, "CUSTOMER", ""));

        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(422);
        assertThat(refused.raw().body()).contains("\"ruleId\":\"S2\"").contains("rule-REVIEW_OF_OWN_WORK");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void badInputIs400AndOtherRolesAre403WithNothingStored_R13_P1() {
        Repeat repeat = repairs.repeat(TestUsers.ENGINEER_ID, TestUsers.ENGINEER_2_ID);
        awaitReview(repeat);
        long before = eventCount();
        String path = "/api/quality-reviews/" + repeat.review() + "/decision";

        assertThat(api.post(TestUsers.QUALITY, path, "{\"cause\": \"WEATHER\", \"reasons\": \"?\"}")
                        .status())
                .isEqualTo(400);
        assertThat(api.post(TestUsers.QUALITY, path, "{\"cause\": \"CUSTOMER\", \"reasons\": \" \"}")
                        .status())
                .isEqualTo(400);
        Api.Response notEvidence = api.post(
                TestUsers.QUALITY, path, "{\"cause\": \"CUSTOMER\", \"reasons\": \"r\", \"evidence\": [\"no-kind\"]}");
        assertThat(notEvidence.status()).isEqualTo(400);
        assertThat(api.post(TestUsers.ENGINEER, path, decision(repeat, "CUSTOMER", ""))
                        .status())
                .isEqualTo(403);
        assertThat(api.post(TestUsers.MANAGER, path, decision(repeat, "CUSTOMER", ""))
                        .status())
                .isEqualTo(403);
        assertThat(api.get(TestUsers.CLERK, "/api/quality-reviews").status()).isEqualTo(403);
        assertThat(api.get(TestUsers.CLERK, "/api/penalties").status()).isEqualTo(403);
        assertThat(api.get(TestUsers.QUALITY, "/api/quality-reviews/not-a-review")
                        .status())
                .isEqualTo(404);
        assertThat(api.post(
                                TestUsers.QUALITY,
                                "/api/penalties",
                                "{\"source\": \"COMPLAINT\", \"sourceId\": \"C-1\", \"subjectId\": \"U-T-ENG-1\","
                                        + " \"evidence\": [\"COMPLAINT:C-1\"], \"proposedKind\": \"WARNING\","
                                        + " \"reason\": \"r\"}")
                        .status())
                .isEqualTo(403);
        assertThat(api.post(
                                TestUsers.MANAGER,
                                "/api/penalties/5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c/decision",
                                "{\"impose\": true, \"kind\": \"FINE\", \"fineAmount\": 1.234, \"reason\": \"r\"}")
                        .status())
                .isEqualTo(400);
        assertThat(eventCount()).isEqualTo(before);
    }

    /** X6 → P1: an expense audit's penalty is proposed by confirming a flag (/api/expense-claims/{id}/flags/…). */
    @Test
    void anExpenseAuditsPenaltyIsNotProposedOnItsOwn_X6_P1() {
        long before = eventCount();
        Api.Response refused = api.post(
                TestUsers.FINANCE,
                "/api/penalties",
                "{\"source\": \"EXPENSE_AUDIT\", \"sourceId\": \"EA-" + System.nanoTime() + "\", \"subjectId\": \""
                        + TestUsers.ENGINEER_2_ID + "\", \"evidence\": [\"EVENT:e-1\"],"
                        + " \"proposedKind\": \"NON_REIMBURSEMENT\", \"reason\": \"住宿发票与行程不符\"}");
        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(422);
        assertThat(refused.raw().body()).contains("rule-PENALTY_EXPENSE_PROPOSAL_BY_CLAIM_ONLY");
        assertThat(eventCount()).isEqualTo(before);
    }

    /** C5 → P1: a complaint's penalty is proposed from the complaint (/api/complaints/{id}/penalty). */
    @Test
    void aComplaintsPenaltyIsNotProposedOnItsOwn_P1() {
        long before = eventCount();
        Api.Response refused = api.post(
                TestUsers.SUPERVISOR,
                "/api/penalties",
                "{\"source\": \"COMPLAINT\", \"sourceId\": \"C-" + System.nanoTime() + "\", \"subjectId\": \""
                        + TestUsers.ENGINEER_2_ID + "\", \"evidence\": [\"EVENT:e-1\"],"
                        + " \"proposedKind\": \"WARNING\", \"reason\": \"客户投诉属实\"}");
        assertThat(refused.status()).as(refused.raw().body()).isEqualTo(422);
        assertThat(refused.raw().body()).contains("rule-PENALTY_COMPLAINT_PROPOSAL_BY_COMPLAINT_ONLY");
        assertThat(eventCount()).isEqualTo(before);
    }

    /** The reactor's tokens reset: every detection is delivered again, and each review stays opened once. */
    @Test
    void aRedeliveredDetectionOpensTheReviewOnce_R13() {
        Repeat repeat = repairs.repeat(TestUsers.ENGINEER_ID, TestUsers.ENGINEER_2_ID);
        awaitReview(repeat);
        assertThat(openings(repeat)).isEqualTo(1);

        // the same detection once more, as an at-least-once delivery would bring it
        repairs.publish(repeat.later(), 1, repeat.detected(), TestUsers.ENGINEER_2_ID, "ENGINEER");
        TrackingEventProcessor reactor = processors
                .eventProcessor(RepeatRepairReviews.PROCESSING_GROUP, TrackingEventProcessor.class)
                .orElseThrow();
        reactor.shutDown();
        reactor.resetTokens();
        reactor.start();
        // a detection after the reset: once its review is open, the reactor has seen everything before it
        Repeat after = repairs.repeat(TestUsers.ENGINEER_ID, TestUsers.ENGINEER_2_ID);
        await().atMost(Duration.ofSeconds(90)).until(() -> openings(after) == 1);

        assertThat(openings(repeat)).isEqualTo(1);
        assertThat(history(repeat.review().value())).containsExactly("QualityReviewOpenedEvent/system/SYSTEM");
    }

    private long openings(Repeat repeat) {
        return jdbc.queryForObject(
                "select count(*) from domain_event_entry where aggregate_identifier = ?"
                        + " and payload_type = 'com.aftersales.api.quality.QualityReviewOpenedEvent'",
                Long.class,
                repeat.review().value());
    }

    private static String decision(Repeat repeat, String cause, String more) {
        return "{\"cause\": \"" + cause + "\", \"reasons\": \"定影组件装配时未按规程紧固\", \"evidence\": [\"REPAIR_ORDER:"
                + repeat.earlier() + "\", \"REPAIR_ORDER:" + repeat.later() + "\", \"DIAGNOSIS:" + repeat.later()
                + "/diagnosis\"]" + more + "}";
    }

    private JsonNode awaitReview(Repeat repeat) {
        String path = "/api/quality-reviews/" + repeat.review();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get(TestUsers.QUALITY, path).status() == 200);
        return api.get(TestUsers.QUALITY, path).body();
    }

    private JsonNode awaitPenalty(String penalty, int facts) {
        String path = "/api/penalties/" + penalty;
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Api.Response found = api.get(TestUsers.MANAGER, path);
            return found.status() == 200 && found.body().get("facts").size() == facts;
        });
        return api.get(TestUsers.MANAGER, path).body();
    }

    private JsonNode rate(String by, String key) {
        await().atMost(Duration.ofSeconds(30)).until(() -> find(by, key) != null);
        return find(by, key);
    }

    private JsonNode find(String by, String key) {
        for (JsonNode row :
                api.get(TestUsers.QUALITY, "/api/quality/repeat-rates?by=" + by).body()) {
            if (row.get("key").asText().equals(key)) {
                return row;
            }
        }
        return null;
    }

    private List<String> history(String aggregateId) {
        return jdbc
                .queryForList(
                        "select replace(payload_type, 'com.aftersales.api.', '') || '/'"
                                + " || (convert_from(meta_data, 'UTF8')::jsonb ->> 'userId') || '/'"
                                + " || (convert_from(meta_data, 'UTF8')::jsonb ->> 'role')"
                                + " from domain_event_entry where aggregate_identifier = ? order by sequence_number",
                        String.class,
                        aggregateId)
                .stream()
                .map(line -> line.substring(line.indexOf('.') + 1))
                .toList();
    }

    private static List<String> ids(JsonNode list, String field) {
        return StreamSupport.stream(list.spliterator(), false)
                .map(row -> row.get(field).asText())
                .toList();
    }
}
