package com.aftersales.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * W1, W2 over HTTP on the embedded PostgreSQL: an administrator corrects the calendar, every
 * signed-in role reads it and counts with it at once, each change is an event with its author.
 * Each test uses a calendar of its own, so the runs on a reused database do not meet.
 */
class CalendarIntegrationTest extends IntegrationTest {
    @Test
    void anAdministratorsCorrectionShowsInTheNextReadAndTheCalculatorAndTheHistoryNamesThem_W1_W2_S3()
            throws Exception {
        String calendar = calendar();
        String path = "/api/calendars/" + calendar;

        Api.Response before = api.get(TestUsers.CLERK, path + "/days?year=2026");
        assertThat(before.status()).as(before.raw().body()).isEqualTo(200);
        assertThat(before.body().get("version").asInt()).isZero();
        assertThat(before.body().get("officiallyCovered").asBoolean()).isTrue();
        assertThat(before.body().get("opens").asText()).startsWith("09:00");
        assertThat(before.body().get("closes").asText()).startsWith("18:00");
        assertThat(day(before.body(), "2026-10-10").get("kind").asText()).isEqualTo("WORKING_DAY");
        assertThat(day(before.body(), "2026-10-10").get("source").asText()).isEqualTo("OFFICIAL");
        assertThat(day(before.body(), "2026-10-01").get("kind").asText()).isEqualTo("HOLIDAY");
        assertThat(dueDate(calendar, "2026-09-30", 3)).isEqualTo("2026-10-10");

        HttpResponse<String> corrected =
                put(TestUsers.ADMIN, path + "/days/2026-10-09", "{\"kind\":\"HOLIDAY\",\"reason\":\"节后补休\"}");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);

        Api.Response after = api.get(TestUsers.ENGINEER, path + "/days?year=2026");
        assertThat(after.body().get("version").asInt()).isEqualTo(1);
        JsonNode correction = day(after.body(), "2026-10-09");
        assertThat(correction.get("kind").asText()).isEqualTo("HOLIDAY");
        assertThat(correction.get("source").asText()).isEqualTo("CORRECTION");
        assertThat(correction.get("note").asText()).isEqualTo("节后补休");
        // Oct 8, the working Saturday Oct 10, Monday Oct 12
        assertThat(dueDate(calendar, "2026-09-30", 3)).isEqualTo("2026-10-12");

        Api.Response history = api.get(TestUsers.ADMIN, path + "/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body()).hasSize(1);
        JsonNode entry = history.body().get(0);
        assertThat(entry.get("eventType").asText()).isEqualTo("CalendarDayCorrectedEvent");
        assertThat(entry.get("actorUserId").asText()).isEqualTo("U-T-ADMIN");
        assertThat(entry.get("actorRole").asText()).isEqualTo("ADMIN");
        assertThat(entry.get("payloadJson").asText()).contains("\"calendarId\":\"" + calendar + "\"");

        HttpResponse<String> withdrawn = send(
                TestUsers.ADMIN,
                HttpRequest.newBuilder(uri(path + "/days/2026-10-09?reason=%E5%8F%96%E6%B6%88"))
                        .DELETE());
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        assertThat(dueDate(calendar, "2026-09-30", 3)).isEqualTo("2026-10-10");

        HttpResponse<String> hours = put(
                TestUsers.ADMIN,
                path + "/business-hours",
                "{\"opens\":\"08:00\",\"closes\":\"22:00\",\"reason\":\"电话值班\"}");
        assertThat(hours.statusCode()).as(hours.body()).isEqualTo(200);
        Api.Response last = api.get(TestUsers.FINANCE, path + "/days?year=2027");
        assertThat(last.body().get("version").asInt()).isEqualTo(3);
        assertThat(last.body().get("opens").asText()).startsWith("08:00");
        assertThat(last.body().get("closes").asText()).startsWith("22:00");
        assertThat(last.body().get("officiallyCovered").asBoolean()).isFalse();
        assertThat(last.body().get("days")).isEmpty();
        assertThat(api.get(TestUsers.ADMIN, path + "/history").body()).hasSize(3);
    }

    @Test
    void aClerkMayReadButNotCorrectAndBadInputIsRefusedWithNothingStored_W1_W2() throws Exception {
        String calendar = calendar();
        String path = "/api/calendars/" + calendar;
        long events = eventCount();

        HttpResponse<String> byClerk =
                put(TestUsers.CLERK, path + "/days/2026-03-10", "{\"kind\":\"HOLIDAY\",\"reason\":\"想放假\"}");
        assertThat(byClerk.statusCode()).isEqualTo(403);

        HttpResponse<String> backwards = put(
                TestUsers.ADMIN,
                path + "/business-hours",
                "{\"opens\":\"18:00\",\"closes\":\"09:00\",\"reason\":\"夜班\"}");
        assertThat(backwards.statusCode()).as(backwards.body()).isEqualTo(422);
        assertThat(backwards.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(backwards.body()).contains("\"ruleId\":\"W2\"").contains("rule-HOURS_OPEN_BEFORE_THEY_CLOSE");

        HttpResponse<String> nothingChanges =
                put(TestUsers.ADMIN, path + "/days/2026-03-10", "{\"kind\":\"WORKING_DAY\",\"reason\":\"照常\"}");
        assertThat(nothingChanges.statusCode()).isEqualTo(422);
        assertThat(nothingChanges.body()).contains("CORRECTION_CHANGES_NOTHING");

        HttpResponse<String> noReason = put(TestUsers.ADMIN, path + "/days/2026-03-10", "{\"kind\":\"HOLIDAY\"}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        HttpResponse<String> badDate =
                put(TestUsers.ADMIN, path + "/days/2026-13-01", "{\"kind\":\"HOLIDAY\",\"reason\":\"x\"}");
        assertThat(badDate.statusCode()).isEqualTo(400);
        HttpResponse<String> nothingToWithdraw = send(
                TestUsers.ADMIN,
                HttpRequest.newBuilder(uri(path + "/days/2026-03-10"))
                        .header("Content-Type", "application/json")
                        .method("DELETE", HttpRequest.BodyPublishers.ofString("{\"reason\":\"撤销\"}")));
        assertThat(nothingToWithdraw.statusCode()).isEqualTo(422);
        assertThat(nothingToWithdraw.body()).contains("NO_CORRECTION_TO_WITHDRAW");
        assertThat(api.get(TestUsers.ADMIN, "/api/calendars/" + calendar + "/working-days?from=2026-03-09&days=-1")
                        .status())
                .isEqualTo(400);
        assertThat(api.get(TestUsers.CLERK, "/api/calendars/" + calendar + "/history")
                        .status())
                .isEqualTo(403);

        assertThat(eventCount()).isEqualTo(events);
        assertThat(api.get(TestUsers.ADMIN, path + "/history").body()).isEmpty();
        assertThat(api.get(TestUsers.CLERK, path + "/days?year=2026")
                        .body()
                        .get("version")
                        .asInt())
                .isZero();
    }

    private static JsonNode day(JsonNode year, String day) {
        for (JsonNode d : year.get("days")) {
            if (d.get("day").asText().equals(day)) {
                return d;
            }
        }
        throw new AssertionError(day + " not among the days of " + year);
    }

    private String dueDate(String calendar, String from, int days) {
        Api.Response answer =
                api.get(TestUsers.CLERK, "/api/calendars/" + calendar + "/working-days?from=" + from + "&days=" + days);
        assertThat(answer.status()).as(answer.raw().body()).isEqualTo(200);
        return answer.body().get("due").asText();
    }

    private static String calendar() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private HttpResponse<String> put(String user, String path, String json) throws Exception {
        return send(
                user,
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
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
