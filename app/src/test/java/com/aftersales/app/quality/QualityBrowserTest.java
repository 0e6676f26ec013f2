package com.aftersales.app.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.app.quality.RepeatRepairs.Repeat;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.aftersales.app.support.browser.Browser;
import java.time.Duration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * R13 → P1 → P3 in Chromium, in Chinese, as the people do it: QUALITY decides a repeat's cause
 * ENGINEER with a penalty proposal, the MANAGER fines the engineer of the earlier repair, the
 * engineer appeals, and the MANAGER revokes the fine; the penalty's timeline then names each of
 * them with their role.
 */
class QualityBrowserTest extends IntegrationTest {
    @RegisterExtension
    static final Browser browser = new Browser("zh-CN");

    @Autowired
    EventStore eventStore;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void qualityProposesTheManagerFinesTheEngineerAppealsAndTheManagerRevokes_R13_P1_P3_S2() {
        Repeat repeat =
                new RepeatRepairs(eventStore, transaction).repeat(TestUsers.ENGINEER_ID, TestUsers.ENGINEER_2_ID);
        String reviewPath = "/quality/reviews/" + repeat.review();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from quality_review_view where review_id = ?",
                                Integer.class,
                                repeat.review().value())
                        == 1);

        browser.signIn(TestUsers.QUALITY, TestUsers.PASSWORD);
        browser.open("/quality/reviews");
        assertThat(browser.heading()).isEqualTo("质量评审");
        browser.clickAndWaitForPage(org.openqa.selenium.By.linkText(repeat.serial()));
        assertThat(browser.label("decideReview-cause")).isEqualTo("原因");
        browser.select("decideReview-cause", "ENGINEER")
                .fill("decideReview-reasons", "定影组件装配时未按规程紧固，41 天后同一故障复发")
                .select("decideReview-penaltyKind", "FINE")
                .fill("decideReview-penaltyReason", "返修造成客户停机两天")
                .clickAndWaitForPage("decideReview-submit");
        assertThat(browser.text("flash")).contains("评审结论已记录");
        assertThat(browser.text("review-cause")).isEqualTo("工程师原因（个人原因）");
        browser.screenshot("quality-review-decided");
        String penaltyPath = "/penalties/" + browser.text("review-penalty-link");
        browser.logout();

        browser.signIn(TestUsers.MANAGER, TestUsers.PASSWORD).open(penaltyPath);
        assertThat(browser.text("penalty-status")).isEqualTo("待决定");
        browser.select("decidePenalty-impose", "true")
                .select("decidePenalty-kind", "FINE")
                .fill("decidePenalty-fineAmount", "200")
                .fill("decidePenalty-reason", "情节属实")
                .clickAndWaitForPage("decidePenalty-submit");
        assertThat(browser.text("penalty-status")).isEqualTo("已处罚");
        assertThat(browser.text("penalty-fineAmount")).isEqualTo("200.00");
        browser.logout();

        browser.signIn(TestUsers.ENGINEER, TestUsers.PASSWORD).open(penaltyPath);
        browser.fill("appealPenalty-reason", "装配按规程进行，有自检记录").clickAndWaitForPage("appealPenalty-submit");
        assertThat(browser.text("penalty-status")).isEqualTo("申诉中");
        browser.logout();

        browser.signIn(TestUsers.MANAGER, TestUsers.PASSWORD).open(penaltyPath);
        browser.click("revoke-title")
                .fill("revokePenalty-reason", "自检记录属实，撤销罚款")
                .clickConfirmAndWaitForPage("revokePenalty-submit");
        assertThat(browser.text("flash")).contains("处罚已撤销");
        assertThat(browser.text("penalty-status")).isEqualTo("已撤销");
        assertThat(browser.text("penalty-timeline"))
                .contains("提出处罚建议", "身份：质检", "决定处罚", "身份：总经办", "提出申诉", "身份：工程师", "撤销处罚")
                .contains("自检记录属实，撤销罚款");
        browser.screenshot("penalty-revoked");
    }
}
