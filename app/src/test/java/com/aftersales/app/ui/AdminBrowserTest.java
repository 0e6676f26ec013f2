package com.aftersales.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.aftersales.app.support.Tickets;
import com.aftersales.app.support.browser.Browser;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The admin pages in Chromium, as an administrator who reads Chinese: a read model held behind the
 * head refreshes its progress by itself (htmx) and stops once it has caught up; a role is revoked
 * after the browser asked; every admin page runs under the CSP without a console problem.
 */
class AdminBrowserTest extends IntegrationTest {
    @RegisterExtension
    static final Browser browser = new Browser("zh-CN");

    @Autowired
    private DataSource dataSource;

    @Test
    void aReadModelBehindTheHeadRefreshesItsProgressUntilItHasCaughtUp() throws Exception {
        browser.signIn(TestUsers.ADMIN, TestUsers.PASSWORD).waitForUrl("/admin/users");
        try (Connection blocker = dataSource.getConnection()) {
            // The board cannot write while this is held, so it stays behind the new ticket's event.
            blocker.setAutoCommit(false);
            try (Statement lock = blocker.createStatement()) {
                lock.execute("lock table ticket_board in access exclusive mode");
            }
            Api.Response created = api.post(
                    TestUsers.CLERK, "/api/tickets", Tickets.registration("NORMAL", "SN-AB-" + UUID.randomUUID()));
            assertThat(created.status()).as(created.raw().body()).isEqualTo(201);

            browser.open("/admin/projections");

            assertThat(browser.text("state-ticket-board")).isEqualTo("追赶中");
            assertThat(browser.attribute("progress-ticket-board", "hx-trigger")).isEqualTo("every 1s");
            browser.screenshot("projections-behind");
            blocker.rollback();
        }

        browser.waitForText("state-ticket-board", "已追上");
        assertThat(browser.attribute("progress-ticket-board", "hx-trigger")).isNull();
        assertThat(browser.attribute("progress-bar-ticket-board", "value")).isEqualTo("100");
        assertThat(browser.path()).isEqualTo("/admin/projections");
        browser.screenshot("projections-caught-up");
    }

    @Test
    void aRoleIsRevokedAfterTheBrowserAskedAndEveryAdminPageRunsUnderTheCsp() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String user = "U-T-B-" + suffix;
        TestUsers.create(jdbc, user, "t-b-" + suffix, "CLERK", "ENGINEER");
        browser.signIn(TestUsers.ADMIN, TestUsers.PASSWORD).waitForUrl("/admin/users");
        assertThat(browser.heading()).isEqualTo("用户与角色");
        assertThat(browser.label("grant-" + user + "-role")).contains("授予");

        browser.clickConfirmAndWaitForPage("revoke-" + user + "-ENGINEER-submit");

        assertThat(browser.text("flash")).contains("已撤销", user);
        assertThat(jdbc.queryForList("select role from app_user_role where user_id = ?", String.class, user))
                .containsExactly("CLERK");
        browser.screenshot("admin-users");
        browser.open("/admin/calendar?year=2026");
        assertThat(browser.heading()).isEqualTo("2026年工作日历");
        assertThat(browser.label("correction-day")).isEqualTo("日期");
        browser.screenshot("admin-calendar");
        browser.open("/admin/policy");
        assertThat(browser.heading()).isEqualTo("公司设置");
        browser.screenshot("admin-policy");
    }
}
