package com.aftersales.app.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** T8 over HTTP: administrators keep the organisation chart; every change is an event with its author. */
class OrganisationChartIntegrationTest extends IntegrationTest {

    @Test
    void anAdministratorSetsAndRemovesASuperiorAndTheChartAndItsHistoryShowIt_T8_S3_S4() throws Exception {
        String person = person();
        String superior = person();

        HttpResponse<String> set = put(TestUsers.ADMIN, person, superior);
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(chartedPeople()).contains(person));
        Api.Response history = api.get(TestUsers.ADMIN, "/api/organisation/history");
        assertThat(history.status()).isEqualTo(200);
        JsonNode last = history.body().get(history.body().size() - 1);
        assertThat(last.get("eventType").asText()).isEqualTo("SuperiorAssignedEvent");
        assertThat(last.get("actorUserId").asText()).isEqualTo("U-T-ADMIN");
        assertThat(last.get("actorRole").asText()).isEqualTo("ADMIN");

        HttpResponse<String> removed = delete(TestUsers.ADMIN, person);
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(chartedPeople()).doesNotContain(person));
    }

    @Test
    void aCycleIsRefusedNamingT8AndOnlyAdministratorsChangeTheChart() throws Exception {
        String lower = person();
        String upper = person();
        assertThat(put(TestUsers.ADMIN, lower, upper).statusCode()).isEqualTo(200);

        HttpResponse<String> cycle = put(TestUsers.ADMIN, upper, lower);
        HttpResponse<String> bySupervisor = put(TestUsers.SUPERVISOR, person(), upper);
        HttpResponse<String> unknownPerson = put(TestUsers.ADMIN, "U-NOBODY-" + UUID.randomUUID(), upper);

        assertThat(cycle.statusCode()).as(cycle.body()).isEqualTo(422);
        assertThat(cycle.body()).contains("\"ruleId\":\"T8\"").contains("SUPERIOR_CYCLE");
        assertThat(bySupervisor.statusCode()).isEqualTo(403);
        assertThat(unknownPerson.statusCode()).as(unknownPerson.body()).isEqualTo(422);
    }

    private List<String> chartedPeople() {
        return api.get(TestUsers.SUPERVISOR, "/api/organisation/superiors").body().findValues("personId").stream()
                .map(JsonNode::asText)
                .toList();
    }

    private String person() {
        String id = "U-T-ORG-" + UUID.randomUUID().toString().substring(0, 8);
        TestUsers.create(jdbc, id, id.toLowerCase(), "ENGINEER");
        return id;
    }

    private HttpResponse<String> put(String user, String person, String superior) throws Exception {
        return send(
                user,
                HttpRequest.newBuilder(uri("/api/organisation/superiors/" + person))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"superiorId\": \"" + superior + "\"}")));
    }

    private HttpResponse<String> delete(String user, String person) throws Exception {
        return send(
                user,
                HttpRequest.newBuilder(uri("/api/organisation/superiors/" + person))
                        .DELETE());
    }

    private HttpResponse<String> send(String user, HttpRequest.Builder request) throws Exception {
        String token = api.signIn(user).body().get("accessToken").asText();
        return HttpClient.newHttpClient()
                .send(request.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
