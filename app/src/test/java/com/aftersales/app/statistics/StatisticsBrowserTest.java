package com.aftersales.app.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.aftersales.app.support.browser.Browser;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * M1–M3 in Chromium, in Chinese, under the CSP, as the general management office reads them: a
 * month's figures with its charts drawn, the events behind the dispatch cost, issuing the report
 * from the page, then the late dispatch marked on the issued version with the clerk who recorded it,
 * and the restatement as version 2.
 */
class StatisticsBrowserTest extends IntegrationTest {
    @RegisterExtension
    static final Browser browser = new Browser("zh-CN");

    private final YearMonth month = YearMonth.of(1800 + new Random().nextInt(90), 1 + new Random().nextInt(12));

    @Test
    void theManagerReadsIssuesAndRestatesAMonthWithALateDispatch_M1_M2_M3() {
        MonthOfDispatches dispatches = new MonthOfDispatches(api);
        dispatches.dispatch("D-1", month.atDay(3), month.atDay(4), "380.00", "200.00", "50.00");
        awaitCost("580.00");

        browser.signIn(TestUsers.MANAGER, TestUsers.PASSWORD).open("/statistics?month=" + month);
        assertThat(browser.heading()).isEqualTo("售后统计 " + month);
        assertThat(browser.text("figure-m1.dispatch.cost")).contains("580.00");
        assertThat(browser.text("not-issued")).contains("5日");
        assertThat(browser.executeScript(
                        "return window.Chart && Chart.getChart(document.getElementById('cost-trend-chart')) != null"))
                .as("the cost trend is drawn")
                .isEqualTo(true);
        browser.screenshot("statistics-month");

        browser.clickAndWaitForPage(org.openqa.selenium.By.cssSelector("#figure-m1\\.dispatch\\.cost a"));
        assertThat(browser.text("facts")).contains("派工记录", "580.00", TestUsers.CLERK_ID);

        browser.open("/statistics/months/" + month).clickAndWaitForPage("issue-submit");
        assertThat(browser.text("flash")).contains("已出具");
        assertThat(browser.text("no-differences")).isNotBlank();
        assertThat(browser.text("report-trigger")).contains("总经办提前出具", "MANAGER");

        dispatches.dispatch("D-2", month.atDay(20), month.atDay(20), "300.00", "0.00", "20.00");
        awaitCost("880.00");
        browser.reload();
        assertThat(browser.text("some-differences")).contains("1");
        assertThat(browser.text("row-m1.dispatch.cost")).contains("580.00", "880.00", "300.00");
        assertThat(browser.text("late-events")).contains("派工记录", TestUsers.CLERK_ID, "CLERK");
        assertThat(browser.text("report-reproduced")).contains("是");
        assertThat(browser.executeScript(
                        "return window.Chart && Chart.getChart(document.getElementById('versus-chart')) != null"))
                .as("as issued and now are drawn side by side")
                .isEqualTo(true);
        browser.screenshot("statistics-report-late-dispatch");

        browser.fill("restatement-reason", "D-2 的派工单在出具后才送到").clickAndWaitForPage("restatement-submit");
        assertThat(browser.text("flash")).contains("第2版");
        assertThat(browser.text("report-reason")).contains("D-2");
        assertThat(browser.text("no-differences")).isNotBlank();
    }

    private void awaitCost(String value) {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api.get(TestUsers.MANAGER, "/api/statistics/months/" + month)
                                .raw()
                                .body())
                        .contains("\"m1.dispatch.cost\",\"value\":" + value));
    }
}
