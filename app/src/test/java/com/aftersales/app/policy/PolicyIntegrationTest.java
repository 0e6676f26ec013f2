package com.aftersales.app.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.policy.PolicySettings;
import com.aftersales.api.policy.RepairSettings;
import com.aftersales.app.LedgerProperties;
import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Settings as events over HTTP (ADR 0010): version 1 is the properties' defaults, administrators
 * record the next versions, every member of staff reads them, and a version never changes. Tests
 * share the database, so each works from the version in force when it starts and changes only
 * settings no other test depends on (the R12 window).
 */
class PolicyIntegrationTest extends IntegrationTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Autowired
    private ObjectMapper mapper;

    @Autowired
    private LedgerProperties ledger;

    @Autowired
    private PolicyDefaultsProperties defaults;

    @Test
    void theFirstStartRecordsVersion1WithTheDefaultsOfTheProperties_S3() throws Exception {
        Api.Response first = api.get(TestUsers.ENGINEER, "/api/policy/versions/1");

        assertThat(first.status()).as(first.raw().body()).isEqualTo(200);
        assertThat(first.body().get("version").asInt()).isEqualTo(1);
        assertThat(settingsOf(first.body())).isEqualTo(PolicyDefaults.of(ledger, defaults));
        JsonNode sla = first.body().get("settings").get("ticketSla");
        assertThat(sla.get("responseWithin").get("URGENT").asText()).isEqualTo("PT2H");
        assertThat(sla.get("planWithin").has("LOW")).isFalse();
        assertThat(first.body()
                        .get("settings")
                        .get("expenseCaps")
                        .get("dailyCap")
                        .get("LODGING")
                        .get("TIER_1")
                        .asInt())
                .isEqualTo(500);
        for (String member : staff()) {
            assertThat(api.get(member, "/api/policy").status()).as(member).isEqualTo(200);
            assertThat(api.get(member, "/api/policy/versions/1").status())
                    .as(member)
                    .isEqualTo(200);
        }
        JsonNode recorded = history().get(0);
        assertThat(recorded.get("eventType").asText()).isEqualTo("PolicySettingsChangedEvent");
        assertThat(recorded.get("actorUserId").asText()).isEqualTo("system");
        assertThat(recorded.get("actorRole").asText()).isEqualTo("SYSTEM");
    }

    @Test
    void anAdministratorRecordsTheNextVersionAndTheEarlierOnesStayAsTheyWere_S3_S4() throws Exception {
        JsonNode before = api.get(TestUsers.FINANCE, "/api/policy").body();
        int version = before.get("version").asInt();
        PolicySettings next = longerRepeatWindow(settingsOf(before));

        HttpResponse<String> changed =
                put(TestUsers.ADMIN, version, next, "R12 window longer for the new product line");

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(mapper.readTree(changed.body()).get("version").asInt()).isEqualTo(version + 1);
        Api.Response now = api.get(TestUsers.CLERK, "/api/policy");
        assertThat(now.body().get("version").asInt()).isEqualTo(version + 1);
        assertThat(settingsOf(now.body())).isEqualTo(next);
        assertThat(now.body().get("reason").asText()).isEqualTo("R12 window longer for the new product line");
        assertThat(settingsOf(api.get(TestUsers.CLERK, "/api/policy/versions/" + version)
                        .body()))
                .isEqualTo(settingsOf(before));
        assertThat(settingsOf(api.get(TestUsers.CLERK, "/api/policy/versions/1").body()))
                .isEqualTo(PolicyDefaults.of(ledger, defaults));
        JsonNode last = history().get(version);
        assertThat(last.get("sequenceNumber").asInt()).isEqualTo(version);
        assertThat(last.get("actorUserId").asText()).isEqualTo("U-T-ADMIN");
        assertThat(last.get("actorRole").asText()).isEqualTo("ADMIN");
        assertThat(mapper.readTree(last.get("payloadJson").asText())
                        .get("version")
                        .asInt())
                .isEqualTo(version + 1);
    }

    @Test
    void aStaleExpectedVersionIsRefusedNamingTheCurrentOneAndStoresNothing_S3() throws Exception {
        JsonNode before = api.get(TestUsers.ADMIN, "/api/policy").body();
        int version = before.get("version").asInt();
        long[] stored = stored();

        HttpResponse<String> stale = put(TestUsers.ADMIN, version - 1, longerRepeatWindow(settingsOf(before)), "stale");
        HttpResponse<String> ahead = put(TestUsers.ADMIN, version + 1, longerRepeatWindow(settingsOf(before)), "ahead");

        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(422);
        assertThat(stale.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = mapper.readTree(stale.body());
        assertThat(problem.get("type").asText()).isEqualTo("urn:problem:rule-STALE_POLICY_VERSION");
        assertThat(problem.get("ruleId").asText()).isEqualTo("S3");
        assertThat(problem.get("detail").asText()).contains("at version " + version);
        assertThat(ahead.statusCode()).as(ahead.body()).isEqualTo(422);
        assertThat(stored()).containsExactly(stored);
        assertThat(api.get(TestUsers.ADMIN, "/api/policy").body().get("version").asInt())
                .isEqualTo(version);
    }

    @Test
    void onlyAdministratorsChangeThePolicyAndOnlyAdministratorsAndManagersReadItsHistory() throws Exception {
        JsonNode before = api.get(TestUsers.CLERK, "/api/policy").body();
        long[] stored = stored();

        HttpResponse<String> byClerk =
                put(TestUsers.CLERK, before.get("version").asInt(), longerRepeatWindow(settingsOf(before)), "clerk");
        HttpResponse<String> bySupervisor =
                put(TestUsers.SUPERVISOR, before.get("version").asInt(), longerRepeatWindow(settingsOf(before)), "sup");

        assertThat(byClerk.statusCode()).isEqualTo(403);
        assertThat(bySupervisor.statusCode()).isEqualTo(403);
        assertThat(api.get(TestUsers.CLERK, "/api/policy/history").status()).isEqualTo(403);
        assertThat(stored()).containsExactly(stored);
    }

    @Test
    void invalidSettingsAreRefusedWithTheirRuleOrAsBadInputAndStoreNothing_T3_R12() throws Exception {
        JsonNode before = api.get(TestUsers.ADMIN, "/api/policy").body();
        int version = before.get("version").asInt();
        long[] stored = stored();

        ObjectNode tooSlow = body(version, settingsOf(before), "response in 25 hours");
        ((ObjectNode) tooSlow.with("settings").with("ticketSla").with("responseWithin")).put("LOW", "PT25H");
        HttpResponse<String> overADay = put(TestUsers.ADMIN, tooSlow);
        ObjectNode noWindow = body(version, settingsOf(before), "no repeat window");
        ((ObjectNode) noWindow.with("settings").with("repair")).put("repeatWindowDays", 0);
        HttpResponse<String> zeroWindow = put(TestUsers.ADMIN, noWindow);
        ObjectNode withoutRepair = body(version, settingsOf(before), "no repair family");
        ((ObjectNode) withoutRepair.get("settings")).remove("repair");
        HttpResponse<String> missingFamily = put(TestUsers.ADMIN, withoutRepair);
        HttpResponse<String> noReason =
                put(TestUsers.ADMIN, body(version, longerRepeatWindow(settingsOf(before)), " "));
        HttpResponse<String> unchanged = put(TestUsers.ADMIN, version, settingsOf(before), "the same again");

        assertThat(overADay.statusCode()).as(overADay.body()).isEqualTo(422);
        assertThat(mapper.readTree(overADay.body()).get("code").asText()).isEqualTo("RESPONSE_TIME_INVALID");
        assertThat(mapper.readTree(overADay.body()).get("ruleId").asText()).isEqualTo("T3");
        assertThat(zeroWindow.statusCode()).as(zeroWindow.body()).isEqualTo(422);
        assertThat(mapper.readTree(zeroWindow.body()).get("ruleId").asText()).isEqualTo("R12");
        assertThat(missingFamily.statusCode()).as(missingFamily.body()).isEqualTo(400);
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
        assertThat(mapper.readTree(noReason.body()).toString()).contains("reason");
        assertThat(unchanged.statusCode()).as(unchanged.body()).isEqualTo(422);
        assertThat(mapper.readTree(unchanged.body()).get("code").asText()).isEqualTo("POLICY_UNCHANGED");
        assertThat(stored()).containsExactly(stored);
    }

    @Test
    void aVersionThatDoesNotExistIsNotFound() {
        assertThat(api.get(TestUsers.CLERK, "/api/policy/versions/100000").status())
                .isEqualTo(404);
    }

    private PolicySettings longerRepeatWindow(PolicySettings settings) {
        RepairSettings repair = settings.repair();
        return new PolicySettings(
                settings.ticketSla(),
                new RepairSettings(
                        repair.warrantyMonths(),
                        repair.warrantyExtensionMonths(),
                        repair.reInspectionLimit(),
                        repair.repairWorkingDays(),
                        repair.urgentRepairWorkingDays(),
                        repair.repeatWindowDays() + 1,
                        repair.diagnosisHours(),
                        repair.urgentDiagnosisHours(),
                        repair.customerNoticeWorkingDays(),
                        repair.outsourceChaseWorkingDays(),
                        repair.samplingPercent(),
                        repair.managementFeePercent(),
                        repair.exchangeUnusedWithinDays(),
                        repair.refundWithinDaysOfPurchase(),
                        repair.refundLateWorkingDays(),
                        repair.depreciationMonths()),
                settings.complaint(),
                settings.expenseCaps());
    }

    private PolicySettings settingsOf(JsonNode version) throws Exception {
        return mapper.treeToValue(version.get("settings"), PolicySettings.class);
    }

    private JsonNode history() {
        Api.Response history = api.get(TestUsers.ADMIN, "/api/policy/history");
        assertThat(history.status()).isEqualTo(200);
        return history.body();
    }

    /** The policy's events and lookup rows. */
    private long[] stored() {
        return new long[] {
            jdbc.queryForObject(
                    "select count(*) from domain_event_entry where aggregate_identifier = 'company-policy'",
                    Long.class),
            jdbc.queryForObject("select count(*) from policy_version", Long.class)
        };
    }

    private ObjectNode body(int expectedVersion, PolicySettings settings, String reason) {
        ObjectNode body = mapper.createObjectNode();
        body.put("expectedVersion", expectedVersion);
        body.set("settings", mapper.valueToTree(settings));
        body.put("reason", reason);
        return body;
    }

    private HttpResponse<String> put(String user, int expectedVersion, PolicySettings settings, String reason)
            throws Exception {
        return put(user, body(expectedVersion, settings, reason));
    }

    private HttpResponse<String> put(String user, JsonNode body) throws Exception {
        String token = api.signIn(user).body().get("accessToken").asText();
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/policy"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .PUT(HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static List<String> staff() {
        return List.of(TestUsers.CLERK, TestUsers.ENGINEER, TestUsers.SUPERVISOR, TestUsers.FINANCE, TestUsers.ADMIN);
    }
}
