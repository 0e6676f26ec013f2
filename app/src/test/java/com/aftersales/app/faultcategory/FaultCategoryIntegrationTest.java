package com.aftersales.app.faultcategory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.app.supplier.SupplierTestUsers;
import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.aftersales.command.faultcategory.FaultCategoryLookup;
import com.aftersales.command.repair.FaultCategories;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * R3 over HTTP on PostgreSQL: the fault-category list starts with its defaults, recorded by the
 * system; administrators and quality keep it, everyone signed in reads it; the command side's
 * lookup follows every committed change. Each test defines categories of its own codes.
 */
class FaultCategoryIntegrationTest extends IntegrationTest {
    @Autowired
    FaultCategoryLookup lookup;

    @Autowired
    FaultCategories faultCategories;

    @BeforeEach
    void users() {
        SupplierTestUsers.ensure(jdbc);
    }

    @Test
    void theListStartsWithItsDefaultsRecordedOnceByTheSystem_R3() {
        List<JsonNode> categories = list(TestUsers.CLERK, false);
        assertThat(categories.stream().map(c -> c.get("code").asText()))
                .contains("PAPER_FEED", "SPINDLE", "HYDRAULIC", "SERVO_DRIVE", "POWER_SUPPLY", "IMAGING")
                .contains("SOFTWARE_BUG", "FIRMWARE", "HOUSING", "LIQUID_DAMAGE");
        JsonNode liquid = categories.stream()
                .filter(c -> c.get("code").asText().equals("LIQUID_DAMAGE"))
                .findFirst()
                .orElseThrow();
        assertThat(liquid.get("nameZh").asText()).isEqualTo("进液");
        assertThat(liquid.get("faultType").asText()).isEqualTo("MISUSE");
        assertThat(lookup.isCoreComponent("SPINDLE")).isTrue();
        assertThat(lookup.isCoreComponent("PAPER_FEED")).isFalse();
        assertThat(faultCategories.isActive("PAPER_FEED")).isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from domain_event_entry where aggregate_identifier = 'fault-category-list'"
                                + " and payload_type like '%FaultCategoryDefinedEvent'"
                                + " and convert_from(meta_data, 'UTF8')::jsonb ->> 'userId' = 'system'",
                        Long.class))
                .isEqualTo((long) FaultCategoryDefaults.CATEGORIES.size());
    }

    @Test
    void qualityDefinesRenamesRetiresAndReinstatesACategoryAndTheLookupFollows_R3_S3() throws Exception {
        String code = code();
        Api.Response defined = api.post(SupplierTestUsers.QUALITY, "/api/fault-categories", """
                {"code": "%s", "nameZh": "冷却系统", "nameEn": "Cooling", "faultType": "HARDWARE", "coreComponent": true}""".formatted(code));
        assertThat(defined.status()).as(defined.raw().body()).isEqualTo(201);
        assertThat(faultCategories.isActive(code)).isTrue();
        assertThat(lookup.isCoreComponent(code)).isTrue();
        await().atMost(Duration.ofSeconds(20)).until(() -> find(code, false) != null);

        HttpResponse<String> renamed =
                put(TestUsers.ADMIN, "/api/fault-categories/" + code, "{\"nameZh\": \"冷却\", \"nameEn\": \"Coolant\"}");
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> "冷却".equals(find(code, false).get("nameZh").asText()));

        Api.Response retired = api.post(
                SupplierTestUsers.QUALITY,
                "/api/fault-categories/" + code + "/retirement",
                "{\"reason\": \"并入 HYDRAULIC\"}");
        assertThat(retired.status()).as(retired.raw().body()).isEqualTo(200);
        assertThat(faultCategories.isActive(code)).isFalse();
        assertThat(lookup.isKnown(code)).isTrue();
        await().atMost(Duration.ofSeconds(20)).until(() -> find(code, false) == null);
        assertThat(find(code, true).get("active").asBoolean()).isFalse();

        Api.Response reinstated =
                api.post(TestUsers.ADMIN, "/api/fault-categories/" + code + "/reinstatement", "{\"reason\": \"重新拆分\"}");
        assertThat(reinstated.status()).as(reinstated.raw().body()).isEqualTo(200);
        assertThat(faultCategories.isActive(code)).isTrue();
        await().atMost(Duration.ofSeconds(20)).until(() -> find(code, false) != null);

        Api.Response history = api.get(SupplierTestUsers.QUALITY, "/api/fault-categories/history");
        assertThat(history.status()).isEqualTo(200);
        JsonNode last = history.body().get(history.body().size() - 1);
        assertThat(last.get("eventType").asText()).isEqualTo("FaultCategoryReinstatedEvent");
        assertThat(last.get("actorUserId").asText()).isEqualTo("U-T-ADMIN");
        assertThat(last.get("actorRole").asText()).isEqualTo("ADMIN");
    }

    @Test
    void aCodeDefinedTwiceIsRefusedWithItsRuleAndNothingIsStored_R3() {
        String code = code();
        String body = """
                {"code": "%s", "nameZh": "名称", "nameEn": "Name", "faultType": "SOFTWARE", "coreComponent": false}""".formatted(code);
        assertThat(api.post(TestUsers.ADMIN, "/api/fault-categories", body).status())
                .isEqualTo(201);
        long before = eventCount();

        Api.Response again = api.post(TestUsers.ADMIN, "/api/fault-categories", body);

        assertThat(again.status()).as(again.raw().body()).isEqualTo(422);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.body().get("ruleId").asText()).isEqualTo("R3");
        assertThat(again.body().get("code").asText()).isEqualTo("CATEGORY_ALREADY_DEFINED");
        Api.Response unknown = api.post(
                TestUsers.ADMIN, "/api/fault-categories/NO_SUCH_" + code + "/retirement", "{\"reason\": \"r\"}");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body().get("code").asText()).isEqualTo("CATEGORY_UNKNOWN");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void badInputIsAnsweredBadRequestAndNothingIsStored_R3() {
        long before = eventCount();

        Api.Response lowerCase = api.post(TestUsers.ADMIN, "/api/fault-categories", """
                {"code": "cooling", "nameZh": "冷却", "nameEn": "Cooling", "faultType": "HARDWARE"}""");
        Api.Response noType = api.post(TestUsers.ADMIN, "/api/fault-categories", """
                {"code": "%s", "nameZh": "冷却", "nameEn": "Cooling"}""".formatted(code()));
        Api.Response noReason = api.post(TestUsers.ADMIN, "/api/fault-categories/SPINDLE/retirement", "{}");
        Api.Response badPath =
                api.post(TestUsers.ADMIN, "/api/fault-categories/spin-dle/retirement", "{\"reason\": \"r\"}");

        assertThat(List.of(lowerCase.status(), noType.status(), noReason.status(), badPath.status()))
                .containsOnly(400);
        assertThat(lowerCase.contentType()).startsWith("application/problem+json");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void onlyAdministratorsAndQualityKeepTheListAndEveryoneReadsIt_R3() {
        long before = eventCount();
        String body = """
                {"code": "%s", "nameZh": "名称", "nameEn": "Name", "faultType": "HARDWARE"}""".formatted(code());

        assertThat(api.post(TestUsers.SUPERVISOR, "/api/fault-categories", body).status())
                .isEqualTo(403);
        assertThat(api.post(TestUsers.ENGINEER, "/api/fault-categories/SPINDLE/retirement", "{\"reason\": \"r\"}")
                        .status())
                .isEqualTo(403);
        assertThat(eventCount()).isEqualTo(before);
        for (String reader :
                List.of(TestUsers.CLERK, TestUsers.ENGINEER, TestUsers.FINANCE, SupplierTestUsers.MANAGER)) {
            assertThat(api.get(reader, "/api/fault-categories").status())
                    .as(reader)
                    .isEqualTo(200);
        }
        assertThat(api.get(TestUsers.CLERK, "/api/fault-categories/history").status())
                .isEqualTo(403);
    }

    private JsonNode find(String code, boolean includeRetired) {
        return list(TestUsers.ENGINEER, includeRetired).stream()
                .filter(c -> c.get("code").asText().equals(code))
                .findFirst()
                .orElse(null);
    }

    private List<JsonNode> list(String user, boolean includeRetired) {
        Api.Response list = api.get(user, "/api/fault-categories?includeRetired=" + includeRetired);
        assertThat(list.status()).isEqualTo(200);
        return java.util.stream.StreamSupport.stream(list.body().spliterator(), false)
                .toList();
    }

    private static String code() {
        return "T_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
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
