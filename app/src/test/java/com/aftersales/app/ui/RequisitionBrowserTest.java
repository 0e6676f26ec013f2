package com.aftersales.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.aftersales.app.support.browser.Browser;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * R11 in Chromium, in Chinese: the engineer requests a part for a repair order on the requisitions
 * page; the supervisor approves, issues it from stock, returns the unused unit and writes the slip
 * off (核销) after the confirmation; the slip and the part's ledger show each step.
 */
class RequisitionBrowserTest extends IntegrationTest {
    @RegisterExtension
    static final Browser browser = new Browser("zh-CN");

    @Test
    void aRequisitionGoesFromTheEngineersRequestToTheSupervisorsWriteOff_R11_R15() {
        String part = "P-T-BR-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.post(
                                TestUsers.SUPERVISOR,
                                "/api/parts/" + part + "/receipts",
                                "{\"quantity\":5,\"unitCost\":88.80,\"supplierReference\":\"SUP-BR-1\"}")
                        .status())
                .isEqualTo(200);
        String repairOrder = RepairOrderId.random().value();

        browser.signIn(TestUsers.ENGINEER, TestUsers.PASSWORD).open("/parts/requisitions");
        assertThat(browser.heading()).isEqualTo("配件领用单");
        browser.fill("requestParts-repairOrderId", repairOrder)
                .fill("requestParts-partNumber", part)
                .fill("requestParts-quantity", "2")
                .fill("requestParts-reason", "定影单元烧坏，另备一只")
                .clickAndWaitForPage("requestParts-submit");
        assertThat(browser.text("flash")).isEqualTo("领用单已提交。");
        assertThat(browser.text("slip-status")).isEqualTo("待审批");
        assertThat(browser.isPresent("approve-submit")).isFalse();
        String slip = browser.path();
        browser.screenshot("requisition-requested");
        browser.logout();

        browser.signIn(TestUsers.SUPERVISOR, TestUsers.PASSWORD).open(slip);
        browser.clickAndWaitForPage("approve-submit");
        assertThat(browser.text("slip-status")).isEqualTo("已审批");
        browser.clickAndWaitForPage("issue-submit");
        assertThat(browser.text("flash")).isEqualTo("配件已从库存发放。");
        assertThat(browser.text("slip-status")).isEqualTo("已发放");
        browser.click("returnParts-open").fill("returnParts-quantity", "1").clickAndWaitForPage("returnParts-submit");
        assertThat(browser.text("flash")).isEqualTo("未用配件已退回入库。");
        browser.clickConfirmAndWaitForPage("writeOff-submit");
        assertThat(browser.text("slip-status")).isEqualTo("已核销");
        assertThat(browser.text("slip-totalCost")).isEqualTo("88.80");
        browser.screenshot("requisition-written-off");

        browser.open("/parts/" + part);
        assertThat(browser.text("part-quantity")).isEqualTo("4");
        assertThat(browser.text("ledger")).contains("入库", "发放", "退回");
    }
}
