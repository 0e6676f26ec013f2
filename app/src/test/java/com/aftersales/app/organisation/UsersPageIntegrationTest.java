package com.aftersales.app.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.PageSession;
import com.aftersales.app.support.PageSession.Page;
import com.aftersales.app.support.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The users page over HTTP, as an administrator's browser uses it: roles granted and revoked take
 * effect at the person's next sign-in and leave an audit row naming the administrator; nobody
 * takes their own administrator role; only administrators see the page. Each test works on people
 * of its own, so runs on a reused database do not meet.
 */
class UsersPageIntegrationTest extends IntegrationTest {
    private static final String ADMIN_ID = "U-T-ADMIN";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Test
    void theUsersPageListsEveryoneWithRolesAndSuperiorInBothLanguagesAndNoPasswordHash() {
        String user = person("CLERK", "ENGINEER");
        PageSession chinese = PageSession.signedIn(port, "zh-CN", TestUsers.ADMIN, null);
        PageSession english = PageSession.signedIn(port, "en", TestUsers.ADMIN, null);

        Page zh = chinese.get("/admin/users");
        Page en = english.get("/admin/users");

        assertThat(zh.status()).isEqualTo(200);
        assertThat(zh.body())
                .contains("<html lang=\"zh-CN\"", "用户与角色", "客服", "工程师", "最近的角色与账号变更")
                .contains("id=\"user-" + user + "\"", "id=\"form-grant-" + user + "\"")
                .contains("id=\"form-revoke-" + user + "-CLERK\"", "id=\"grant-" + user + "-role\"")
                .contains("id=\"superior-" + user + "-superiorId\"", "<label for=\"grant-" + user + "-role\"");
        assertThat(en.status()).isEqualTo(200);
        assertThat(en.body()).contains("Users and roles", "Clerk", "Engineer", "Superior (T8)", "Login name");
        String hash = jdbc.queryForObject("select password_hash from app_user where user_id = ?", String.class, user);
        assertThat(zh.body()).doesNotContain(hash).doesNotContain("{bcrypt}").doesNotContain("$2a$");
        assertThat(en.body()).doesNotContain(hash).doesNotContain("{bcrypt}");
    }

    @Test
    void aGrantedRoleCanBeActedInFromTheNextSignInAndARevokedOneNoLongerAndTheAuditNamesTheAdministrator_S3()
            throws Exception {
        String user = person("CLERK");
        String username = username(user);
        PageSession admin = PageSession.signedIn(port, "zh-CN", TestUsers.ADMIN, null);
        admin.get("/admin/users");
        assertThat(managerApiStatus(username)).isEqualTo(403);

        Page granted = admin.post("/admin/users/" + user + "/roles", Map.of("role", "MANAGER"));

        assertThat(granted.status()).isEqualTo(302);
        assertThat(granted.location()).endsWith("/admin/users#user-" + user);
        assertThat(managerApiStatus(username)).isEqualTo(200);
        assertThat(roles(user)).containsExactly("CLERK", "MANAGER");
        Map<String, Object> grant = lastChange(user);
        assertThat(grant)
                .containsEntry("role", "MANAGER")
                .containsEntry("change", "GRANTED")
                .containsEntry("changed_by", ADMIN_ID)
                .containsEntry("acting_role", "ADMIN");
        Page after = admin.get("/admin/users");
        assertThat(after.body()).contains("id=\"flash\"", "已向 " + user + " 授予总经办角色");
        assertThat(after.body()).contains("id=\"form-revoke-" + user + "-MANAGER\"");
        assertThat(changesTable(after.body())).contains(user, "授予", "总经办", "t-admin");
        PageSession asManager = PageSession.signedIn(port, "en", username, "MANAGER");
        assertThat(asManager.get("/admin/projections").status()).isEqualTo(200);

        Page revoked = admin.post("/admin/users/" + user + "/roles/revocation", Map.of("role", "MANAGER"));

        assertThat(revoked.status()).isEqualTo(302);
        assertThat(managerApiStatus(username)).isEqualTo(403);
        assertThat(roles(user)).containsExactly("CLERK");
        assertThat(lastChange(user))
                .containsEntry("role", "MANAGER")
                .containsEntry("change", "REVOKED")
                .containsEntry("changed_by", ADMIN_ID)
                .containsEntry("acting_role", "ADMIN");
        PageSession nextSignIn = PageSession.signedIn(port, "en", username, null);
        assertThat(nextSignIn.get("/admin/projections").status()).isEqualTo(403);
    }

    @Test
    void anAdministratorCannotRevokeTheirOwnAdministratorRoleAndThePageSaysWhy_S3() {
        PageSession admin = PageSession.signedIn(port, "zh-CN", TestUsers.ADMIN, null);
        admin.get("/admin/users");
        long changes = changeCount();

        Page refused = admin.post("/admin/users/" + ADMIN_ID + "/roles/revocation", Map.of("role", "ADMIN"));

        assertThat(refused.status()).isEqualTo(302);
        assertThat(roles(ADMIN_ID)).contains("ADMIN");
        assertThat(changeCount()).isEqualTo(changes);
        Page page = admin.get("/admin/users");
        assertThat(page.body()).contains("id=\"flash-error\"", "规则 U1", "职责分离：任何人不能撤销自己的系统管理员角色");

        PageSession english = PageSession.signedIn(port, "en", TestUsers.ADMIN, null);
        english.get("/admin/users");
        english.post("/admin/users/" + ADMIN_ID + "/enabled", Map.of("enabled", "false"));
        assertThat(english.get("/admin/users").body()).contains("Rule U1", "nobody switches off their own account");
        assertThat(jdbc.queryForObject("select enabled from app_user where user_id = ?", Boolean.class, ADMIN_ID))
                .isTrue();
    }

    @Test
    void aSwitchedOffAccountCannotSignInUntilItIsSwitchedOnAgain_S3() throws Exception {
        String user = person("CLERK");
        PageSession admin = PageSession.signedIn(port, "en", TestUsers.ADMIN, null);
        admin.get("/admin/users");

        assertThat(admin.post("/admin/users/" + user + "/enabled", Map.of("enabled", "false"))
                        .status())
                .isEqualTo(302);

        assertThat(api.signIn(username(user)).status()).isEqualTo(401);
        assertThat(lastChange(user)).containsEntry("change", "DISABLED").containsEntry("changed_by", ADMIN_ID);
        assertThat(admin.get("/admin/users").body()).contains("The account of " + user + " is switched off.");

        admin.post("/admin/users/" + user + "/enabled", Map.of("enabled", "true"));

        assertThat(api.signIn(username(user)).status()).isEqualTo(200);
        assertThat(lastChange(user)).containsEntry("change", "ENABLED");
    }

    @Test
    void theSuperiorIsSetAndRemovedThroughTheOrganisationChart_T8() {
        String person = person("ENGINEER");
        String superior = person("SUPERVISOR");
        PageSession admin = PageSession.signedIn(port, "en", TestUsers.ADMIN, null);
        admin.get("/admin/users");

        Page assigned = admin.post("/admin/users/" + person + "/superior", Map.of("superiorId", superior));

        assertThat(assigned.status()).isEqualTo(302);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(row(admin.get("/admin/users").body(), person))
                        .contains("<option value=\"" + superior + "\" selected=\"selected\">"));
        assertThat(api.get(TestUsers.ADMIN, "/api/organisation/superiors")
                        .body()
                        .toString())
                .contains("\"personId\":\"" + person + "\",\"superiorId\":\"" + superior + "\"");

        Page self = admin.post("/admin/users/" + person + "/superior", Map.of("superiorId", person));
        assertThat(self.status()).isEqualTo(302);
        assertThat(admin.get("/admin/users").body()).contains("id=\"flash-error\"", "Rule T8");

        admin.post("/admin/users/" + person + "/superior/removal", Map.of());
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(row(admin.get("/admin/users").body(), person))
                        .doesNotContain("selected=\"selected\"")
                        .doesNotContain("id=\"form-superior-removal-" + person + "\""));
    }

    @Test
    void anAdministratorCreatesAUserWhoCanSignInInTheirRolesAndTheAuditSaysWhoLetThemIn_S3() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String userId = "U-T-NEW-" + suffix;
        String username = "t-new-" + suffix;
        PageSession admin = PageSession.signedIn(port, "en", TestUsers.ADMIN, null);
        admin.get("/admin/users");
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("userId", userId);
        form.put("username", username);
        form.put("displayName", "钱多 Qian Duo");
        form.put("password", TestUsers.PASSWORD);
        form.put("roles", "FINANCE");

        Page created = admin.post("/admin/users", form);

        assertThat(created.status()).isEqualTo(302);
        assertThat(api.signIn(username).status()).isEqualTo(200);
        assertThat(roles(userId)).containsExactly("FINANCE");
        assertThat(jdbc.queryForList(
                        "select change || ' ' || coalesce(role, '-') || ' ' || changed_by from user_role_change"
                                + " where user_id = ? order by change_id",
                        String.class,
                        userId))
                .containsExactly("ENABLED - " + ADMIN_ID, "GRANTED FINANCE " + ADMIN_ID);
        Page page = admin.get("/admin/users");
        assertThat(page.body())
                .contains("User " + userId + " created.", "钱多 Qian Duo")
                .doesNotContain(TestUsers.PASSWORD);

        Page again = admin.post("/admin/users", form);
        form.put("userId", userId + "-2");
        form.put("username", username + "-2");
        form.put("password", "short");
        Page weak = admin.post("/admin/users", form);

        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body()).contains("id=\"form-error\"", "Rule U1").doesNotContain(TestUsers.PASSWORD);
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.body())
                .contains("id=\"newUser-password-error\"", "<details class=\"action\" id=\"new-user\" open");
        assertThat(api.signIn(username + "-2").status()).isEqualTo(401);
    }

    @Test
    void aClerkGetsTheForbiddenPageAndCannotGrant() {
        String user = person("CLERK");
        PageSession clerk = PageSession.signedIn(port, "zh-CN", TestUsers.CLERK, null);

        Page page = clerk.get("/admin/users");
        Page grant = clerk.post("/admin/users/" + user + "/roles", Map.of("role", "ADMIN"), clerk.get("/role"));

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("id=\"error-title\"").doesNotContain("id=\"users\"");
        assertThat(grant.status()).isEqualTo(403);
        assertThat(roles(user)).containsExactly("CLERK");
    }

    /** A new person holding {@code roles}, with the test password; answers their user id. */
    private String person(String... roles) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String userId = "U-T-P-" + suffix;
        TestUsers.create(jdbc, userId, "t-p-" + suffix, roles);
        return userId;
    }

    private static String username(String userId) {
        return "t-p-" + userId.substring("U-T-P-".length());
    }

    /** What a fresh sign-in of {@code username} may do acting as MANAGER (read the chart's history). */
    private int managerApiStatus(String username) throws Exception {
        var signedIn = api.signIn(username);
        assertThat(signedIn.status()).isEqualTo(200);
        String token = signedIn.body().get("accessToken").asText();
        return CLIENT.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/organisation/history"))
                                .header("Authorization", "Bearer " + token)
                                .header("X-Acting-Role", "MANAGER")
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    private List<String> roles(String userId) {
        return jdbc.queryForList(
                "select role from app_user_role where user_id = ? order by role", String.class, userId);
    }

    private Map<String, Object> lastChange(String userId) {
        return jdbc.queryForMap(
                "select role, change, changed_by, acting_role from user_role_change where user_id = ?"
                        + " order by change_id desc limit 1",
                userId);
    }

    private long changeCount() {
        return jdbc.queryForObject("select count(*) from user_role_change", Long.class);
    }

    private static String changesTable(String body) {
        int start = body.indexOf("id=\"user-changes\"");
        assertThat(start).as("the table of changes").isPositive();
        return body.substring(start, body.indexOf("</table>", start));
    }

    private static String row(String body, String userId) {
        int start = body.indexOf("id=\"user-" + userId + "\"");
        assertThat(start).as("the row of " + userId).isPositive();
        return body.substring(start, body.indexOf("</tr>", start));
    }
}
