package com.aftersales.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.aftersales.app.support.TicketSteps;
import com.aftersales.app.support.browser.Browser;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The board pages in Chromium, as a clerk and an engineer who read Chinese: the registration form
 * is filled and refused and sent like a person does it, the board shows the new ticket with its
 * light, and every page runs under the CSP without a console problem (htmx and board.js load).
 */
class BoardBrowserTest extends IntegrationTest {
    @RegisterExtension
    static final Browser browser = new Browser("zh-CN");

    @Test
    void aClerkRegistersOnTheFormAndFindsTheTicketOnTheBoardWithItsLight_T2_T3() {
        String serial = TicketSteps.serial();
        browser.signIn(TestUsers.CLERK, TestUsers.PASSWORD).waitForUrl("/tickets");
        browser.open("/tickets/new");
        assertThat(browser.heading()).isEqualTo("登记工单");
        assertThat(browser.label("product-serialNumber")).contains("序列号");
        assertThat(browser.selectedText("channel")).isEqualTo("来电");
        assertThat(browser.selectedText("urgency")).isEqualTo("一般");

        browser.select("urgency", "紧急")
                .select("request", "维修")
                .fill("customer-name", "王先生")
                .fill("customer-phone", "139 0000 0000")
                .fill("proofOfPurchase-orderNumber", "SO-" + serial)
                .fill("product-model", "CNC-850")
                .fill("product-purchaseDate", "2025-03-01")
                .fill("fault-description", "主轴异响")
                .clickAndWaitForPage("register-submit");

        assertThat(browser.text("product-serialNumber-error")).isEqualTo("不能为空");
        assertThat(browser.attribute("product-serialNumber", "aria-describedby"))
                .isEqualTo("product-serialNumber-error");
        assertThat(browser.selectedText("urgency"))
                .as("the form keeps what was chosen")
                .isEqualTo("紧急");
        browser.screenshot("register-refused");

        browser.fill("product-serialNumber", serial).clickAndWaitForPage("register-submit");
        Matcher ticket = Pattern.compile("/tickets/([0-9a-f-]{36})").matcher(browser.path());
        assertThat(ticket.find()).as(browser.path()).isTrue();
        String number = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> jdbc.queryForList(
                                "select ticket_number from ticket_board where ticket_id = ?",
                                String.class,
                                ticket.group(1)),
                        found -> !found.isEmpty())
                .get(0);

        browser.open("/tickets?urgency=URGENT");
        assertThat(browser.text("ticket-" + number)).contains("紧急", serial, "正常", "首次响应");
        String light = browser.driver()
                .findElement(By.cssSelector("#ticket-" + number + " [data-sla]"))
                .getDomAttribute("data-sla");
        assertThat(light).isEqualTo("green");
        assertThat(browser.attribute("board-rows", "hx-trigger")).isEqualTo("every 30s");
        // Chart.js drew the page's lights from the counts written beside the chart (CSP allows it).
        Object drawn = ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "var c = Chart.getChart('sla-chart'); return c ? c.data.datasets[0].data.join(',') : null;");
        String written = String.join(
                ",",
                browser.driver().findElements(By.cssSelector("#sla-summary [data-light-count]")).stream()
                        .map(count -> count.getText().trim())
                        .toList());
        assertThat(drawn).isEqualTo(written);
        assertThat(browser.text("count-green")).contains("正常");
        browser.screenshot("board-clerk");
    }

    @Test
    void anEngineerOpensTheirTicketsAndDispatches() {
        browser.signIn(TestUsers.ENGINEER, TestUsers.PASSWORD).waitForUrl("/my/tickets");

        assertThat(browser.heading()).isEqualTo("我的工单");
        assertThat(browser.isPresent("board")).isTrue();
        browser.open("/my/dispatches");
        assertThat(browser.heading()).isEqualTo("我的派工");
        assertThat(browser.navigation()).contains("我的工单", "我的派工");
        browser.screenshot("dispatches-engineer");
    }
}
