package com.aftersales.app.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.repair.RepairOrderId;
import com.aftersales.api.supplier.SupplierClaimId;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.aftersales.app.support.browser.Browser;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * R3 in Chromium, in Chinese: a quality engineer opens a supplier claim from the list, sends it to
 * purchasing and records the supplier's acceptance; finance settles it with a credit note and
 * closes it; the timeline names each step, who took it and in which role. Under the CSP, without a
 * console problem.
 */
class SupplierClaimBrowserTest extends IntegrationTest {
    @RegisterExtension
    static final Browser browser = new Browser("zh-CN");

    @BeforeEach
    void users() {
        SupplierTestUsers.ensure(jdbc);
    }

    @Test
    void aClaimFromOpeningToSettlementInChinese_R3() {
        String repair = RepairOrderId.random().value();
        String supplier = "常州伺服电机厂-" + UUID.randomUUID().toString().substring(0, 6);
        String id =
                SupplierClaimId.forRepair(new RepairOrderId(repair), "SV-750W").value();

        browser.signIn(SupplierTestUsers.QUALITY, TestUsers.PASSWORD);
        browser.open("/supplier-claims");
        assertThat(browser.heading()).isEqualTo("供应商索赔");
        browser.click("open-title");
        assertThat(browser.label("openClaim-supplierName")).isEqualTo("供应商");
        browser.fill("openClaim-repairOrderId", repair)
                .fill("openClaim-serialNumber", "SN-CNC850-2403-0099")
                .fill("openClaim-supplierName", supplier)
                .fill("openClaim-partNumber", "SV-750W")
                .select("openClaim-faultCategory", "SERVO_DRIVE")
                .fill("openClaim-description", "伺服电机编码器信号丢失，更换后恢复")
                .fill("openClaim-evidenceIds", "sha256:5e1d\nsha256:6f2a");
        browser.clickAndWaitForPage("openClaim-submit");

        assertThat(browser.path()).isEqualTo("/supplier-claims/" + id);
        assertThat(browser.text("flash")).contains("已对", supplier, "立案索赔");
        assertThat(browser.text("claim-state")).isEqualTo("已立案");
        browser.screenshot("supplier-claim-opened");

        browser.fill("sendClaim-purchasingReference", "CG-2026-1207").clickAndWaitForPage("sendClaim-submit");
        assertThat(browser.text("flash")).isEqualTo("已转采购部。");
        assertThat(browser.text("claim-state")).isEqualTo("采购跟进中");
        assertThat(browser.text("claim-answerDueBy")).isNotBlank();

        browser.select("answerClaim-answer", "ACCEPTED")
                .fill("answerClaim-supplierReference", "RMA-0451")
                .clickAndWaitForPage("answerClaim-submit");
        assertThat(browser.text("claim-answer")).contains("同意索赔", "RMA-0451");
        assertThat(browser.isPresent("form-settleClaim"))
                .as("settled by finance")
                .isFalse();
        browser.logout();

        browser.signIn(TestUsers.FINANCE, TestUsers.PASSWORD);
        browser.open("/supplier-claims/" + id);
        browser.select("settleClaim-kind", "CREDIT_NOTE")
                .fill("settleClaim-amount", "1480.00")
                .fill("settleClaim-reference", "HZ-2026-0211")
                .clickAndWaitForPage("settleClaim-submit");
        assertThat(browser.text("flash")).isEqualTo("结算已登记。");
        assertThat(browser.text("claim-settlement")).contains("红字发票/贷项通知", "人民币 1,480.00 元", "HZ-2026-0211");
        browser.clickConfirmAndWaitForPage("closeClaim-submit");
        assertThat(browser.text("claim-state")).isEqualTo("已结案");

        String timeline = browser.text("claim-timeline");
        assertThat(timeline)
                .contains("供应商索赔立案", "转采购部", "登记供应商答复", "登记结算", "索赔结案")
                .contains("身份：质检", "身份：财务");
        browser.screenshot("supplier-claim-closed");
        browser.open("/supplier-claims?state=CLOSED&supplier=" + supplier.substring(0, 7));
        assertThat(browser.text("claim-" + id)).contains(supplier, "已结案");
    }
}
