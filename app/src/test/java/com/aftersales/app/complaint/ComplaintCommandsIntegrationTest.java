package com.aftersales.app.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.api.common.UserId;
import com.aftersales.api.quality.OpenQualityReviewCommand;
import com.aftersales.api.quality.QualityReviewId;
import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.api.repair.RepeatMatch;
import com.aftersales.app.security.ActingUser;
import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.aftersales.app.support.TicketSteps;
import com.aftersales.command.complaint.ComplaintFeedbackCalendar;
import com.aftersales.command.complaint.ComplaintFeedbackDue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * C1–C5, S2, P1 over HTTP on PostgreSQL: a phoned complaint about a ticket's engineer from
 * registration to archive, its result sent to the engineer and their superior; a repeated-repair
 * complaint (C5) that links the unit's repeat review, proposes the engineer's penalty and a MANAGER
 * fines them; bad input answered 400 and a broken rule 422 with its code, each with nothing stored;
 * other roles 403, and the engineer concerned refused (S2). The database is shared: counts are
 * differences, and the policy and calendar in force are read, never assumed.
 */
class ComplaintCommandsIntegrationTest extends IntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    CommandGateway commands;

    @Autowired
    ComplaintFeedbackCalendar feedbackCalendar;

    private TicketSteps tickets;
    private String engineer;
    private String engineerUser;

    @BeforeEach
    void engineerWithASuperior() throws Exception {
        tickets = new TicketSteps(api);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        engineer = "U-T-CMP-" + suffix;
        engineerUser = "t-cmp-" + suffix;
        TestUsers.create(jdbc, engineer, engineerUser, "ENGINEER");
        HttpResponse<String> assigned = put(
                TestUsers.ADMIN,
                "/api/organisation/superiors/" + engineer,
                "{\"superiorId\": \"" + TestUsers.SUPERVISOR_ID + "\"}");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
    }

    @Test
    void aPhonedComplaintAboutATicketRunsFromRegistrationToArchive_C1_C2_C3_C4() throws Exception {
        String ticket = ticketAssignedTo(engineer);
        JsonNode board = tickets.awaitTicket(ticket, 2);
        Instant before = clock.instant();

        Api.Response registered = api.post(TestUsers.CLERK, "/api/complaints", """
                {"channel": "PHONE", "ticketId": "%s", "category": "SLOW_RESPONSE",
                 "content": "工程师迟到两小时，也没有提前通知"}""".formatted(ticket));
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(200);
        assertThat(registered.body().get("status").asText()).isEqualTo("registered");
        String complaint = registered.body().get("complaintId").asText();

        JsonNode form = payload(complaint, "ComplaintRegisteredEvent");
        assertThat(form.get("channel").asText()).isEqualTo("PHONE");
        assertThat(form.get("customerId").asText())
                .isEqualTo(board.get("customerId").asText());
        assertThat(form.at("/concern/ticketId").asText()).isEqualTo(ticket);
        assertThat(form.at("/concern/engineerId").asText()).isEqualTo(engineer);
        assertThat(form.at("/concern/serialNumber").asText())
                .isEqualTo(board.at("/summary/serialNumber").asText());
        assertThat(form.at("/concern/productModel").asText())
                .isEqualTo(board.at("/summary/productModel").asText());
        Instant registeredAt = Instant.parse(form.get("registeredAt").asText());
        assertThat(registeredAt).isBetween(before.minusMillis(1), clock.instant());
        ComplaintFeedbackDue due = feedbackCalendar.feedbackDue(registeredAt);
        assertThat(LocalDate.parse(form.get("feedbackDueBy").asText())).isEqualTo(due.dueBy());
        assertThat(Instant.parse(form.get("feedbackOverdueFrom").asText())).isEqualTo(due.overdueFrom());
        assertThat(form.get("feedbackWorkingDays").asInt()).isEqualTo(due.workingDays());
        assertThat(form.get("policyVersion").asInt()).isEqualTo(due.policyVersion());
        assertThat(form.get("calendarVersion").asInt()).isEqualTo(due.calendarVersion());

        ok(TestUsers.SUPERVISOR, complaint, "review", """
                {"authentic": true, "reasonable": true, "reasons": "派工记录证实迟到"}""", "accepted");
        ok(TestUsers.SUPERVISOR, complaint, "cause-analysis", """
                {"cause": "LATE_RESPONSE", "analysis": "前一单超时，未通知客户"}""", "cause analysed");
        ok(TestUsers.SUPERVISOR, complaint, "plan", """
                {"plan": "主管致电道歉，调整排班"}""", "handling planned");
        ok(TestUsers.CLERK, complaint, "handling", """
                {"actions": "主管已致电道歉"}""", "handled");
        ok(TestUsers.CLERK, complaint, "feedback", """
                {"method": "PHONE", "customerResponse": "客户表示理解", "customerSatisfied": true}""", "feedback given");
        ok(TestUsers.SUPERVISOR, complaint, "result", """
                {"summary": "投诉属实，已致歉", "alsoTo": ["%s"]}""".formatted(TestUsers.CLERK_ID), "result sent");
        ok(TestUsers.SUPERVISOR, complaint, "archive", "", "archived");

        assertThat(payload(complaint, "ComplaintAcceptedEvent").get("category").asText())
                .isEqualTo("SLOW_RESPONSE");
        JsonNode feedback = payload(complaint, "ComplaintFeedbackGivenEvent");
        assertThat(feedback.get("onTime").asBoolean()).isTrue();
        assertThat(Instant.parse(feedback.get("givenAt").asText())).isBefore(due.overdueFrom());
        assertThat(texts(payload(complaint, "ComplaintResultSentEvent").get("recipients")))
                .containsExactly(engineer, TestUsers.SUPERVISOR_ID, TestUsers.CLERK_ID);
        assertThat(payload(complaint, "ComplaintArchivedEvent")
                        .get("archivedFrom")
                        .asText())
                .isEqualTo("RESULT_SENT");
        assertThat(history(complaint))
                .containsExactly(
                        "ComplaintRegisteredEvent/" + TestUsers.CLERK_ID + "/CLERK",
                        "ComplaintAcceptedEvent/" + TestUsers.SUPERVISOR_ID + "/SUPERVISOR",
                        "ComplaintCauseAnalysedEvent/" + TestUsers.SUPERVISOR_ID + "/SUPERVISOR",
                        "ComplaintHandlingPlannedEvent/" + TestUsers.SUPERVISOR_ID + "/SUPERVISOR",
                        "ComplaintHandledEvent/" + TestUsers.CLERK_ID + "/CLERK",
                        "ComplaintFeedbackGivenEvent/" + TestUsers.CLERK_ID + "/CLERK",
                        "ComplaintResultSentEvent/" + TestUsers.SUPERVISOR_ID + "/SUPERVISOR",
                        "ComplaintArchivedEvent/" + TestUsers.SUPERVISOR_ID + "/SUPERVISOR");

        Api.Response afterArchive = api.post(TestUsers.SUPERVISOR, path(complaint, "archive"), "");
        assertThat(afterArchive.status()).isEqualTo(422);
        assertThat(afterArchive.raw().body()).contains("rule-COMPLAINT_ARCHIVED");
    }

    @Test
    void aRepeatedRepairComplaintProposesThePenaltyAManagerDecides_C5_P1_P2_R13() {
        String serial = TicketSteps.serial();
        RepairOrderId later = RepairOrderId.random();
        QualityReviewId review = openRepeatReview(serial, later);
        int contactsBefore = contacts();

        Api.Response registered =
                api.post(TestUsers.SUPERVISOR, "/api/complaints", """
                {"channel": "VISIT", "customerName": "李女士", "customerPhone": "138 0000 0001",
                 "repairOrderId": "%s", "engineerId": "%s", "serialNumber": "%s",
                 "content": "同一定影故障第二次返修，工程师承认上次没有更换组件"}""".formatted(later, engineer, serial));
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(200);
        String complaint = registered.body().get("complaintId").asText();
        assertThat(contacts()).isEqualTo(contactsBefore + 1);
        assertThat(payload(complaint, "ComplaintRegisteredEvent").toString()).doesNotContain("李女士", "138 0000");

        ok(TestUsers.SUPERVISOR, complaint, "review", """
                {"authentic": true, "reasonable": true, "category": "REPEATED_REPAIR_FOR_PERSONAL_REASONS",
                 "reasons": "返修记录属实"}""", "accepted");
        assertThat(texts(payload(complaint, "ComplaintAcceptedEvent").get("linkedQualityReviews")))
                .containsExactly(review.value());

        Api.Response proposed = api.post(TestUsers.SUPERVISOR, path(complaint, "penalty"), """
                {"proposedKind": "FINE", "reason": "因个人原因重复维修", "evidence": ["DOCUMENT:sha256:5d41402a"]}""");
        assertThat(proposed.status()).as(proposed.raw().body()).isEqualTo(200);
        String penalty = proposed.body().get("penaltyId").asText();
        assertThat(history(penalty)).containsExactly("PenaltyProposedEvent/" + TestUsers.SUPERVISOR_ID + "/SUPERVISOR");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> texts(api.get(TestUsers.MANAGER, "/api/penalties?engineerId=" + engineer)
                                .body()
                                .findValues("penaltyId"))
                        .contains(penalty));
        JsonNode registerRow = StreamSupport.stream(
                        api.get(TestUsers.MANAGER, "/api/penalties").body().spliterator(), false)
                .filter(row -> row.get("penaltyId").asText().equals(penalty))
                .findFirst()
                .orElseThrow();
        assertThat(registerRow.get("source").asText()).isEqualTo("COMPLAINT");
        assertThat(registerRow.get("sourceId").asText()).isEqualTo(complaint);
        assertThat(registerRow.get("subjectId").asText()).isEqualTo(engineer);
        JsonNode detail =
                api.get(TestUsers.MANAGER, "/api/penalties/" + penalty).body();
        assertThat(StreamSupport.stream(detail.get("evidence").spliterator(), false)
                        .map(e -> e.get("kind").asText() + ":" + e.get("id").asText())
                        .toList())
                .containsExactly(
                        "COMPLAINT:" + complaint,
                        "REPAIR_ORDER:" + later,
                        "QUALITY_REVIEW:" + review,
                        "DOCUMENT:sha256:5d41402a");

        Api.Response again = api.post(TestUsers.SUPERVISOR, path(complaint, "penalty"), """
                {"proposedKind": "WARNING", "reason": "再提一次"}""");
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.raw().body()).contains("rule-COMPLAINT_PENALTY_ALREADY_PROPOSED");

        Api.Response decided = api.post(TestUsers.MANAGER, "/api/penalties/" + penalty + "/decision", """
                {"impose": true, "kind": "FINE", "fineAmount": 200, "reason": "情节属实"}""");
        assertThat(decided.status()).as(decided.raw().body()).isEqualTo(200);
        assertThat(history(penalty))
                .containsExactly(
                        "PenaltyProposedEvent/" + TestUsers.SUPERVISOR_ID + "/SUPERVISOR",
                        "PenaltyImposedEvent/" + TestUsers.MANAGER_ID + "/MANAGER");
    }

    @Test
    void badInputIs400WithNothingStored_C1_C2() {
        String ticket = tickets.register("NORMAL");
        long events = eventCount();
        int contacts = contacts();

        for (String bad : List.of(
                // a callback opens its complaint by itself (T11)
                """
                {"channel": "CALLBACK", "ticketId": "%s", "customerName": "王先生", "content": "回访不满"}""".formatted(ticket),
                // no content
                """
                {"channel": "PHONE", "ticketId": "%s"}""".formatted(ticket),
                // nothing it concerns
                """
                {"channel": "PHONE", "customerName": "王先生", "customerPhone": "139", "content": "不满意"}""",
                // no customer
                """
                {"channel": "LETTER", "engineerId": "%s", "content": "不满意"}""".formatted(engineer),
                // no such ticket, not an id, no such customer
                """
                {"channel": "PHONE", "ticketId": "%s", "content": "不满意"}""".formatted(UUID.randomUUID()),
                """
                {"channel": "PHONE", "repairOrderId": "RO-1", "customerName": "王先生", "content": "不满意"}""",
                """
                {"channel": "PHONE", "customerId": "%s", "engineerId": "%s", "content": "不满意"}""".formatted(UUID.randomUUID(), engineer),
                """
                {"channel": "FAX", "ticketId": "%s", "content": "不满意"}""".formatted(ticket))) {
            Api.Response refused = api.post(TestUsers.CLERK, "/api/complaints", bad);
            assertThat(refused.status()).as(bad + " -> " + refused.raw().body()).isEqualTo(400);
            assertThat(refused.contentType()).contains("application/problem+json");
        }
        String complaint = register(engineer);
        long afterRegistration = eventCount();
        Api.Response noReasons = api.post(TestUsers.SUPERVISOR, path(complaint, "review"), """
                {"authentic": true, "reasonable": true, "reasons": " "}""");
        assertThat(noReasons.status()).isEqualTo(400);
        Api.Response badMethod = api.post(TestUsers.CLERK, path(complaint, "feedback"), """
                {"method": "PIGEON", "customerResponse": "好"}""");
        assertThat(badMethod.status()).isEqualTo(400);
        Api.Response badEvidence = api.post(TestUsers.SUPERVISOR, path(complaint, "penalty"), """
                {"proposedKind": "FINE", "reason": "r", "evidence": ["no colon"]}""");
        assertThat(badEvidence.status()).isEqualTo(400);
        assertThat(api.post(TestUsers.SUPERVISOR, path("not-a-complaint", "archive"), "")
                        .status())
                .isEqualTo(404);
        assertThat(eventCount()).isEqualTo(afterRegistration).isEqualTo(events + 1);
        // the one registered letter's new customer, and none of the refused forms'
        assertThat(contacts()).isEqualTo(contacts + 1);
    }

    @Test
    void aBrokenRuleIs422WithItsCodeAndNothingStored_C2_C3_C4() {
        String complaint = register(engineer);
        long before = eventCount();

        Api.Response outOfOrder = api.post(TestUsers.SUPERVISOR, path(complaint, "plan"), """
                {"plan": "先致歉"}""");
        assertThat(outOfOrder.status()).isEqualTo(422);
        assertThat(outOfOrder.contentType()).contains("application/problem+json");
        assertThat(outOfOrder.body().get("code").asText()).isEqualTo("COMPLAINT_STEP_OUT_OF_ORDER");
        assertThat(outOfOrder.body().get("ruleId").asText()).isEqualTo("C4");
        Api.Response noCategory = api.post(TestUsers.SUPERVISOR, path(complaint, "review"), """
                {"authentic": true, "reasonable": true, "reasons": "属实"}""");
        assertThat(noCategory.status()).isEqualTo(422);
        assertThat(noCategory.body().get("code").asText()).isEqualTo("COMPLAINT_CATEGORY_REQUIRED");
        Api.Response notAnEngineer = api.post(TestUsers.CLERK, "/api/complaints", """
                {"channel": "PHONE", "customerName": "王先生", "engineerId": "%s", "content": "不满意"}""".formatted(TestUsers.CLERK_ID));
        assertThat(notAnEngineer.status()).isEqualTo(422);
        assertThat(notAnEngineer.body().get("code").asText()).isEqualTo("NOT_AN_ENGINEER");
        Api.Response unknownRecipient = api.post(TestUsers.SUPERVISOR, path(complaint, "result"), """
                {"summary": "已处理", "alsoTo": ["U-NOBODY-%s"]}""".formatted(
                        UUID.randomUUID().toString().substring(0, 8)));
        assertThat(unknownRecipient.status()).isEqualTo(422);
        assertThat(unknownRecipient.body().get("code").asText()).isEqualTo("UNKNOWN_USER");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void otherRolesAre403AndTheEngineerConcernedActsOnNoStep_S2() {
        String complaint = register(engineer);
        long before = eventCount();
        String review = """
                {"authentic": false, "reasonable": false, "reasons": "我没有迟到"}""";

        assertThat(api.post(engineerUser, path(complaint, "review"), review).status())
                .isEqualTo(403);
        assertThat(api.post(TestUsers.CLERK, path(complaint, "review"), review).status())
                .isEqualTo(403);
        assertThat(api.post(TestUsers.QUALITY, "/api/complaints", """
                        {"channel": "PHONE", "customerName": "王先生", "engineerId": "%s", "content": "不满意"}""".formatted(engineer))
                        .status())
                .isEqualTo(403);
        assertThat(api.post(TestUsers.MANAGER, path(complaint, "penalty"), """
                        {"proposedKind": "WARNING", "reason": "r"}""").status())
                .isEqualTo(403);
        assertThat(api.post(engineerUser, path(complaint, "feedback"), """
                        {"method": "PHONE", "customerResponse": "好", "customerSatisfied": true}""").status())
                .isEqualTo(403);

        // S2: an engineer who is also a supervisor does not review a complaint about themselves
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String both = "U-T-CMP2-" + suffix;
        TestUsers.create(jdbc, both, "t-cmp2-" + suffix, "ENGINEER", "SUPERVISOR");
        String aboutThem = register(both);
        long beforeOwn = eventCount();
        Api.Response own = api.actingAs("SUPERVISOR").post("t-cmp2-" + suffix, path(aboutThem, "review"), review);
        assertThat(own.status()).as(own.raw().body()).isEqualTo(422);
        assertThat(own.body().get("code").asText()).isEqualTo("COMPLAINT_ABOUT_ONESELF");
        assertThat(own.body().get("ruleId").asText()).isEqualTo("S2");
        assertThat(eventCount()).isEqualTo(beforeOwn).isEqualTo(before + 1);
    }

    // ---------------------------------------------------------------- helpers

    /** A letter about {@code engineerId} from a new customer, registered by the clerk. */
    private String register(String engineerId) {
        Api.Response registered = api.post(TestUsers.CLERK, "/api/complaints", """
                {"channel": "LETTER", "customerName": "赵先生", "customerPhone": "137 0000 0002",
                 "engineerId": "%s", "content": "工程师服务态度差"}""".formatted(engineerId));
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(200);
        return registered.body().get("complaintId").asText();
    }

    private void ok(String user, String complaint, String step, String json, String status) {
        Api.Response response = api.post(user, path(complaint, step), json);
        assertThat(response.status()).as(step + ": " + response.raw().body()).isEqualTo(200);
        assertThat(response.body().get("status").asText()).isEqualTo(status);
        assertThat(response.body().get("complaintId").asText()).isEqualTo(complaint);
    }

    private String ticketAssignedTo(String engineerId) {
        String ticket = tickets.register("NORMAL");
        tickets.accepted(TestUsers.CLERK, ticket, "route", """
                {"department": "TECHNICAL_SERVICE", "expectedVersion": 0}""");
        tickets.accepted(TestUsers.CLERK, ticket, "assignment", """
                {"engineerId": "%s", "mode": "ON_SITE", "appointmentAt": "2030-01-01T02:00:00Z",
                 "expectedVersion": 1}""".formatted(engineerId));
        return ticket;
    }

    /** R13: the repeat review of {@code serial}, opened by the system as the repair side would. */
    private QualityReviewId openRepeatReview(String serial, RepairOrderId later) {
        RepairOrderId earlier = RepairOrderId.random();
        QualityReviewId review = QualityReviewId.ofRepeat(earlier, later);
        ActingUser.runAs(
                ActingUser.system("complaint-test"),
                () -> commands.sendAndWait(new OpenQualityReviewCommand(
                        review,
                        later,
                        earlier,
                        serial,
                        RepeatMatch.FAULT_CATEGORY,
                        "FUSER",
                        List.of(),
                        LocalDate.parse("2025-02-01"),
                        LocalDate.parse("2025-03-14"),
                        41,
                        90,
                        1,
                        new UserId(engineer),
                        new UserId(TestUsers.ENGINEER_2_ID))));
        return review;
    }

    private static String path(String complaint, String step) {
        return "/api/complaints/" + complaint + "/" + step;
    }

    private int contacts() {
        return jdbc.queryForObject("select count(*) from customer_contact", Integer.class);
    }

    private JsonNode payload(String aggregateId, String event) {
        String json = jdbc.queryForObject(
                "select convert_from(payload, 'UTF8') from domain_event_entry where aggregate_identifier = ?"
                        + " and payload_type = ?",
                String.class,
                aggregateId,
                "com.aftersales.api.complaint." + event);
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }

    private static List<String> texts(List<JsonNode> values) {
        return values.stream().map(JsonNode::asText).toList();
    }

    private HttpResponse<String> put(String user, String path, String json) throws Exception {
        String token = api.signIn(user).body().get("accessToken").asText();
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
