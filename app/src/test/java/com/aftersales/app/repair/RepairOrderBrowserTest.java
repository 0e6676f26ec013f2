package com.aftersales.app.repair;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.app.customer.CustomerContacts;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.aftersales.app.support.browser.Browser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * R1, R3, R8 in Chromium, in Chinese, through the forms only: a repair engineer opens an order at
 * intake with a photo and diagnoses it; QUALITY fails the QC, the engineer reworks it, QUALITY
 * passes it (and the sampling inspection if it was sampled, R14); the supervisor approves the
 * report; the desk ships the unit back. Under the CSP, without a console problem.
 */
class RepairOrderBrowserTest extends IntegrationTest {
    @RegisterExtension
    static final Browser browser = new Browser("zh-CN");

    @Autowired
    EventStore eventStore;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    CustomerContacts customers;

    private String customerId;
    private String serial;

    @BeforeEach
    void setUp() {
        RepairPageSteps.people(jdbc);
        customerId = RepairPageSteps.customer(customers);
        serial = RepairPageSteps.registeredSerial(
                api, LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).minusYears(1));
    }

    @Test
    void anOrderFromIntakeThroughAFailedQcToItsReturnInChinese_R1_R3_R8() throws IOException {
        Path photo = Files.createTempFile("intake-", ".png");
        Files.write(photo, RepairPageSteps.PNG);

        browser.signIn(TestUsers.ENGINEER, TestUsers.PASSWORD);
        browser.open("/repairs");
        assertThat(browser.heading()).isEqualTo("维修单");
        browser.clickAndWaitForPage("link-new-repair");
        assertThat(browser.heading()).isEqualTo("开维修单");
        assertThat(browser.label("openOrder-inspection-appearance")).isEqualTo("外观");
        browser.select("openOrder-customerId", customerId)
                .fill("openOrder-serialNumber", serial)
                .select("openOrder-urgency", "URGENT")
                .fill("openOrder-inspection-appearance", "上盖有轻微划痕，封条完好")
                .fill("openOrder-inspection-configuration", "主轴 12000 rpm，刀库 24 位")
                .fill("openOrder-inspection-accessoriesReceived", "电源线\n操作手册");
        browser.element("openOrder-photos").sendKeys(photo.toAbsolutePath().toString());
        assertThat(browser.selected("openOrder-engineerId"))
                .as("the engineer opening it")
                .isEqualTo(TestUsers.ENGINEER_ID);
        browser.clickAndWaitForPage("openOrder-submit");

        assertThat(browser.path()).startsWith("/repairs/");
        String id = browser.path().substring("/repairs/".length());
        assertThat(browser.text("flash")).isEqualTo("已为 " + serial + " 开维修单。");
        assertThat(browser.text("repair-state")).isEqualTo("待诊断");
        assertThat(browser.text("repair-attachments")).contains("image/png");
        browser.screenshot("repair-opened");

        browser.select("diagnosis-faultType", "HARDWARE")
                .select("diagnosis-faultCategory", "SPINDLE")
                .fill("diagnosis-description", "主轴轴承磨损，运转异响")
                .fill("diagnosis-partsToReplace", "P-BRG-6205");
        browser.clickAndWaitForPage("diagnosis-submit");
        assertThat(browser.text("flash")).isEqualTo("故障诊断已登记。");
        assertThat(browser.text("diagnosis-path")).isEqualTo("保修期内且非客户原因：公司免费维修或换货");
        assertThat(browser.text("diagnosis-payer")).isEqualTo("公司（免费维修）");
        browser.fill("work-workDone", "更换主轴轴承").clickAndWaitForPage("work-submit");
        browser.fill("selfCheck-checks", "空载运转 30 分钟无异响").clickAndWaitForPage("selfCheck-submit");
        assertThat(browser.text("repair-state")).isEqualTo("待质检");
        assertThat(browser.isPresent("form-qc"))
                .as("nobody inspects their own repair")
                .isFalse();
        browser.logout();

        browser.signIn(RepairPageSteps.QUALITY, TestUsers.PASSWORD);
        browser.open("/repairs");
        assertThat(browser.text("repair-" + id)).contains(serial, "待质检");
        browser.open("/repairs/" + id);
        browser.fill("qc-findings", "护罩螺丝缺失").clickAndWaitForPage("qc-fail");
        assertThat(browser.text("flash")).isEqualTo("质检不合格：退回返修。");
        assertThat(browser.text("repair-inspections")).contains("不合格：返修", "护罩螺丝缺失");
        browser.screenshot("repair-qc-failed");
        browser.logout();

        browser.signIn(TestUsers.ENGINEER, TestUsers.PASSWORD);
        browser.open("/repairs/" + id);
        assertThat(browser.text("work-rework")).contains("护罩螺丝缺失");
        browser.fill("work-workDone", "补装护罩螺丝").fill("work-partsReplaced", "").clickAndWaitForPage("work-submit");
        browser.fill("selfCheck-checks", "护罩紧固").clickAndWaitForPage("selfCheck-submit");
        browser.logout();

        browser.signIn(RepairPageSteps.QUALITY, TestUsers.PASSWORD);
        browser.open("/repairs/" + id);
        browser.fill("qc-findings", "合格").clickAndWaitForPage("qc-pass");
        if (browser.isPresent("form-sampling")) {
            browser.fill("sampling-findings", "抽检合格").clickAndWaitForPage("sampling-pass");
        }
        assertThat(browser.text("repair-state")).isEqualTo("待审核报告");
        browser.logout();

        browser.signIn(TestUsers.SUPERVISOR, TestUsers.PASSWORD);
        browser.open("/repairs");
        assertThat(browser.text("repair-" + id)).contains("待审核报告");
        browser.open("/repairs/" + id);
        browser.fill("reportApproval-note", "同意归档").clickAndWaitForPage("reportApproval-submit");
        assertThat(browser.text("repair-report")).contains("保修延长 3 个月");
        browser.logout();

        browser.signIn(TestUsers.CLERK, TestUsers.PASSWORD);
        browser.open("/repairs/" + id);
        browser.fill("shipment-carrier", "顺丰")
                .fill("shipment-trackingNumber", "SF1234567890")
                .clickAndWaitForPage("shipment-submit");
        assertThat(browser.text("flash")).isEqualTo("设备已发回：维修单完成并归档。");
        assertThat(browser.text("repair-state")).isEqualTo("已完成");
        assertThat(browser.text("repair-shipment")).contains("顺丰", "SF1234567890", "运费由公司承担");
        assertThat(browser.text("repair-timeline"))
                .contains("初验后开维修单", "登记故障诊断", "检验不合格，退回返修", "质检合格", "维修报告审核通过", "设备发回客户")
                .contains("身份：工程师", "身份：质检", "身份：主管", "身份：客服");
        browser.screenshot("repair-completed");
    }
}
