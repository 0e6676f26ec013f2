package com.aftersales.app.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.UUID;

/** A ticket's steps over HTTP as the tests take them: each must be accepted, the board is awaited. */
public final class TicketSteps {
    private final Api api;

    public TicketSteps(Api api) {
        this.api = api;
    }

    /** Registered by the test clerk; answers the ticket id. */
    public String register(String urgency, boolean underContract) {
        Api.Response created = api.post(
                TestUsers.CLERK, "/api/tickets", Tickets.registration(urgency, serial(), "HARDWARE", underContract));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
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
