package com.aftersales.app.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.aftersales.app.support.browser.Browser;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * C1–C4 in Chromium, in Chinese, under the CSP, as the people do it: the CLERK registers a phone
 * complaint about an engineer, the SUPERVISOR is refused an acceptance without a category, then
 * accepts, analyses the cause and plans the handling, the CLERK records the handling and the
 * customer's feedback, the SUPERVISOR sends the result and archives; the register finds it by its
 * model, the analysis counts it and draws the trend, and the timeline names each person and role.
 */
class ComplaintBrowserTest extends IntegrationTest {
    @RegisterExtension
    static final Browser browser = new Browser("zh-CN");

    @Test
    void aComplaintFromRegistrationThroughReviewHandlingFeedbackAndResultToArchive_C1_C2_C3_C4_S3() {
        String model = "BR-" + UUID.randomUUID().toString().substring(0, 8);

        browser.signIn(TestUsers.CLERK, TestUsers.PASSWORD).open("/complaints");
        assertThat(browser.heading()).isEqualTo("投诉");
        browser.clickAndWaitForPage("register-link");
        assertThat(browser.heading()).isEqualTo("投诉登记");
        assertThat(browser.label("registration-channel")).isEqualTo("投诉方式");
        browser.select("registration-channel", "PHONE")
                .fill("registration-content", "工程师约好上午上门，下午三点才到，也没有提前打电话说明")
                .fill("registration-customerName", "华东机电有限公司")
                .fill("registration-customerPhone", "021-5555" + (1000 + (model.hashCode() & 0xfff) % 9000))
                .select("registration-engineerId", TestUsers.ENGINEER_ID)
                .fill("registration-productModel", model)
                .clickAndWaitForPage("registration-submit");
        assertThat(browser.text("flash")).contains("投诉已登记");
        assertThat(browser.text("complaint-status")).isEqualTo("已登记");
        assertThat(browser.text("complaint-channel")).isEqualTo("电话投诉");
        String complaintPath = browser.path();
        assertThat(complaintPath).startsWith("/complaints/");
        assertThat(browser.isPresent("form-review"))
                .as("a clerk does not review")
                .isFalse();
        browser.logout();

        browser.signIn(TestUsers.SUPERVISOR, TestUsers.PASSWORD).open(complaintPath);
        assertThat(browser.label("review-authentic")).isEqualTo("真实");
        browser.click("review-authentic")
                .click("review-reasonable")
                .fill("review-reasons", "派工记录显示迟到五小时")
                .clickAndWaitForPage("review-submit");
        assertThat(browser.text("form-error")).as("accepting needs a category").contains("C3");
        browser.select("review-category", "SLOW_RESPONSE").clickAndWaitForPage("review-submit");
        assertThat(browser.text("flash")).contains("投诉已受理");
        assertThat(browser.text("complaint-status")).isEqualTo("已受理");
        browser.select("causeAnalysis-cause", "LATE_RESPONSE")
                .fill("causeAnalysis-analysis", "上午两单叠加，未及时通知客户")
                .clickAndWaitForPage("causeAnalysis-submit");
        assertThat(browser.text("complaint-status")).isEqualTo("已原因分析");
        browser.fill("plan-plan", "客服致电道歉，工程师补做保养").clickAndWaitForPage("plan-submit");
        assertThat(browser.text("step-plan")).contains("客服致电道歉");
        browser.logout();

        browser.signIn(TestUsers.CLERK, TestUsers.PASSWORD).open(complaintPath);
        browser.fill("handling-actions", "已致电道歉，约定周五补做保养").clickAndWaitForPage("handling-submit");
        assertThat(browser.text("complaint-status")).isEqualTo("已处理");
        browser.select("feedback-method", "PHONE")
                .click("feedback-customerSatisfied")
                .fill("feedback-customerResponse", "客户接受道歉")
                .clickAndWaitForPage("feedback-submit");
        assertThat(browser.text("flash")).contains("客户反馈已记录");
        assertThat(browser.text("step-feedback")).contains("按时反馈", "客户满意");
        browser.logout();

        browser.signIn(TestUsers.SUPERVISOR, TestUsers.PASSWORD).open(complaintPath);
        browser.fill("result-summary", "迟到属实，已道歉补救，提醒工程师提前告知").clickAndWaitForPage("result-submit");
        assertThat(browser.text("step-result")).contains(TestUsers.ENGINEER_ID);
        browser.clickConfirmAndWaitForPage("archive-submit");
        assertThat(browser.text("flash")).contains("投诉已归档");
        assertThat(browser.text("complaint-status")).isEqualTo("已归档");
        assertThat(browser.text("complaint-timeline"))
                .contains("身份：客服", "身份：主管")
                .contains(TestUsers.CLERK_ID, TestUsers.SUPERVISOR_ID);
        browser.screenshot("complaint-archived");

        browser.open("/complaints?product=" + model);
        assertThat(browser.text("complaints")).contains("已归档", "响应慢", "按时反馈");
        YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        browser.open("/complaints/analysis?from=" + month + "&to=" + month);
        assertThat(browser.heading()).isEqualTo("投诉分析");
        assertThat(browser.text("by-category")).contains("响应慢");
        assertThat(browser.text("trend-" + month)).contains(month.toString());
        assertThat(
                        browser.executeScript(
                                "return window.Chart && Chart.getChart(document.getElementById('complaint-trend-chart')) != null"))
                .as("the trend is drawn")
                .isEqualTo(true);
        browser.screenshot("complaint-analysis");
    }
}
