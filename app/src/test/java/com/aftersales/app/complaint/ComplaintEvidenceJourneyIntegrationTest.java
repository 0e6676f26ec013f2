package com.aftersales.app.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.api.complaint.ComplaintId;
import com.aftersales.api.ticket.TicketId;
import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.aftersales.app.support.TicketSteps;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A complaint's whole story over HTTP on PostgreSQL, as an auditor follows it (T11, C1–C5, P1, P2,
 * S2): a closed ticket's callback reveals that the engineer argued with the customer; the system
 * opens the complaint from that callback; the supervisor accepts it as a serious service fault,
 * analyses it, plans and records the handling, the customer hears back, the complaint proposes a
 * penalty and the MANAGER imposes it. The engineer's penalty register then shows it, and its
 * evidence walks back to the complaint, the callback and the ticket, each fact with who, in which
 * role, and when.
 */
class ComplaintEvidenceJourneyIntegrationTest extends IntegrationTest {

    @Test
    void aComplaintFromACallbackIsTracedFromThePenaltyBackToTheTicket_T11_C1_C3_C4_C5_P1_P2() {
        TicketSteps steps = new TicketSteps(api);
        String ticket = steps.register("NORMAL");
        steps.accepted(TestUsers.CLERK, ticket, "route", """
                {"department": "TECHNICAL_SERVICE", "expectedVersion": 0}""");
        steps.accepted(TestUsers.CLERK, ticket, "assignment", """
                {"engineerId": "%s", "mode": "REMOTE", "expectedVersion": 1}""".formatted(TestUsers.ENGINEER_ID));
        steps.accepted(TestUsers.ENGINEER, ticket, "service-report", """
                {"faultCause": "network settings", "solution": "reset them", "partsReplaced": [],
                 "customerOpinion": "一般", "satisfaction": 3, "customerSigned": true, "expectedVersion": 2}""");
        steps.accepted(TestUsers.ENGINEER, ticket, "confirmation", """
                {"confirmationChannel": "phone", "expectedVersion": 3}""");
        steps.accepted(TestUsers.CLERK, ticket, "closing", """
                {"closingNote": "done", "expectedVersion": 4}""");

        // T11 → C1: the callback (event 6 of the ticket) reveals the complaint; the system opens it
        steps.accepted(TestUsers.CLERK, ticket, "callbacks", """
                {"method": "PHONE", "feedback": "fixed, but unhappy", "satisfaction": 2, "complaintRaised": true,
                 "complaintSummary": "工程师电话中与我争吵", "expectedVersion": 5}""");
        String complaint = ComplaintId.ofCallback(new TicketId(ticket), 6).value();
        JsonNode registered = await().atMost(Duration.ofSeconds(30)).until(() -> complaint(complaint), c -> c != null);
        assertThat(registered.at("/summary/channel").asText()).isEqualTo("CALLBACK");
        assertThat(registered.at("/summary/engineerId").asText()).isEqualTo(TestUsers.ENGINEER_ID);
        assertThat(registered.at("/summary/ticketId").asText()).isEqualTo(ticket);

        // C3, S2: the engineer concerned may not review it; the supervisor accepts it as a C5 fault
        assertThat(api.post(TestUsers.ENGINEER, path(complaint, "review"), """
                        {"authentic": true, "reasonable": false, "reasons": "我没有"}""").status())
                .isEqualTo(403);
        ok(api.post(TestUsers.SUPERVISOR, path(complaint, "review"), """
                {"authentic": true, "reasonable": true, "category": "IMPROPER_LANGUAGE_OR_ARGUING",
                 "reasons": "回访录音与客户描述一致"}"""));
        // C4: cause, plan, handling, the customer's feedback
        ok(api.post(TestUsers.SUPERVISOR, path(complaint, "cause-analysis"), """
                {"cause": "ENGINEER_CONDUCT", "analysis": "赶时间，与客户争执"}"""));
        ok(api.post(TestUsers.SUPERVISOR, path(complaint, "plan"), """
                {"plan": "主管致歉，服务规范培训"}"""));
        ok(api.post(TestUsers.SUPERVISOR, path(complaint, "handling"), """
                {"actions": "已致歉，培训已排期"}"""));
        ok(api.post(TestUsers.CLERK, path(complaint, "feedback"), """
                {"method": "PHONE", "customerResponse": "接受道歉", "customerSatisfied": true}"""));

        // C5 → P1: the complaint proposes the penalty; the MANAGER imposes it
        Api.Response proposed = api.post(TestUsers.SUPERVISOR, path(complaint, "penalty"), """
                {"proposedKind": "WARNING", "reason": "与客户争吵"}""");
        assertThat(proposed.status()).as(proposed.raw().body()).isEqualTo(200);
        String penalty = proposed.body().get("penaltyId").asText();
        ok(api.post(TestUsers.MANAGER, "/api/penalties/" + penalty + "/decision", """
                {"impose": true, "kind": "FINE", "fineAmount": 100.00, "reason": "情节属实"}"""));
        ok(api.post(TestUsers.SUPERVISOR, path(complaint, "result"), """
                {"summary": "投诉属实，罚款 100 元"}"""));
        ok(api.post(TestUsers.SUPERVISOR, path(complaint, "archive"), "{}"));

        // P2: the engineer's penalty register shows it, from the complaint
        JsonNode register = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> penaltyRow(penalty),
                        row -> row != null && "IMPOSED".equals(row.get("status").asText()));
        assertThat(register.get("source").asText()).isEqualTo("COMPLAINT");
        assertThat(register.get("sourceId").asText()).isEqualTo(complaint);

        // P2: and its evidence walks back to the complaint, the callback and the ticket
        JsonNode evidence = api.get(TestUsers.MANAGER, "/api/penalties/" + penalty + "/evidence")
                .body()
                .get("evidence");
        assertThat(kinds(evidence)).startsWith("COMPLAINT", "CALLBACK", "TICKET");
        assertThat(facts(evidence.get(0)))
                .containsExactly(
                        "ComplaintRegisteredEvent/system/SYSTEM",
                        "ComplaintAcceptedEvent/" + TestUsers.SUPERVISOR_ID + "/SUPERVISOR",
                        "ComplaintCauseAnalysedEvent/" + TestUsers.SUPERVISOR_ID + "/SUPERVISOR",
                        "ComplaintHandlingPlannedEvent/" + TestUsers.SUPERVISOR_ID + "/SUPERVISOR",
                        "ComplaintHandledEvent/" + TestUsers.SUPERVISOR_ID + "/SUPERVISOR",
                        "ComplaintFeedbackGivenEvent/" + TestUsers.CLERK_ID + "/CLERK",
                        "ComplaintPenaltyProposedEvent/" + TestUsers.SUPERVISOR_ID + "/SUPERVISOR",
                        "ComplaintResultSentEvent/" + TestUsers.SUPERVISOR_ID + "/SUPERVISOR",
                        "ComplaintArchivedEvent/" + TestUsers.SUPERVISOR_ID + "/SUPERVISOR");
        assertThat(facts(evidence.get(1))).containsExactly("CallbackRecordedEvent/" + TestUsers.CLERK_ID + "/CLERK");
        assertThat(evidence.get(1).at("/facts/0/sequenceNumber").asLong()).isEqualTo(6);
        assertThat(facts(evidence.get(2)))
                .startsWith("ServiceTicketRegisteredEvent/" + TestUsers.CLERK_ID + "/CLERK")
                .contains("EngineerAssignedEvent/" + TestUsers.CLERK_ID + "/CLERK")
                .endsWith("CallbackRecordedEvent/" + TestUsers.CLERK_ID + "/CLERK");
        evidence.forEach(piece -> piece.get("facts")
                .forEach(fact -> assertThat(fact.get("recordedAt").asText()).isNotBlank()));
        // the engineer reads the same chain about themselves
        assertThat(api.get(TestUsers.ENGINEER, "/api/penalties/" + penalty + "/evidence")
                        .status())
                .isEqualTo(200);
    }

    private JsonNode complaint(String complaintId) {
        Api.Response found = api.get(TestUsers.SUPERVISOR, "/api/complaints/" + complaintId);
        return found.status() == 200 ? found.body() : null;
    }

    private JsonNode penaltyRow(String penaltyId) {
        for (JsonNode row : api.get(TestUsers.ENGINEER, "/api/penalties").body()) {
            if (row.get("penaltyId").asText().equals(penaltyId)) {
                return row;
            }
        }
        return null;
    }

    private static String path(String complaintId, String action) {
        return "/api/complaints/" + complaintId + "/" + action;
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
    }

    private static List<String> kinds(JsonNode evidence) {
        List<String> kinds = new ArrayList<>();
        evidence.forEach(piece -> kinds.add(piece.at("/ref/kind").asText()));
        return kinds;
    }

    private static List<String> facts(JsonNode piece) {
        List<String> facts = new ArrayList<>();
        piece.get("facts")
                .forEach(f -> facts.add(
                        f.get("eventType").asText() + "/" + f.get("actorUserId").asText() + "/"
                                + f.get("actorRole").asText()));
        return facts;
    }
}
