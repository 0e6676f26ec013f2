package com.aftersales.app.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.app.customer.CustomerContacts;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** A ticket's steps over HTTP as the tests take them: each must be accepted, the board is awaited. */
public final class TicketSteps {
    private final Api api;

    public TicketSteps(Api api) {
        this.api = api;
    }

    /** Registered by the test clerk for a new customer; answers the ticket id. */
    public String register(String urgency) {
        Api.Response created = api.post(TestUsers.CLERK, "/api/tickets", Tickets.registration(urgency, serial()));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body().get("ticketId").asText();
    }

    /**
     * T13: the customer's unit under a service contract (the solution-collection terms: 0.5 h, on
     * site 2 h, fixed 4 h), registered by the test administrator; then the ticket for that unit.
     */
    public String registerUnderContract(String urgency, CustomerContacts customers) {
        String serial = serial();
        String customer = customers
                .register("合同客户 contract customer", "021 5555 0199", null)
                .value();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Api.Response contract = api.post(TestUsers.ADMIN, "/api/contracts", """
                {"contractNumber": "HT-%s", "customerId": "%s", "serialNumbers": ["%s"],
                 "validFrom": "%s", "validUntil": "%s",
                 "terms": {"responseWithin": "PT30M", "onSiteWithin": "PT2H", "fixWithin": "PT4H",
                           "businessHoursOnly": false}}""".formatted(
                        serial, customer, serial, today.minusDays(1), today.plusYears(1)));
        assertThat(contract.status()).as(contract.raw().body()).isEqualTo(201);
        Api.Response created = api.post(
                TestUsers.CLERK,
                "/api/tickets",
                Tickets.registration(urgency, serial)
                        .replace(
                                "\"customer\": {\"name\": \"王先生\", \"phone\": \"139 0000 0000\"}",
                                "\"customerId\": \"" + customer + "\""));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        assertThat(created.body().get("contractNumber").asText()).isEqualTo("HT-" + serial);
        return created.body().get("ticketId").asText();
    }

    public void accepted(String user, String ticketId, String action, String json) {
        Api.Response response = api.post(user, path(ticketId, action), json);
        assertThat(response.status()).as(action + ": " + response.raw().body()).isEqualTo(200);
    }

    public Api.Response refused(String user, String ticketId, String action, String json) {
        Api.Response response = api.post(user, path(ticketId, action), json);
        assertThat(response.status()).as(action + ": " + response.raw().body()).isEqualTo(422);
        return response;
    }

    /** The ticket's detail once the board has caught up with {@code version}. */
    public JsonNode awaitTicket(String ticketId, long version) {
        JsonNode[] ticket = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Api.Response detail = api.get(TestUsers.CLERK, "/api/tickets/" + ticketId);
            assertThat(detail.status()).isEqualTo(200);
            assertThat(detail.body().at("/ticket/summary/version").asLong()).isEqualTo(version);
            ticket[0] = detail.body().get("ticket");
        });
        return ticket[0];
    }

    public static String path(String ticketId, String action) {
        return "/api/tickets/" + ticketId + "/" + action;
    }

    public static String serial() {
        return "SN-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
