package com.aftersales.app.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.app.customer.CustomerContacts;
import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * T11 over HTTP on PostgreSQL: a key customer delivered seven months ago is overdue at once (the
 * persistent deadline records it as the system), a visit clears it and sets the next one six
 * months later; wrong roles get 403, bad input 400 with nothing stored.
 */
class KeyCustomerVisitIntegrationTest extends IntegrationTest {
    private static final String MANAGER = "t-kc-manager";

    @Autowired
    CustomerContacts customers;

    @Autowired
    ZoneId companyZone;

    @Test
    void aCustomerDeliveredSevenMonthsAgoIsOverdueAtOnceAndAVisitClearsIt_T11() throws Exception {
        LocalDate today = today();
        LocalDate delivered = today.minusMonths(7);
        String customer = customers.register("重点客户 " + today, null, null).value();

        Api.Response marked = api.post(TestUsers.CLERK, "/api/key-customers", markBody(customer, delivered));
        assertThat(marked.status()).as(marked.raw().body()).isEqualTo(200);
        assertThat(marked.body().get("status").asText()).isEqualTo("marked");

        // The first visit was due by delivery + 6 months, a day already over: the deadline fires at once.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> overdueEvents(customer).size() == 1);
        Map<String, Object> overdue = overdueEvents(customer).get(0);
        assertThat(overdue)
                .containsEntry("due", delivered.plusMonths(6).toString())
                .containsEntry("actor", "system")
                .containsEntry("role", "SYSTEM");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(row(board(TestUsers.CLERK, "?overdue=true"), customer))
                        .isNotNull());
        JsonNode onBoard = row(board(TestUsers.SUPERVISOR, "?overdue=true"), customer);
        assertThat(onBoard.get("overdue").asBoolean()).isTrue();
        assertThat(onBoard.get("deliveredOn").asText()).isEqualTo(delivered.toString());
        assertThat(onBoard.get("nextDueBy").asText())
                .isEqualTo(delivered.plusMonths(6).toString());
        assertThat(onBoard.get("visitCount").asInt()).isZero();

        Api.Response visited = api.post(
                TestUsers.ENGINEER,
                "/api/key-customers/" + customer + "/visits",
                "{\"visitId\": \"V-" + customer.substring(0, 8) + "\", \"visitedOn\": \"" + today
                        + "\", \"visitedBy\": \"" + TestUsers.ENGINEER_ID + "\", \"summary\": \"巡检设备，培训两名操作员\"}");
        assertThat(visited.status()).as(visited.raw().body()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(row(board(TestUsers.CLERK, "?overdue=false"), customer))
                        .isNotNull());
        JsonNode afterVisit = row(board(TestUsers.ENGINEER, ""), customer);
        assertThat(afterVisit.get("overdue").asBoolean()).isFalse();
        assertThat(afterVisit.get("lastVisitOn").asText()).isEqualTo(today.toString());
        assertThat(afterVisit.get("nextDueBy").asText())
                .isEqualTo(today.plusMonths(6).toString());
        assertThat(afterVisit.get("visitCount").asInt()).isEqualTo(1);
        assertThat(row(board(TestUsers.CLERK, "?overdue=true"), customer)).isNull();

        // The same visit again is refused by the plan (T11), not counted twice.
        Api.Response again = api.post(
                TestUsers.CLERK,
                "/api/key-customers/" + customer + "/visits",
                "{\"visitId\": \"V-" + customer.substring(0, 8) + "\", \"visitedOn\": \"" + today
                        + "\", \"visitedBy\": \"" + TestUsers.CLERK_ID + "\", \"summary\": \"again\"}");
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.raw().body()).contains("\"ruleId\":\"T11\"").contains("rule-DUPLICATE_VISIT");

        TestUsers.create(jdbc, "U-T-KC-MGR", MANAGER, "MANAGER");
        Api.Response history = api.get(MANAGER, "/api/key-customers/" + customer + "/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(StreamSupport.stream(history.body().spliterator(), false)
                        .map(entry -> entry.get("eventType").asText() + "/"
                                + entry.get("actorRole").asText())
                        .toList())
                .containsExactly(
                        "KeyCustomerMarkedEvent/CLERK",
                        "KeyCustomerVisitOverdueEvent/SYSTEM",
                        "KeyCustomerVisitedEvent/ENGINEER");

        HttpResponse<String> unmarked = delete(MANAGER, customer, "{\"reason\": \"合同到期，不再续约\"}");
        assertThat(unmarked.statusCode()).as(unmarked.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() ->
                        assertThat(row(board(TestUsers.CLERK, ""), customer)).isNull());
    }

    @Test
    void badInputIsAnswered400WithNothingStoredAndRulesAre422_T11() throws Exception {
        LocalDate today = today();
        String customer = customers.register("重点客户 bad input", null, null).value();
        long events = eventCount();

        Api.Response unknownCustomer = api.post(
                TestUsers.CLERK, "/api/key-customers", markBody("6d1f3c2a-0000-4a7f-9c2d-1e5f7a9b3c40", today));
        Api.Response noDelivery = api.post(
                TestUsers.CLERK, "/api/key-customers", "{\"customerId\": \"" + customer + "\", \"reason\": \"x\"}");
        Api.Response noReason = api.post(
                TestUsers.CLERK,
                "/api/key-customers",
                "{\"customerId\": \"" + customer + "\", \"deliveredOn\": \"" + today + "\", \"reason\": \" \"}");
        Api.Response future = api.post(TestUsers.CLERK, "/api/key-customers", markBody(customer, today.plusDays(1)));

        assertThat(List.of(unknownCustomer, noDelivery, noReason)).allSatisfy(response -> {
            assertThat(response.status()).as(response.raw().body()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        });
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.raw().body()).contains("rule-DELIVERY_IN_THE_FUTURE");
        assertThat(eventCount()).isEqualTo(events);
        assertThat(jdbc.queryForObject(
                        "select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class, customer))
                .isZero();

        assertThat(api.post(TestUsers.CLERK, "/api/key-customers", markBody(customer, today.minusMonths(1)))
                        .status())
                .isEqualTo(200);
        long afterMark = eventCount();
        Api.Response blankSummary = api.post(
                TestUsers.ENGINEER,
                "/api/key-customers/" + customer + "/visits",
                "{\"visitedOn\": \"" + today + "\", \"visitedBy\": \"" + TestUsers.ENGINEER_ID
                        + "\", \"summary\": \"\"}");
        Api.Response bySupervisor = api.post(
                TestUsers.ENGINEER,
                "/api/key-customers/" + customer + "/visits",
                "{\"visitedOn\": \"" + today + "\", \"visitedBy\": \"" + TestUsers.SUPERVISOR_ID
                        + "\", \"summary\": \"looked in\"}");
        Api.Response tomorrow = api.post(
                TestUsers.ENGINEER,
                "/api/key-customers/" + customer + "/visits",
                "{\"visitedOn\": \"" + today.plusDays(1) + "\", \"visitedBy\": \"" + TestUsers.ENGINEER_ID
                        + "\", \"summary\": \"planned\"}");
        Api.Response notKey = api.post(
                TestUsers.ENGINEER,
                "/api/key-customers/" + customers.register("not key", null, null) + "/visits",
                "{\"visitedOn\": \"" + today + "\", \"visitedBy\": \"" + TestUsers.ENGINEER_ID
                        + "\", \"summary\": \"visit\"}");
        assertThat(blankSummary.status()).isEqualTo(400);
        assertThat(bySupervisor.status()).isEqualTo(422);
        assertThat(bySupervisor.raw().body()).contains("rule-NOT_A_VISITOR");
        assertThat(tomorrow.status()).isEqualTo(422);
        assertThat(tomorrow.raw().body()).contains("rule-VISIT_IN_THE_FUTURE");
        assertThat(notKey.status()).isEqualTo(422);
        assertThat(notKey.raw().body()).contains("rule-NOT_A_KEY_CUSTOMER");
        assertThat(eventCount()).isEqualTo(afterMark);
    }

    @Test
    void rolesThatAreNotAllowedGet403_T11() throws Exception {
        String customer = customers.register("重点客户 roles", null, null).value();
        assertThat(api.post(TestUsers.ENGINEER, "/api/key-customers", markBody(customer, today()))
                        .status())
                .isEqualTo(403);
        assertThat(api.get(TestUsers.FINANCE, "/api/key-customers").status()).isEqualTo(403);
        assertThat(api.get(TestUsers.ENGINEER, "/api/key-customers/" + customer + "/history")
                        .status())
                .isEqualTo(403);
        assertThat(delete(TestUsers.CLERK, customer, "{\"reason\": \"x\"}").statusCode())
                .isEqualTo(403);
        assertThat(jdbc.queryForObject(
                        "select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class, customer))
                .isZero();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), companyZone);
    }

    private static String markBody(String customer, LocalDate deliveredOn) {
        return "{\"customerId\": \"" + customer + "\", \"deliveredOn\": \"" + deliveredOn
                + "\", \"reason\": \"年采购额前十，签有维保合同\"}";
    }

    private JsonNode board(String user, String query) {
        Api.Response board = api.get(user, "/api/key-customers" + query);
        assertThat(board.status()).as(board.raw().body()).isEqualTo(200);
        return board.body();
    }

    private static JsonNode row(JsonNode board, String customer) {
        for (JsonNode row : board) {
            if (row.get("customerId").asText().equals(customer)) {
                return row;
            }
        }
        return null;
    }

    private List<Map<String, Object>> overdueEvents(String customer) {
        return jdbc.queryForList(
                "select convert_from(payload, 'UTF8')::jsonb ->> 'dueBy' as due,"
                        + " convert_from(meta_data, 'UTF8')::jsonb ->> 'userId' as actor,"
                        + " convert_from(meta_data, 'UTF8')::jsonb ->> 'role' as role"
                        + " from domain_event_entry where aggregate_identifier = ?"
                        + " and payload_type like '%KeyCustomerVisitOverdueEvent'",
                customer);
    }

    private HttpResponse<String> delete(String user, String customer, String json) throws Exception {
        String token = api.signIn(user).body().get("accessToken").asText();
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + port + "/api/key-customers/" + customer))
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + token)
                                .method("DELETE", HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
