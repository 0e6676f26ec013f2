package com.aftersales.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.aftersales.app.support.browser.Browser;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Cookie;

/**
 * The foundation in a real Chromium whose person reads Chinese: what {@code
 * PageFoundationIntegrationTest} proves over HTTP, plus what only a browser shows — the pages run
 * under the CSP without a script error or a violation in the console, the language cookie is kept,
 * a form built by a foreign script is refused.
 */
class FoundationBrowserTest extends IntegrationTest {
    private static final String TWO_ROLES = "t-browser-two-roles";
    private static final String WRONG_PASSWORD = "t-browser-wrong-password";

    @RegisterExtension
    static final Browser browser = new Browser("zh-CN");

    @Test
    void aChineseBrowserGetsTheSignInPageAndTheMenuBarInChinese() {
        browser.open("/login");

        assertThat(browser.pageLanguage()).isEqualTo("zh-CN");
        assertThat(browser.heading()).isEqualTo("售后服务台账");
        assertThat(browser.label("username")).isEqualTo("用户名");
        assertThat(browser.label("password")).isEqualTo("密码");
        browser.screenshot("login-zh-CN");

        browser.signIn(TestUsers.CLERK, TestUsers.PASSWORD).waitForUrl("/tickets");
        browser.open("/role");

        assertThat(browser.navigation())
                .contains("工单看板", "登记工单", "服务合同", "重点客户", "退出登录")
                .doesNotContain("我的派工", "用户与角色");
        assertThat(browser.text("acting-role")).isEqualTo("客服");
    }

    @Test
    void aWrongPasswordShowsTheSignInFormAgainWithTheReason() {
        TestUsers.create(jdbc, "U-T-BROWSER-WRONG", WRONG_PASSWORD, "CLERK");

        browser.signIn(WRONG_PASSWORD, "not-" + TestUsers.PASSWORD).waitForUrl("/login?error");

        assertThat(browser.text("login-error")).isEqualTo("用户名或密码错误。");
        assertThat(browser.isPresent("login-form")).isTrue();
    }

    @Test
    void theLanguageSwitchChangesEveryTextAndTheBrowserKeepsTheChoice() {
        browser.signIn(TestUsers.CLERK, TestUsers.PASSWORD).waitForUrl("/tickets");
        browser.open("/role");

        browser.switchLanguage("en");
        assertThat(browser.pageLanguage()).isEqualTo("en");
        assertThat(browser.heading()).isEqualTo("Which role do you act in?");
        assertThat(browser.navigation()).contains("Ticket board", "Sign out").doesNotContain("工单看板");
        Cookie remembered = browser.driver().manage().getCookieNamed("ledger-lang");
        assertThat(remembered).isNotNull();
        assertThat(remembered.getValue()).isEqualTo("en");

        // Without ?lang= the browser still asks for Chinese: only the cookie keeps English.
        browser.open("/role");
        assertThat(browser.navigation()).contains("Ticket board");
        browser.reload();
        assertThat(browser.heading()).isEqualTo("Which role do you act in?");

        browser.switchLanguage("zh-CN");
        assertThat(browser.pageLanguage()).isEqualTo("zh-CN");
        assertThat(browser.heading()).isEqualTo("您以哪个身份办理？");
        assertThat(browser.navigation()).contains("工单看板", "退出登录");
        browser.open("/role");
        assertThat(browser.navigation()).contains("工单看板");
    }

    @Test
    void someoneWithTwoRolesChoosesOneAndSwitchesInTheMenuBar() {
        TestUsers.create(jdbc, "U-T-BROWSER-TWO", TWO_ROLES, "CLERK", "ENGINEER");

        browser.signIn(TWO_ROLES, TestUsers.PASSWORD).waitForUrl("/role");
        assertThat(browser.heading()).isEqualTo("您以哪个身份办理？");
        assertThat(browser.text("choose-CLERK")).isEqualTo("客服");
        assertThat(browser.text("choose-ENGINEER")).isEqualTo("工程师");
        assertThat(browser.selectedText("role-switch-role")).isEqualTo("选择身份");
        browser.screenshot("role-chooser");

        browser.chooseRole("ENGINEER").waitForUrl("/my/tickets");
        browser.open("/role");
        assertThat(browser.selected("role-switch-role")).isEqualTo("ENGINEER");
        assertThat(browser.selectedText("role-switch-role")).isEqualTo("工程师");
        assertThat(browser.navigation()).contains("我的工单", "我的派工").doesNotContain("工单看板");

        browser.switchRole("CLERK").waitForUrl("/tickets");
        browser.screenshot("start-page-clerk");
        browser.open("/");
        assertThat(browser.path()).startsWith("/tickets");
        browser.open("/role");
        assertThat(browser.selectedText("role-switch-role")).isEqualTo("客服");
        assertThat(browser.navigation()).contains("工单看板", "登记工单").doesNotContain("我的派工");
    }

    @Test
    void aFormPostedWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        TestUsers.create(jdbc, "U-T-BROWSER-TWO", TWO_ROLES, "CLERK", "ENGINEER");
        browser.signIn(TWO_ROLES, TestUsers.PASSWORD).waitForUrl("/role");
        browser.chooseRole("CLERK").waitForUrl("/tickets");
        browser.open("/role");

        browser.postFormWithoutCsrf("/role", Map.of("role", "ENGINEER"));
        assertThat(browser.text("error-status")).isEqualTo("403");
        assertThat(browser.text("error-title")).isEqualTo("无权操作");

        browser.postFormWithoutCsrf("/logout", Map.of());
        assertThat(browser.text("error-status")).isEqualTo("403");

        browser.open("/role");
        assertThat(browser.selected("role-switch-role")).isEqualTo("CLERK");
    }

    @Test
    void signingOutShowsTheSignInPageAndPagesAskForASignInAgain() {
        browser.signIn(TestUsers.CLERK, TestUsers.PASSWORD).waitForUrl("/tickets");
        browser.open("/role");

        browser.logout().waitForUrl("/login?logout");
        assertThat(browser.text("logged-out")).isEqualTo("您已退出登录。");

        browser.open("/");
        assertThat(browser.path()).isEqualTo("/login");
        assertThat(browser.isPresent("login-form")).isTrue();
        assertThat(browser.isPresent("logged-out")).isFalse();
    }

    @Test
    void anAddressNoPageHasShowsTheNotFoundPageInChinese() {
        browser.signIn(TestUsers.CLERK, TestUsers.PASSWORD).waitForUrl("/tickets");

        browser.open("/no-such-page");

        assertThat(browser.text("error-title")).isEqualTo("未找到");
        assertThat(browser.pageLanguage()).isEqualTo("zh-CN");
    }

    /** The console watch is what lets a clean run prove the pages work under the CSP. */
    @Test
    void theConsoleWatchCatchesAnInlineScriptTheCspRefusesAndAScriptError() {
        browser.open("/login");

        browser.executeScript("var script = document.createElement('script');"
                + "script.textContent = 'document.title = \"inline ran\"';"
                + "document.head.appendChild(script);"
                + "setTimeout(function () { throw new Error('thrown by the test'); }, 0);");

        String problems = consoleProblemsWithin(Duration.ofSeconds(5));
        assertThat(problems).contains("Content Security Policy").contains("thrown by the test");
        assertThat(browser.title()).isNotEqualTo("inline ran");
    }

    /** Helpers the feature pages' tests rely on, tried on elements the test adds to the sign-in page. */
    @Test
    void theHelpersFillDateInputsInAnyLanguageAndAnswerConfirmQuestions() {
        browser.open("/login");
        browser.executeScript("var form = document.createElement('form');"
                + "form.id = 'probe'; form.method = 'get'; form.action = '/login';"
                + "form.innerHTML = '<label for=\"probe-day\">day</label>"
                + "<input type=\"date\" id=\"probe-day\" name=\"day\">"
                + "<button type=\"submit\" id=\"probe-submit\">go</button>';"
                + "form.addEventListener('submit', function (event) {"
                + "  if (!window.confirm('sure?')) { event.preventDefault(); }"
                + "});"
                + "document.getElementById('main').appendChild(form);");

        browser.fill("probe-day", "2026-03-01");
        browser.clickConfirmAndWaitForPage("probe-submit");

        assertThat(browser.path()).isEqualTo("/login?day=2026-03-01");
    }

    private static String consoleProblemsWithin(Duration patience) {
        Instant giveUp = Instant.now().plus(patience);
        StringBuilder seen = new StringBuilder();
        while (Instant.now().isBefore(giveUp)
                && !(seen.toString().contains("Content Security Policy")
                        && seen.toString().contains("thrown"))) {
            try {
                browser.assertCleanConsole();
                Thread.sleep(100);
            } catch (AssertionError problems) {
                seen.append(problems.getMessage()).append('\n');
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return seen.toString();
    }
}
