package com.aftersales.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * E2, S2 over HTTP: an engineer disputes their own item once; a SUPERVISOR or MANAGER decides it
 * once; other roles are 403, another engineer's item and the engineer deciding their own dispute
 * (in their SUPERVISOR role) are 422 with the rule's code, a stale decision 409, each with nothing
 * stored. Every test disputes events of its own.
 */
class ReviewDisputeIntegrationTest extends IntegrationTest {
    private String engineer;
    private String engineerUser;
    private String lead;
    private String leadUser;

    @BeforeEach
    void people() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        engineer = "U-T-RVD-" + suffix;
        engineerUser = "t-rvd-" + suffix;
        TestUsers.create(jdbc, engineer, engineerUser, "ENGINEER");
        lead = "U-T-RVL-" + suffix;
        leadUser = "t-rvl-" + suffix;
        TestUsers.create(jdbc, lead, leadUser, "ENGINEER", "SUPERVISOR");
    }

    private static String item(String fact, String reason) {
        return """
                {"metric": "REPEAT_REPAIR", "factEventId": "%s",
                 "month": "2019-03", "reason": "%s"}""".formatted(fact, reason);
    }

    private static String decision(String decision, long version) {
        return """
                {"decision": "%s", "reason": "核实过质检记录", "expectedVersion": %d}""".formatted(decision, version);
    }

    private long events(String disputeId) {
        return jdbc.queryForObject(
                "select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class, disputeId);
    }

    @Test
    void anEngineerDisputesTheirItemOnceAndASupervisorDecidesOnce_E2() {
        String fact = UUID.randomUUID().toString();
        Api.Response disputed = api.post(engineerUser, "/api/reviews/disputes", item(fact, "客户误操作"));
        assertThat(disputed.status()).as(disputed.raw().body()).isEqualTo(200);
        String dispute = disputed.body().get("disputeId").asText();
        assertThat(events(dispute)).isEqualTo(1);

        Api.Response again = api.post(engineerUser, "/api/reviews/disputes", item(fact, "再申诉"));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.contentType()).contains("application/problem+json");
        assertThat(again.body().get("code").asText()).isEqualTo("REVIEW_DISPUTE_ALREADY_RAISED");
        assertThat(again.body().get("ruleId").asText()).isEqualTo("E2");

        String path = "/api/reviews/disputes/" + dispute + "/decision";
        Api.Response stale = api.post(TestUsers.SUPERVISOR, path, decision("ITEM_REMOVED", 3));
        assertThat(stale.status()).isEqualTo(409);
        Api.Response decided = api.post(TestUsers.SUPERVISOR, path, decision("ITEM_REMOVED", 0));
        assertThat(decided.status()).as(decided.raw().body()).isEqualTo(200);
        assertThat(events(dispute)).isEqualTo(2);
        String payload = jdbc.queryForObject(
                "select convert_from(payload, 'UTF8') from domain_event_entry where aggregate_identifier = ?"
                        + " and sequence_number = 1",
                String.class,
                dispute);
        assertThat(payload).contains("\"decidedBy\":\"" + TestUsers.SUPERVISOR_ID + "\"");

        Api.Response twice = api.post(TestUsers.MANAGER, path, decision("ITEM_STANDS", 1));
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.body().get("code").asText()).isEqualTo("REVIEW_DISPUTE_ALREADY_DECIDED");
        assertThat(events(dispute)).isEqualTo(2);
    }

    @Test
    void otherRolesAre403AndNobodyDisputesOrDecidesForThemselvesWrongly_E2_S2() {
        String fact = UUID.randomUUID().toString();
        assertThat(api.post(TestUsers.SUPERVISOR, "/api/reviews/disputes", item(fact, "理由"))
                        .status())
                .isEqualTo(403);
        assertThat(api.post(TestUsers.CLERK, "/api/reviews/disputes", item(fact, "理由"))
                        .status())
                .isEqualTo(403);
        Api.Response blank = api.post(engineerUser, "/api/reviews/disputes", item(fact, " "));
        assertThat(blank.status()).isEqualTo(400);

        Api.Response someoneElses = api.post(
                engineerUser,
                "/api/reviews/disputes",
                item(fact, "理由").replace("{", "{\"engineerId\": \"" + TestUsers.ENGINEER_ID + "\", "));
        assertThat(someoneElses.status()).isEqualTo(422);
        assertThat(someoneElses.body().get("code").asText()).isEqualTo("REVIEW_DISPUTE_NOT_OWN_ITEM");

        Api.Response byLead = api.actingAs("ENGINEER").post(leadUser, "/api/reviews/disputes", item(fact, "理由"));
        assertThat(byLead.status()).as(byLead.raw().body()).isEqualTo(200);
        String dispute = byLead.body().get("disputeId").asText();
        String path = "/api/reviews/disputes/" + dispute + "/decision";
        assertThat(api.post(engineerUser, path, decision("ITEM_REMOVED", 0)).status())
                .isEqualTo(403);
        Api.Response ownDispute = api.actingAs("SUPERVISOR").post(leadUser, path, decision("ITEM_REMOVED", 0));
        assertThat(ownDispute.status()).isEqualTo(422);
        assertThat(ownDispute.body().get("code").asText()).isEqualTo("REVIEW_DISPUTE_ABOUT_ONESELF");
        assertThat(ownDispute.body().get("ruleId").asText()).isEqualTo("S2");
        assertThat(events(dispute)).isEqualTo(1);
    }
}
