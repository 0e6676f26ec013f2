package com.aftersales.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.aftersales.app.support.Tickets;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad input gets a clear 4xx problem+json and stores nothing: no event, no customer's personal
 * data, no ticket number, no idempotency key.
 */
class BadInputIntegrationTest extends IntegrationTest {

    @Test
    void malformedJsonIsA400ProblemAndStoresNothing() {
        Api.Response response =
                unchanged(() -> api.post(TestUsers.CLERK, "/api/tickets", "{\"channel\": \"PHONE\", \"urgency\": "));

        assertProblem(response, 400);
        assertThat(response.body().get("type").asText()).isEqualTo("urn:problem:malformed-body");
        assertThat(response.body().get("detail").asText()).contains("not valid JSON");
    }

    @Test
    void registrationWithoutUrgencyOrProductIsA400NamingBothFieldsAndStoresNothing() {
        String body = """
                {"channel": "PHONE",
                 "customer": {"name": "李女士", "phone": "138 0000 0000"},
                 "proofOfPurchase": {"orderNumber": "SO-1"},
                 "fault": {"description": "no power"},
                 "request": "REPAIR"}
                """;

        Api.Response response = unchanged(() -> api.post(TestUsers.CLERK, "/api/tickets", body));

        assertProblem(response, 400);
        assertThat(response.body().get("type").asText()).isEqualTo("urn:problem:invalid-fields");
        assertThat(errorFields(response)).containsExactlyInAnyOrder("urgency", "product");
        assertThat(response.body().get("errors").get(0).get("message").asText()).isNotBlank();
    }

    @Test
    void registrationWithABlankNestedFieldNamesItsPath() {
        String body = Tickets.registration("NORMAL", serial()).replace("\"model\": \"CNC-850\"", "\"model\": \" \"");

        Api.Response response = unchanged(() -> api.post(TestUsers.CLERK, "/api/tickets", body));

        assertProblem(response, 400);
        assertThat(errorFields(response)).containsExactly("product.model");
    }

    @Test
    void unknownUrgencyValueIsA400NamingTheFieldAndStoresNothing() {
        String body = Tickets.registration("SUPER", serial());

        Api.Response response = unchanged(() -> api.post(TestUsers.CLERK, "/api/tickets", body));

        assertProblem(response, 400);
        assertThat(errorFields(response)).containsExactly("urgency");
        assertThat(response.body().get("detail").asText()).contains("urgency");
    }

    @Test
    void registrationWithoutOrderOrInvoiceNumberKeepsNeitherTheCustomersDataNorATicketNumber_T2_T4() {
        // Passes bean validation, so the customer's contact is written before the command fails:
        // the whole request must roll back, its personal data and its ticket number included.
        String body = Tickets.registration("URGENT", serial())
                .replaceFirst("\"proofOfPurchase\": \\{[^}]*}", "\"proofOfPurchase\": {}");
        assertThat(body).contains("\"proofOfPurchase\": {}");

        Api.Response response = unchanged(() -> api.post(TestUsers.CLERK, "/api/tickets", body));

        assertProblem(response, 400);
        assertThat(response.body().get("detail").asText()).contains("order number or an invoice number");
    }

    @Test
    void proofOfPurchaseWithNeitherNumberNamesTheField_T2() {
        String body = Tickets.registration("URGENT", serial())
                .replaceFirst("\"proofOfPurchase\": \\{[^}]*}", "\"proofOfPurchase\": {}");

        Api.Response response = unchanged(() -> api.post(TestUsers.CLERK, "/api/tickets", body));

        assertProblem(response, 400);
        assertThat(errorFields(response)).containsExactly("proofOfPurchase");
    }

    @Test
    void blankPhoneCountsAsNoContact_T2() {
        String body =
                Tickets.registration("NORMAL", serial()).replace("\"phone\": \"139 0000 0000\"", "\"phone\": \"  \"");

        Api.Response response = unchanged(() -> api.post(TestUsers.CLERK, "/api/tickets", body));

        assertProblem(response, 400);
        assertThat(errorFields(response)).containsExactly("customer.phone");
    }

    @Test
    void textWithANulCharacterIsRefusedBeforeItCanPoisonTheBoard() {
        String body = Tickets.registration("NORMAL", serial()).replace("spindle noise", "spindle\\u0000noise");
        assertThat(body).contains("\\u0000");

        Api.Response response = unchanged(() -> api.post(TestUsers.CLERK, "/api/tickets", body));

        assertProblem(response, 400);
        assertThat(errorFields(response)).containsExactly("fault.description");
    }

    @Test
    void costBeyondTenDigitsIsA400NamingTheField_T7() {
        String id = routedTicket();
        api.post(TestUsers.CLERK, path(id, "assignment"), """
                {"engineerId": "%s", "mode": "ON_SITE", "appointmentAt": "2030-01-01T02:00:00Z", "expectedVersion": 1}""".formatted(TestUsers.ENGINEER_ID));
        String dispatch = """
                {"dispatchId": "D-1", "engineerId": "%s", "startDate": "2030-01-01", "endDate": "2030-01-01",
                 "destinationCity": "苏州", "travel": 10000000000, "lodging": 0, "transport": 0, "materials": 0,
                 "expectedVersion": 2}""".formatted(TestUsers.ENGINEER_ID);

        Api.Response response = unchanged(() -> api.post(TestUsers.CLERK, path(id, "dispatches"), dispatch));

        assertProblem(response, 400);
        assertThat(errorFields(response)).containsExactly("travel");
    }

    @Test
    void customerWithoutPhoneOrEmailIsA400AndKeepsNoPersonalData_T2() {
        String body = Tickets.registration("NORMAL", serial()).replace(", \"phone\": \"139 0000 0000\"", "");
        assertThat(body).doesNotContain("phone");

        Api.Response response = unchanged(() -> api.post(TestUsers.CLERK, "/api/tickets", body));

        assertProblem(response, 400);
        assertThat(response.body().get("detail").asText()).contains("T2");
    }

    @Test
    void unknownCustomerIdIsA400AndConsumesNoTicketNumber() {
        String unknown = UUID.randomUUID().toString();
        String body = Tickets.registration("NORMAL", serial())
                .replaceFirst("\"customer\": \\{[^}]*}", "\"customerId\": \"" + unknown + "\"");

        Api.Response response = unchanged(() -> api.post(TestUsers.CLERK, "/api/tickets", body));

        assertProblem(response, 400);
        assertThat(response.body().get("detail").asText()).contains(unknown);
    }

    @Test
    void satisfactionOutsideOneToFiveIsA400NamingTheField_T9() {
        String id = register();

        Api.Response response = unchanged(() -> api.post(TestUsers.ENGINEER, path(id, "service-report"), """
                {"faultCause": "worn bearing", "solution": "replaced", "satisfaction": 9, "customerSigned": true,
                 "expectedVersion": 0}"""));

        assertProblem(response, 400);
        assertThat(errorFields(response)).containsExactly("satisfaction");
    }

    @Test
    void updateWithoutExpectedVersionIsA400NamingTheField() {
        String id = register();

        Api.Response response = unchanged(() -> api.post(TestUsers.CLERK, path(id, "route"), """
                {"department": "TECHNICAL_SERVICE"}"""));

        assertProblem(response, 400);
        assertThat(errorFields(response)).containsExactly("expectedVersion");
    }

    @Test
    void unknownTicketIdIsA404ForReadsAndUpdates() {
        String unknown = UUID.randomUUID().toString();

        Api.Response read = unchanged(() -> api.get(TestUsers.CLERK, "/api/tickets/" + unknown));
        Api.Response update = unchanged(() -> api.post(TestUsers.CLERK, path(unknown, "route"), """
                {"department": "TECHNICAL_SERVICE", "expectedVersion": 0}"""));

        assertProblem(read, 404);
        assertThat(read.body().get("detail").asText()).contains(unknown);
        assertProblem(update, 404);
        assertThat(update.body().get("type").asText()).isEqualTo("urn:problem:not-found");
    }

    @Test
    void ticketIdThatIsNotAUuidIsA404ForReadsAndUpdates() {
        Api.Response read = unchanged(() -> api.get(TestUsers.CLERK, "/api/tickets/not-a-ticket"));
        Api.Response update = unchanged(() -> api.post(TestUsers.CLERK, path("not-a-ticket", "route"), """
                {"department": "TECHNICAL_SERVICE", "expectedVersion": 0}"""));

        assertProblem(read, 404);
        assertThat(read.body().get("detail").asText()).contains("not-a-ticket");
        assertProblem(update, 404);
        assertThat(update.body().get("detail").asText()).contains("not-a-ticket");
    }

    @Test
    void closingWithoutServiceReportIsA422NamingRuleT9AndCode() {
        String id = register();

        Api.Response response = unchanged(() -> api.post(TestUsers.SUPERVISOR, path(id, "closing"), """
                {"closingNote": "done", "expectedVersion": 0}"""));

        assertProblem(response, 422);
        assertThat(response.body().get("ruleId").asText()).isEqualTo("T9");
        assertThat(response.body().get("code").asText()).isEqualTo("REPORT_MISSING");
        assertThat(response.body().get("title").asText()).contains("T9");
        assertThat(response.body().get("type").asText()).isEqualTo("urn:problem:rule-REPORT_MISSING");
    }

    @Test
    void assigningBeforeRoutingIsA422NamingRuleT5() {
        String id = register();

        Api.Response response = unchanged(
                () -> api.post(TestUsers.CLERK, path(id, "assignment"), """
                {"engineerId": "%s", "mode": "REMOTE", "expectedVersion": 0}""".formatted(TestUsers.ENGINEER_ID)));

        assertProblem(response, 422);
        assertThat(response.body().get("ruleId").asText()).isEqualTo("T5");
        assertThat(response.body().get("code").asText()).isEqualTo("NOT_ROUTED");
    }

    @Test
    void assigningAnEngineerWhoDoesNotExistIsRefusedAndStoresNothing_T6() {
        String id = routedTicket();

        Api.Response response = unchanged(() -> api.post(TestUsers.CLERK, path(id, "assignment"), """
                {"engineerId": "U-NOBODY", "mode": "REMOTE", "expectedVersion": 1}"""));

        assertClientProblem(response);
        assertThat(response.raw().body()).contains("U-NOBODY");
    }

    @Test
    void assigningAUserWhoIsNotAnEngineerIsRefusedAndStoresNothing_T6() {
        String id = routedTicket();

        Api.Response response = unchanged(() -> api.post(TestUsers.CLERK, path(id, "assignment"), """
                {"engineerId": "U-T-FIN", "mode": "REMOTE", "expectedVersion": 1}"""));

        assertClientProblem(response);
    }

    @Test
    void unknownFilterValueOnTheBoardIsA400Problem() {
        Api.Response response = unchanged(() -> api.get(TestUsers.CLERK, "/api/tickets?urgency=SUPER"));

        assertProblem(response, 400);
    }

    @Test
    void engineerRegisteringATicketIsA403AndStoresNothing() {
        Api.Response response =
                unchanged(() -> api.post(TestUsers.ENGINEER, "/api/tickets", Tickets.registration("NORMAL", serial())));

        assertProblem(response, 403);
        assertThat(response.body().get("detail").asText()).contains("CLERK");
    }

    @Test
    void clerkSubmittingAServiceReportIsA403() {
        String id = register();

        Api.Response response = unchanged(() -> api.post(TestUsers.CLERK, path(id, "service-report"), """
                {"faultCause": "worn bearing", "solution": "replaced", "satisfaction": 5, "customerSigned": true,
                 "expectedVersion": 0}"""));

        assertProblem(response, 403);
        assertThat(response.body().get("detail").asText()).contains("ENGINEER");
    }

    @Test
    void requestWithoutCredentialsIsA401() {
        Api.Response response =
                unchanged(() -> api.post(null, "/api/tickets", Tickets.registration("NORMAL", serial())));

        assertProblem(response, 401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void requestWithAWrongPasswordIsA401() {
        Api.Response response = unchanged(() -> new Api(port, "not-" + TestUsers.PASSWORD)
                .post(TestUsers.CLERK, "/api/tickets", Tickets.registration("NORMAL", serial())));

        assertProblem(response, 401);
        assertThat(response.body().get("type").asText()).isEqualTo("urn:problem:unauthenticated");
    }

    @Test
    void staleExpectedVersionIsA409WithExpectedAndActualVersion() {
        String id = register();
        Api.Response routed = api.post(TestUsers.CLERK, path(id, "route"), """
                {"department": "TECHNICAL_SERVICE", "expectedVersion": 0}""");
        assertThat(routed.status()).as(routed.raw().body()).isEqualTo(200);

        Api.Response response = unchanged(() -> api.post(TestUsers.SUPERVISOR, path(id, "route"), """
                {"department": "LOGISTICS", "reason": "lost in transit", "expectedVersion": 0}"""));

        assertProblem(response, 409);
        assertThat(response.body().get("expectedVersion").asLong()).isZero();
        assertThat(response.body().get("actualVersion").asLong()).isEqualTo(1);
    }

    @Test
    void staleExpectedVersionIsA409EvenWhenTheStaleRequestWouldAlsoBreakARule() {
        // The caller saw version 0 and repeats a route that has since been done: what it needs to
        // hear is "reload, the ticket changed" (409), not a rule refusal about a state it never saw.
        String id = register();
        String route = """
                {"department": "TECHNICAL_SERVICE", "expectedVersion": 0}""";
        Api.Response routed = api.post(TestUsers.CLERK, path(id, "route"), route);
        assertThat(routed.status()).as(routed.raw().body()).isEqualTo(200);

        Api.Response response = unchanged(() -> api.post(TestUsers.CLERK, path(id, "route"), route));

        assertProblem(response, 409);
        assertThat(response.body().get("expectedVersion").asLong()).isZero();
        assertThat(response.body().get("actualVersion").asLong()).isEqualTo(1);
    }

    @Test
    void expectedVersionAheadOfTheTicketIsA409() {
        String id = register();

        Api.Response response = unchanged(() -> api.post(TestUsers.CLERK, path(id, "route"), """
                {"department": "TECHNICAL_SERVICE", "expectedVersion": 5}"""));

        assertProblem(response, 409);
        assertThat(response.body().get("expectedVersion").asLong()).isEqualTo(5);
        assertThat(response.body().get("actualVersion").asLong()).isZero();
    }

    @Test
    void overlongIdempotencyKeyIsA400AndStoresNothing() {
        Api.Response response = unchanged(() -> api.post(
                TestUsers.CLERK,
                "/api/tickets",
                Tickets.registration("NORMAL", serial()),
                Map.of("Idempotency-Key", "k".repeat(129))));

        assertProblem(response, 400);
        assertThat(response.body().get("detail").asText()).contains("Idempotency-Key");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"size=501, size", "size=0, size", "page=-1, page", "month=2026-1, month", "urgency=SOON, urgency"})
    void boardParameterOutOfRangeIsA400NamingIt(String query, String field) {
        Api.Response response = api.get(TestUsers.CLERK, "/api/tickets?" + query);

        assertProblem(response, 400);
        assertThat(response.body().get("type").asText()).isEqualTo("urn:problem:invalid-fields");
        assertThat(errorFields(response)).containsExactly(field);
    }

    @Test
    void requestLineTomcatRefusesIsAProblemToo() throws Exception {
        // A raw '{' in the path: HttpClient would not even send it, Tomcat refuses it before Spring.
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream()
                    .write("GET /api/tickets/{id} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 400");
            assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json");
            assertThat(answer).contains("\"status\":400").doesNotContain("<html");
        }
    }

    /** What a failed request must leave as it was. */
    private record Stored(long events, long contacts, long numbersHandedOut, long idempotencyKeys) {}

    private Stored stored() {
        return new Stored(
                eventCount(),
                count("select count(*) from customer_contact"),
                count("select coalesce(sum(last_number), 0) from ticket_number_sequence"),
                count("select count(*) from idempotent_request"));
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    /** Sends the request and asserts it stored nothing: events, contacts, numbers and keys unchanged. */
    private Api.Response unchanged(Supplier<Api.Response> request) {
        Stored before = stored();
        Api.Response response = request.get();
        assertThat(stored()).as("stored by " + response.raw().body()).isEqualTo(before);
        return response;
    }

    private static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).as(response.raw().body()).isNotNull();
        assertThat(response.body().get("status").asInt()).isEqualTo(status);
        assertThat(response.body().get("detail").asText()).isNotBlank();
    }

    /** A refusal of the client's request: some 4xx, as problem+json, not a 5xx or a success. */
    private static void assertClientProblem(Api.Response response) {
        assertThat(response.status()).as(response.raw().body()).isBetween(400, 499);
        assertProblem(response, response.status());
    }

    private static List<String> errorFields(Api.Response response) {
        JsonNode errors = response.body().get("errors");
        assertThat(errors).as(response.raw().body()).isNotNull();
        List<String> fields = new ArrayList<>();
        errors.forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    private String register() {
        Api.Response created = api.post(TestUsers.CLERK, "/api/tickets", Tickets.registration("NORMAL", serial()));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body().get("ticketId").asText();
    }

    private String routedTicket() {
        String id = register();
        Api.Response routed = api.post(TestUsers.CLERK, path(id, "route"), """
                {"department": "TECHNICAL_SERVICE", "expectedVersion": 0}""");
        assertThat(routed.status()).as(routed.raw().body()).isEqualTo(200);
        return id;
    }

    private static String path(String id, String action) {
        return "/api/tickets/" + id + "/" + action;
    }

    private static String serial() {
        return "SN-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
