package com.aftersales.app.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.aftersales.app.support.Tickets;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A ticket's whole life through HTTP, on PostgreSQL, as clerk, engineer and supervisor. */
class TicketLifecycleIntegrationTest extends IntegrationTest {
    @Test
    void registeredTicketShowsOnTheBoardWithNumberAndSlaDeadlines_T3_T4() {
        Instant before = Instant.now();
        Api.Response created = api.post(TestUsers.CLERK, "/api/tickets", Tickets.registration("URGENT", serial()));

        assertThat(created.status()).isEqualTo(201);
        String ticketId = created.body().get("ticketId").asText();
        assertThat(created.header("Location")).isEqualTo("/api/tickets/" + ticketId);
        String month = DateTimeFormatter.ofPattern("yyyyMM").format(before.atZone(ZoneId.of("Asia/Shanghai")));
        assertThat(created.body().get("ticketNumber").asText()).matches(month + "-\\d{3,}");
        Instant responseDue = Instant.parse(created.body().get("responseDueAt").asText());
        Instant planDue = Instant.parse(created.body().get("planDueAt").asText());
        assertThat(Duration.between(responseDue, planDue)).isEqualTo(Duration.ofHours(2));
        assertThat(responseDue)
                .isBetween(before.plus(Duration.ofHours(2)), Instant.now().plus(Duration.ofHours(2)));

        JsonNode row = awaitBoardRow(ticketId, 0);
        assertThat(row.get("ticketNumber").asText())
                .isEqualTo(created.body().get("ticketNumber").asText());
        assertThat(row.get("status").asText()).isEqualTo("REGISTERED");
        assertThat(row.get("slaState").asText()).isEqualTo("RUNNING");
        assertThat(Instant.parse(row.get("responseDueAt").asText())).isEqualTo(responseDue);
    }

    @Test
    void ticketGoesFromIntakeToCallbackAndItsHistoryNamesEveryActor_T5_T6_T7_T9_T11_S3_S4() {
        String id = register("NORMAL");
        assertAccepted(api.post(TestUsers.CLERK, path(id, "route"), """
                {"department": "TECHNICAL_SERVICE", "reason": "spindle", "expectedVersion": 0}"""));
        assertAccepted(api.post(TestUsers.CLERK, path(id, "assignment"), """
                {"engineerId": "%s", "mode": "ON_SITE", "appointmentAt": "2030-01-01T02:00:00Z", "expectedVersion": 1}""".formatted(TestUsers.ENGINEER_ID)));
        assertAccepted(api.post(TestUsers.ENGINEER, path(id, "plan"), """
                {"plan": "replace bearing on site", "expectedVersion": 2}"""));
        assertAccepted(api.post(TestUsers.ENGINEER, path(id, "arrival"), """
                {"arrivedAt": "%s", "expectedVersion": 3}""".formatted(
                        Instant.now().minusSeconds(60))));
        assertAccepted(api.post(TestUsers.ENGINEER, path(id, "dispatches"), """
                {"dispatchId": "D-1", "engineerId": "%s", "startDate": "2030-01-01", "endDate": "2030-01-02",
                 "destinationCity": "苏州", "travel": 320.00, "lodging": 450, "transport": 60.5, "materials": 0,
                 "expectedVersion": 4}""".formatted(TestUsers.ENGINEER_ID)));
        assertAccepted(api.post(TestUsers.ENGINEER, path(id, "service-report"), """
                {"faultCause": "worn bearing", "solution": "replaced bearing", "partsReplaced": ["BRG-6205"],
                 "customerOpinion": "满意", "satisfaction": 5, "customerSigned": true, "expectedVersion": 5}"""));
        assertAccepted(api.post(TestUsers.ENGINEER, path(id, "confirmation"), """
                {"confirmationChannel": "signature on site", "expectedVersion": 6}"""));
        assertThat(awaitBoardRow(id, 7).get("closable").asBoolean())
                .as("T9: on site, the service is done only with the departure report")
                .isFalse();
        assertAccepted(api.post(TestUsers.ENGINEER, path(id, "departure-report"), """
                {"supervisorId": "%s", "departedAt": "%s", "summary": "bearing replaced, spindle quiet",
                 "expectedVersion": 7}""".formatted(
                        TestUsers.SUPERVISOR_ID, Instant.now())));
        assertThat(awaitBoardRow(id, 8).get("closable").asBoolean()).isTrue();
        assertAccepted(api.post(TestUsers.SUPERVISOR, path(id, "closing"), """
                {"closingNote": "done", "expectedVersion": 8}"""));
        assertAccepted(api.post(TestUsers.CLERK, path(id, "callbacks"), """
                {"method": "PHONE", "feedback": "running fine", "satisfaction": 4, "complaintRaised": false,
                 "expectedVersion": 9}"""));

        JsonNode row = awaitBoardRow(id, 10);
        assertThat(row.get("status").asText()).isEqualTo("CLOSED");
        assertThat(row.get("engineerId").asText()).isEqualTo(TestUsers.ENGINEER_ID);
        assertThat(row.get("slaState").asText()).isEqualTo("MET");

        Api.Response detail = api.get(TestUsers.CLERK, "/api/tickets/" + id);
        assertThat(detail.status()).isEqualTo(200);
        JsonNode ticket = detail.body().get("ticket");
        assertThat(ticket.get("satisfaction").asInt()).isEqualTo(5);
        assertThat(ticket.get("partsReplaced").get(0).asText()).isEqualTo("BRG-6205");
        assertThat(ticket.get("dispatches").get(0).get("personDays").asInt()).isEqualTo(2);
        assertThat(ticket.get("dispatches").get(0).get("destinationCity").asText())
                .isEqualTo("苏州");
        assertThat(ticket.get("callbacks").asInt()).isEqualTo(1);
        assertThat(detail.body().get("customer").get("name").asText()).isEqualTo("王先生");

        List<String> history = new ArrayList<>();
        detail.body()
                .get("history")
                .forEach(e -> history.add(e.get("eventType").asText() + " by "
                        + e.get("actorUserId").asText() + " as "
                        + e.get("actorRole").asText()));
        assertThat(history)
                .containsExactly(
                        "ServiceTicketRegisteredEvent by U-T-CLERK as CLERK",
                        "ServiceTicketRoutedEvent by U-T-CLERK as CLERK",
                        "EngineerAssignedEvent by U-T-CLERK as CLERK",
                        "ServicePlanRecordedEvent by U-T-ENG-1 as ENGINEER",
                        "EngineerArrivedEvent by U-T-ENG-1 as ENGINEER",
                        "EngineerDispatchedEvent by U-T-ENG-1 as ENGINEER",
                        "ServiceReportSubmittedEvent by U-T-ENG-1 as ENGINEER",
                        "CustomerConfirmedServiceEvent by U-T-ENG-1 as ENGINEER",
                        "EngineerDepartureReportedEvent by U-T-ENG-1 as ENGINEER",
                        "ServiceTicketClosedEvent by U-T-SUP as SUPERVISOR",
                        "CallbackRecordedEvent by U-T-CLERK as CLERK");
        assertThat(detail.body()
                        .get("history")
                        .get(0)
                        .get("payload")
                        .get("product")
                        .get("serialNumber")
                        .asText())
                .startsWith("SN-");
        assertThat(detail.body().get("history").get(0).get("recordedAt").asText())
                .isNotBlank();
    }

    @Test
    void customerContactIsShownOnlyToRolesThatServeTheCustomer() {
        String id = register("LOW");
        awaitBoardRow(id, 0);

        assertThat(api.get(TestUsers.CLERK, "/api/tickets/" + id)
                        .body()
                        .get("customer")
                        .get("phone")
                        .asText())
                .isEqualTo("139 0000 0000");
        assertThat(api.get(TestUsers.FINANCE, "/api/tickets/" + id)
                        .body()
                        .get("customer")
                        .isNull())
                .isTrue();
        // An engineer sees the customers of their own tickets only.
        assertThat(api.get(TestUsers.ENGINEER, "/api/tickets/" + id)
                        .body()
                        .get("customer")
                        .isNull())
                .isTrue();
        api.post(TestUsers.CLERK, path(id, "route"), """
                {"department": "TECHNICAL_SERVICE", "expectedVersion": 0}""");
        assertAccepted(api.post(TestUsers.CLERK, path(id, "assignment"), """
                {"engineerId": "%s", "mode": "REMOTE", "expectedVersion": 1}""".formatted(TestUsers.ENGINEER_ID)));
        awaitBoardRow(id, 2);
        assertThat(api.get(TestUsers.ENGINEER, "/api/tickets/" + id)
                        .body()
                        .get("customer")
                        .get("name")
                        .asText())
                .isEqualTo("王先生");
    }

    @Test
    void boardFiltersByStatusUrgencyEngineerSlaStateAndMonth() {
        String assigned = register("URGENT");
        String untouched = register("URGENT");
        api.post(TestUsers.CLERK, path(assigned, "route"), """
                {"department": "TECHNICAL_SERVICE", "expectedVersion": 0}""");
        assertAccepted(api.post(TestUsers.CLERK, path(assigned, "assignment"), """
                {"engineerId": "%s", "mode": "REMOTE", "expectedVersion": 1}""".formatted(TestUsers.ENGINEER_2_ID)));
        awaitBoardRow(assigned, 2);
        awaitBoardRow(untouched, 0);
        String month =
                DateTimeFormatter.ofPattern("yyyyMM").format(Instant.now().atZone(ZoneId.of("Asia/Shanghai")));

        assertThat(ids("?engineer=" + TestUsers.ENGINEER_2_ID + "&status=ASSIGNED&urgency=URGENT&month=" + month))
                .contains(assigned)
                .doesNotContain(untouched);
        assertThat(ids("?status=REGISTERED&urgency=URGENT&sla=RUNNING"))
                .contains(untouched)
                .doesNotContain(assigned);
        assertThat(ids("?month=199901")).isEmpty();
        assertThat(ids("?urgency=LOW")).doesNotContain(assigned, untouched);
    }

    @Test
    void softwareBugsLeadTheBoardByPriorityThenSubmissionTime_T12() {
        String minorBug = registerSoftware();
        String majorBug = registerSoftware();
        String laterMajorBug = registerSoftware();
        String requirement = registerSoftware();
        classify(minorBug, "BUG", 3, "");
        classify(laterMajorBug, "BUG", 1, "");
        classify(majorBug, "BUG", 1, "");
        classify(requirement, "REQUIREMENT", 1, """
                , "evaluation": {"generality": "many clinics ask", "productFit": "fits booking module",
                  "effortPersonDays": 5, "customerDeadline": "2031-06-30", "customerAcceptsCharge": true}""");
        awaitBoardRow(requirement, 1);
        awaitBoardRow(minorBug, 1);
        awaitBoardRow(majorBug, 1);
        awaitBoardRow(laterMajorBug, 1);

        // Open bugs of earlier runs on a reused database lead too: look at this test's tickets only.
        List<String> ours = List.of(minorBug, majorBug, laterMajorBug, requirement);
        List<String> board =
                ids("?urgency=NORMAL").stream().filter(ours::contains).toList();
        assertThat(board).containsExactly(majorBug, laterMajorBug, minorBug, requirement);
    }

    private String registerSoftware() {
        Api.Response created =
                api.post(TestUsers.CLERK, "/api/tickets", Tickets.registration("NORMAL", serial(), "SOFTWARE"));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body().get("ticketId").asText();
    }

    private void classify(String id, String requestClass, int priority, String evaluation) {
        assertAccepted(api.post(
                TestUsers.ENGINEER, path(id, "classification"), """
                {"requestClass": "%s", "priority": %d, "expectedVersion": 0 %s}""".formatted(requestClass, priority, evaluation)));
    }

    private List<String> ids(String query) {
        Api.Response board = api.get(TestUsers.SUPERVISOR, "/api/tickets" + query + "&size=500");
        assertThat(board.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        board.body().get("items").forEach(row -> ids.add(row.get("ticketId").asText()));
        return ids;
    }

    private String register(String urgency) {
        Api.Response created = api.post(TestUsers.CLERK, "/api/tickets", Tickets.registration(urgency, serial()));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body().get("ticketId").asText();
    }

    private JsonNode awaitBoardRow(String ticketId, long version) {
        JsonNode[] row = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Api.Response detail = api.get(TestUsers.CLERK, "/api/tickets/" + ticketId);
            assertThat(detail.status()).isEqualTo(200);
            assertThat(detail.body().get("ticket").get("summary").get("version").asLong())
                    .isEqualTo(version);
            row[0] = detail.body().get("ticket").get("summary");
        });
        return row[0];
    }

    private static void assertAccepted(Api.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
    }

    private static String path(String id, String action) {
        return "/api/tickets/" + id + "/" + action;
    }

    private static String serial() {
        return "SN-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
