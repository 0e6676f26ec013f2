package com.aftersales.app.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.PageSession;
import com.aftersales.app.support.PageSession.Page;
import com.aftersales.app.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The company policy page over HTTP (ADR 0010): the version in force in readable form, every
 * version listed, and the form that records the next one. The form is sent as a browser sends it,
 * with every field the page filled in; tests change only the R12 window, as PolicyIntegrationTest.
 */
class PolicyPageIntegrationTest extends IntegrationTest {
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");

    @BeforeEach
    void manager() {
        TestUsers.create(jdbc, "U-T-MGR", "t-manager", "MANAGER");
    }

    @Test
    void theVersionInForceReadsAsSettingsInBothLanguagesWithItsAuthor() {
        int version = currentVersion();
        PageSession chinese = PageSession.signedIn(port, "zh-CN", TestUsers.ADMIN, null);
        PageSession english = PageSession.signedIn(port, "en", "t-manager", null);

        Page zh = chinese.get("/admin/policy");
        Page en = english.get("/admin/policy");

        assertThat(zh.status()).isEqualTo(200);
        assertThat(zh.body())
                .contains("公司设置", "第 " + version + " 版", "首次响应时限", "紧急", "住宿（每晚）", "一线城市")
                .contains("id=\"policy-author\"", "id=\"version-link-1\"", "href=\"/admin/policy/versions/1\"")
                .contains(
                        "id=\"form-policy\"", "id=\"policy-responseHours-URGENT\"", "id=\"policy-caps-LODGING-TIER_1\"")
                .contains("<label for=\"policy-repeatWindowDays\"", "<label for=\"policy-caps-LODGING-TIER_1\"");
        assertThat(en.status()).isEqualTo(200);
        assertThat(en.body())
                .contains("Company policy", "Version " + version, "First response within", "Tier-1 city")
                .contains("id=\"policy-author\"")
                .doesNotContain("id=\"form-policy\"");
        Page first = english.get("/admin/policy/versions/1");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).contains("Company policy, version 1", "id=\"settings-response-URGENT\"", "2 h");
        assertThat(english.get("/admin/policy/versions/100000").status()).isEqualTo(404);
        PageSession clerk = PageSession.signedIn(port, "zh-CN", TestUsers.CLERK, null);
        Page asClerk = clerk.get("/admin/policy");
        assertThat(asClerk.status()).isEqualTo(200);
        assertThat(asClerk.body()).doesNotContain("id=\"form-policy\"").doesNotContain("id=\"policy-author\"");
    }

    @Test
    void theFormRecordsTheNextVersionAndAFormOpenedBeforeItShowsTheConflict_S3() {
        int version = currentVersion();
        int window = api.get(TestUsers.CLERK, "/api/policy")
                .body()
                .get("settings")
                .get("repair")
                .get("repeatWindowDays")
                .asInt();
        PageSession admin = PageSession.signedIn(port, "zh-CN", TestUsers.ADMIN, null);
        PageSession secondAdmin = PageSession.signedIn(port, "zh-CN", TestUsers.ADMIN, null);
        Map<String, String> form = formFields(admin.get("/admin/policy").body());
        Map<String, String> staleForm =
                formFields(secondAdmin.get("/admin/policy").body());
        assertThat(form)
                .containsEntry("expectedVersion", String.valueOf(version))
                .containsKey("caps[MEALS][OTHER]");

        form.put("repeatWindowDays", String.valueOf(window + 1));
        form.put("reason", "R12 window longer, through the page");
        Page saved = admin.post("/admin/policy", form);

        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        JsonNode now = api.get(TestUsers.CLERK, "/api/policy").body();
        assertThat(now.get("version").asInt()).isEqualTo(version + 1);
        assertThat(now.get("reason").asText()).isEqualTo("R12 window longer, through the page");
        assertThat(now.get("settings").get("repair").get("repeatWindowDays").asInt())
                .isEqualTo(window + 1);
        JsonNode before = api.get(TestUsers.CLERK, "/api/policy/versions/" + version)
                .body()
                .get("settings");
        JsonNode after = now.get("settings");
        assertThat(after.get("ticketSla")).isEqualTo(before.get("ticketSla"));
        assertThat(after.get("expenseCaps")).isEqualTo(before.get("expenseCaps"));
        Page page = admin.get("/admin/policy");
        assertThat(page.body())
                .contains("id=\"flash\"", "第 " + (version + 1) + " 版", "R12 window longer, through the page");

        staleForm.put("repeatWindowDays", String.valueOf(window + 2));
        staleForm.put("reason", "decided on the version before");
        Page stale = secondAdmin.post("/admin/policy", staleForm);

        assertThat(stale.status()).isEqualTo(422);
        assertThat(stale.body())
                .contains("id=\"form-error\"", "规则 S3", "id=\"policy-stale\"")
                .contains("value=\"" + (window + 2) + "\"");
        assertThat(currentVersion()).isEqualTo(version + 1);
    }

    @Test
    void aFieldLeftEmptyIsShownNextToItAndARuleAboveTheForm_T3() {
        int version = currentVersion();
        PageSession admin = PageSession.signedIn(port, "en", TestUsers.ADMIN, null);
        Map<String, String> form = formFields(admin.get("/admin/policy").body());
        form.put("reason", "broken on purpose");

        Map<String, String> empty = new LinkedHashMap<>(form);
        empty.put("warrantyMonths", "");
        Page missing = admin.post("/admin/policy", empty);
        Map<String, String> overADay = new LinkedHashMap<>(form);
        overADay.put("responseHours[LOW]", "25");
        Page tooSlow = admin.post("/admin/policy", overADay);

        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body())
                .contains("id=\"policy-warrantyMonths-error\"", "aria-describedby=\"policy-warrantyMonths-error\"");
        assertThat(tooSlow.status()).isEqualTo(422);
        assertThat(tooSlow.body()).contains("id=\"form-error\"", "Rule T3").doesNotContain("id=\"policy-stale\"");
        assertThat(currentVersion()).isEqualTo(version);
    }

    @Test
    void onlyAnAdministratorRecordsAVersion() {
        int version = currentVersion();
        PageSession manager = PageSession.signedIn(port, "en", "t-manager", null);
        Map<String, String> form = new LinkedHashMap<>();
        manager.get("/admin/policy");
        form.put("expectedVersion", String.valueOf(version));
        form.put("reason", "not mine to change");

        assertThat(manager.post("/admin/policy", form).status()).isEqualTo(403);
        assertThat(currentVersion()).isEqualTo(version);
    }

    private int currentVersion() {
        return api.get(TestUsers.CLERK, "/api/policy").body().get("version").asInt();
    }

    /** Every input of the policy form with the value the page gave it, as a browser would send it. */
    private static Map<String, String> formFields(String body) {
        int start = body.indexOf("id=\"form-policy\"");
        assertThat(start).as("the policy form").isPositive();
        String form = body.substring(start, body.indexOf("</form>", start));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form);
        while (input.find()) {
            Matcher name = NAME.matcher(input.group());
            if (name.find() && !name.group(1).equals("_csrf")) {
                Matcher value = VALUE.matcher(input.group());
                fields.put(name.group(1), value.find() ? value.group(1) : "");
            }
        }
        return fields;
    }
}
