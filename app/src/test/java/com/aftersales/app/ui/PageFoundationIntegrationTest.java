package com.aftersales.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.PageSession;
import com.aftersales.app.support.PageSession.Page;
import com.aftersales.app.support.TestUsers;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The pages' ground rules over plain HTTP: sign-in, the language from the browser, the role chosen
 * for the session, CSRF, the security headers (the browser tests show the same in Chromium).
 */
class PageFoundationIntegrationTest extends IntegrationTest {

    @Test
    void theSignInPageSpeaksTheBrowsersLanguageAndCarriesTheSecurityHeaders() {
        Page chinese = new PageSession(port, "zh-CN,zh;q=0.9").get("/login");
        Page english = new PageSession(port, "en-GB").get("/login");

        assertThat(chinese.body()).contains("<html lang=\"zh-CN\"").contains("用户名");
        assertThat(english.body()).contains("User name");
        assertThat(chinese.header("Content-Security-Policy"))
                .contains("script-src 'self'")
                .contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(chinese.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(chinese.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(chinese.header("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void pagesNeedASignIn() {
        Page page = new PageSession(port, "zh-CN").get("/");

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/login");
    }

    @Test
    void signingInGivesANewSessionId() {
        PageSession browser = new PageSession(port, "zh-CN");
        Page login = browser.get("/login");
        String before = login.header("Set-Cookie");

        Page signedIn = browser.post("/login", Map.of("username", TestUsers.CLERK, "password", TestUsers.PASSWORD));

        assertThat(signedIn.header("Set-Cookie")).isNotNull().isNotEqualTo(before);
    }

    @Test
    void someoneHoldingSeveralRolesChoosesOneBeforeWorking() {
        String username = "t-multi-" + UUID.randomUUID().toString().substring(0, 8);
        TestUsers.create(jdbc, "U-" + username, username, "CLERK", "ENGINEER");
        PageSession browser = PageSession.signedIn(port, "en", username, null);

        Page start = browser.get("/");
        assertThat(start.location()).endsWith("/role");
        Page choice = browser.get("/role");
        assertThat(choice.body()).contains("value=\"CLERK\"").contains("value=\"ENGINEER\"");

        browser.chooseRole("ENGINEER");
        assertThat(browser.get("/").location()).endsWith("/my/tickets");
        browser.chooseRole("CLERK");
        assertThat(browser.get("/").location()).endsWith("/tickets");
    }

    @Test
    void aRoleNotHeldCannotBeChosen() {
        PageSession clerk = PageSession.signedIn(port, "en", TestUsers.CLERK, null);

        Page refused = clerk.post("/role", Map.of("role", "ADMIN"), clerk.get("/role"));

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() {
        PageSession clerk = PageSession.signedIn(port, "en", TestUsers.CLERK, null);

        Page forged = clerk.postWithoutToken("/role", Map.of("role", "CLERK"));

        assertThat(forged.status()).isEqualTo(403);
    }

    @Test
    void anAddressNoPageHasAnswersTheNotFoundPageAndTheApiKeepsItsProblemJson() {
        PageSession clerk = PageSession.signedIn(port, "zh-CN", TestUsers.CLERK, null);

        Page missing = clerk.get("/no-such-page");
        Api.Response missingApi = api.get(TestUsers.CLERK, "/api/no-such-resource");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("text/html");
        assertThat(missing.body()).contains("id=\"error-title\"").contains("未找到");
        assertThat(missingApi.status()).isEqualTo(404);
        assertThat(missingApi.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theRoleSwitchOnlySendsBackIntoTheApplication() {
        assertThat(LocalPaths.orHome("https://evil.example/")).isEqualTo("/");
        assertThat(LocalPaths.orHome("//evil.example/")).isEqualTo("/");
        assertThat(LocalPaths.orHome("/tickets?page=2")).isEqualTo("/tickets?page=2");
    }

    @Test
    void signingOutEndsTheSession() {
        PageSession clerk = PageSession.signedIn(port, "en", TestUsers.CLERK, null);

        Page out = clerk.post("/logout", Map.of(), clerk.get("/role"));

        assertThat(out.location()).endsWith("/login?logout");
        assertThat(clerk.get("/").location()).endsWith("/login");
    }
}
