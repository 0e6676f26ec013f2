package com.aftersales.app.repair;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.app.customer.CustomerContacts;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.PageSession;
import com.aftersales.app.support.PageSession.FilePart;
import com.aftersales.app.support.PageSession.Page;
import com.aftersales.app.support.TestUsers;
import com.aftersales.app.support.TicketSteps;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The repair order pages over HTTP on PostgreSQL, as a browser sends their forms (R1, R3, R8,
 * R14): the intake with a photo, the diagnosis, work, self-check, a failed and a passed QC, the
 * report approval and the return, each form offered only to the role that takes that step now; a
 * refusal shown next to its field or above the form with nothing stored; pages closed to others.
 */
class RepairOrderPagesIntegrationTest extends IntegrationTest {
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

    private Map<String, String> intake() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("ticketId", "");
        fields.put("customerId", customerId);
        fields.put("serialNumber", serial);
        fields.put("urgency", "NORMAL");
        fields.put("receivedAt", "");
        fields.put("inspection.appearance", "外壳左侧划痕，封条完好");
        fields.put("inspection.configuration", "16GB 内存，512GB 硬盘");
        fields.put("inspection.accessoriesReceived", "电源适配器\n数据线");
        fields.put("engineerId", TestUsers.ENGINEER_ID);
        return fields;
    }

    private String open(PageSession desk) {
        desk.get("/repairs/new");
        Page opened = desk.postMultipart(
                "/repairs", intake(), List.of(new FilePart("photos", "front.png", "image/png", RepairPageSteps.PNG)));
        assertThat(opened.status()).as(opened.body()).isEqualTo(302);
        assertThat(opened.location()).contains("/repairs/");
        return opened.location().substring(opened.location().lastIndexOf('/') + 1);
    }

    private Page step(PageSession who, String id, String step, Map<String, String> fields) {
        String version = RepairPageSteps.version(who.get("/repairs/" + id).body());
        Map<String, String> withVersion = new LinkedHashMap<>(fields);
        withVersion.put("expectedVersion", version);
        return who.post("/repairs/" + id + "/" + step, withVersion);
    }

    private void done(PageSession who, String id, String step, Map<String, String> fields) {
        Page page = step(who, id, step, fields);
        assertThat(page.status()).as(step + ": " + page.body()).isEqualTo(302);
        assertThat(page.location()).endsWith("/repairs/" + id);
    }

    private static Map<String, String> diagnosis(String supplierPart, String supplierName) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("faultType", "HARDWARE");
        fields.put("faultCategory", "SPINDLE");
        fields.put("description", "主轴轴承磨损，运转异响");
        fields.put("partsToReplace", "P-BRG-6205");
        // as a browser sends the checkboxes: a marker for each, the value only when ticked
        for (String cause :
                List.of("misuse", "liquid", "selfDisassembly", "forceMajeure", "supplierPart", "outsourcedProduct")) {
            fields.put("_causes." + cause, "on");
        }
        if (supplierPart != null) {
            fields.put("causes.supplierPart", supplierPart);
        }
        fields.put("causes.supplierName", supplierName);
        return fields;
    }

    @Test
    void anOrderGoesFromIntakeThroughReworkToItsReturnThroughTheForms_R1_R3_R8() {
        PageSession clerk = PageSession.signedIn(port, "zh-CN", TestUsers.CLERK, null);
        Page form = clerk.get("/repairs/new");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body())
                .contains("<h1>开维修单</h1>", "id=\"form-openOrder\"", "enctype=\"multipart/form-data\"")
                .contains("<label for=\"openOrder-inspection-appearance\">外观</label>")
                .contains("<label for=\"openOrder-photos\">照片和文件</label>", "type=\"file\"")
                .contains("id=\"nav-repairs\"");

        String id = open(clerk);
        Page opened = clerk.get("/repairs/" + id);
        assertThat(opened.body())
                .contains("已为 " + serial + " 开维修单。", "待诊断", "外壳左侧划痕", "电源适配器、数据线")
                .contains("image/png, 11 B", "href=\"/serials/" + serial + "/lineage\"")
                .contains("初验后开维修单", "（U-T-CLERK），身份：客服")
                .doesNotContain("id=\"form-diagnosis\"");
        PageSession otherEngineer = PageSession.signedIn(port, "zh-CN", TestUsers.ENGINEER_2, null);
        assertThat(otherEngineer.get("/repairs/" + id).body()).doesNotContain("id=\"form-diagnosis\"");

        PageSession engineer = PageSession.signedIn(port, "zh-CN", TestUsers.ENGINEER, null);
        assertThat(engineer.get("/repairs").body())
                .as("an engineer's own orders first")
                .contains("repair-" + id);
        Page toDiagnose = engineer.get("/repairs/" + id);
        assertThat(toDiagnose.body())
                .contains("id=\"form-diagnosis\"", "<label for=\"diagnosis-faultCategory\">故障类别</label>")
                .contains("value=\"SPINDLE\"")
                .doesNotContain("id=\"form-qc\"");

        long before = eventCount();
        Page blank = step(engineer, id, "diagnosis", Map.of("faultType", "HARDWARE", "faultCategory", "SPINDLE"));
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.body())
                .contains("id=\"diagnosis-description-error\"", "aria-describedby=\"diagnosis-description-error\"");
        Page refused = step(engineer, id, "diagnosis", diagnosis("true", ""));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains("id=\"form-error\"", "R3", "供应商配件或外购产品故障须写明供应商")
                .contains("主轴轴承磨损，运转异响");
        assertThat(eventCount()).as("nothing stored").isEqualTo(before);

        done(engineer, id, "diagnosis", diagnosis(null, ""));
        Page diagnosed = engineer.get("/repairs/" + id);
        assertThat(diagnosed.body())
                .contains("故障诊断已登记。", "待维修", "保修期内", "保修期内且非客户原因：公司免费维修或换货", "公司（免费维修）")
                .contains("id=\"form-work\"");

        done(engineer, id, "work", Map.of("workDone", "更换主轴轴承", "partsReplaced", "P-BRG-6205"));
        done(engineer, id, "self-check", Map.of("checks", "空载运转 30 分钟无异响"));

        PageSession quality = PageSession.signedIn(port, "zh-CN", RepairPageSteps.QUALITY, null);
        assertThat(quality.get("/repairs").body()).as("the QC queue").contains("repair-" + id);
        assertThat(quality.get("/repairs/" + id).body()).contains("id=\"form-qc\"", "id=\"qc-fail\"");
        done(quality, id, "qc", Map.of("passed", "false", "findings", "护罩螺丝缺失"));
        assertThat(quality.get("/repairs/" + id).body()).contains("质检不合格：退回返修。", "不合格：返修", "护罩螺丝缺失");

        assertThat(engineer.get("/repairs/" + id).body()).contains("id=\"work-rework\"", "返修：质检不合格：护罩螺丝缺失");
        done(engineer, id, "work", Map.of("workDone", "补装护罩螺丝", "partsReplaced", ""));
        done(engineer, id, "self-check", Map.of("checks", "护罩紧固"));
        done(quality, id, "qc", Map.of("passed", "true", "findings", "合格"));
        if (quality.get("/repairs/" + id).body().contains("id=\"form-sampling\"")) {
            done(quality, id, "sampling", Map.of("passed", "true", "findings", "抽检合格"));
        }

        PageSession supervisor = PageSession.signedIn(port, "zh-CN", TestUsers.SUPERVISOR, null);
        assertThat(supervisor.get("/repairs").body()).as("reports to approve").contains("repair-" + id);
        done(supervisor, id, "report-approval", Map.of("note", "同意归档"));
        assertThat(supervisor.get("/repairs/" + id).body()).contains("维修报告已审核。", "保修延长 3 个月");

        assertThat(clerk.get("/repairs/" + id).body()).contains("id=\"form-shipment\"");
        done(clerk, id, "return-shipment", Map.of("carrier", "顺丰", "trackingNumber", "SF1234567890"));
        Page completed = clerk.get("/repairs/" + id);
        assertThat(completed.body())
                .contains("设备已发回：维修单完成并归档。", "已完成", "顺丰 SF1234567890", "运费由公司承担")
                .contains("质检合格", "检验不合格，退回返修", "维修报告审核通过", "设备发回客户", "身份：质检", "身份：主管")
                .doesNotContain("id=\"form-shipment\"");
        assertThat(clerk.get("/repairs?state=COMPLETED").body()).contains("repair-" + id);
    }

    @Test
    void aCustomerCausedRepeatIsLinkedQuotedConfirmedAndPaid_R12_R5() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        serial = RepairPageSteps.registeredSerial(api, today.minusYears(3));
        String earlier = RepairPageSteps.completedEarlier(
                        eventStore,
                        transaction,
                        serial,
                        TestUsers.ENGINEER_2_ID,
                        today.minusDays(30),
                        "SPINDLE",
                        List.of("P-BRG-6205"))
                .value();
        PageSession clerk = PageSession.signedIn(port, "zh-CN", TestUsers.CLERK, null);
        String id = open(clerk);
        PageSession engineer = PageSession.signedIn(port, "zh-CN", TestUsers.ENGINEER, null);
        Map<String, String> misuse = diagnosis(null, "");
        misuse.put("causes.misuse", "true");
        done(engineer, id, "diagnosis", misuse);
        Page diagnosed = engineer.get("/repairs/" + id);
        assertThat(diagnosed.body())
                .contains("id=\"repeat-" + earlier + "\"", "href=\"/repairs/" + earlier + "\"")
                // the window is the policy's in force, which other tests of the same database change
                .contains("重复修理", "故障类别相同（SPINDLE），且更换同一配件（P-BRG-6205）", "距上次维修 30 天（窗口 ")
                .contains("保修期内但属客户原因：按成本价收费维修", "<dd id=\"diagnosis-payer\">客户</dd>", "待报价")
                .contains("id=\"form-quote\"", "value=\"P-BRG-6205\"");
        assertThat(clerk.get("/repairs?state=AWAITING_QUOTE&queue=").body()).contains("repair-" + id, "重复修理");

        done(
                engineer,
                id,
                "quote",
                Map.of(
                        "parts[0].partNumber", "P-BRG-6205",
                        "parts[0].quantity", "2",
                        "parts[0].purchasePrice", "85.00",
                        "labourHours", "1.5",
                        "engineerLevel", "SENIOR",
                        "difficulty", "COMPLEX",
                        "travel", "50"));
        Page quoted = clerk.get("/repairs/" + id);
        Matcher total = Pattern.compile("id=\"repair-quote-total\"><strong>([0-9.]+)</strong>")
                .matcher(quoted.body());
        assertThat(total.find()).as(quoted.body()).isTrue();
        assertThat(quoted.body()).contains("管理费 10%", "待客户确认报价", "id=\"form-confirmation\"");
        done(clerk, id, "quote/confirmation", Map.of("channel", "电话"));

        PageSession finance = PageSession.signedIn(port, "zh-CN", TestUsers.FINANCE, null);
        long before = eventCount();
        Page short_ = step(finance, id, "payment", Map.of("amount", "1.00", "reference", "SK-1"));
        assertThat(short_.status()).isEqualTo(422);
        assertThat(short_.body()).contains("id=\"form-error\"", "R5", "收款金额须与确认的报价合计一致");
        assertThat(eventCount()).isEqualTo(before);
        done(finance, id, "payment", Map.of("amount", total.group(1), "reference", "SK-2026-001"));
        assertThat(engineer.get("/repairs/" + id).body()).contains("待维修", "（收据 SK-2026-001）", "id=\"form-work\"");
    }

    @Test
    void aTicketInWorkshopRepairLinksToAnIntakeStartedFromIt_R1() {
        TicketSteps steps = new TicketSteps(api);
        String ticket = steps.register("NORMAL");
        steps.accepted(TestUsers.CLERK, ticket, "route", """
                {"department": "TECHNICAL_SERVICE", "expectedVersion": 0}""");
        steps.accepted(TestUsers.CLERK, ticket, "assignment", """
                {"engineerId": "%s", "mode": "REPAIR", "expectedVersion": 1}""".formatted(TestUsers.ENGINEER_ID));
        JsonNode assigned = steps.awaitTicket(ticket, 2);
        PageSession clerk = PageSession.signedIn(port, "zh-CN", TestUsers.CLERK, null);
        assertThat(clerk.get("/tickets/" + ticket).body())
                .contains("id=\"link-open-repair-order\"", "href=\"/repairs/new?ticketId=" + ticket + "\"", "开维修单");
        Page intake = clerk.get("/repairs/new?ticketId=" + ticket);
        assertThat(intake.body())
                .contains("id=\"intake-ticket\"", "name=\"ticketId\" value=\"" + ticket + "\"")
                .contains("value=\""
                        + assigned.path("summary").path("serialNumber").asText() + "\"");
        PageSession finance = PageSession.signedIn(port, "zh-CN", TestUsers.FINANCE, null);
        assertThat(finance.get("/tickets/" + ticket).body()).doesNotContain("link-open-repair-order");
    }

    @Test
    void aPhotoThatIsNotWhatItSaysIsRefusedNextToTheField_R1() {
        PageSession clerk = PageSession.signedIn(port, "zh-CN", TestUsers.CLERK, null);
        clerk.get("/repairs/new");
        long before = eventCount();
        Page refused = clerk.postMultipart(
                "/repairs", intake(), List.of(new FilePart("photos", "front.png", "image/png", new byte[] {1, 2, 3})));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"openOrder-attachments-error\"", "front.png");
        Page wrongType = clerk.postMultipart(
                "/repairs", intake(), List.of(new FilePart("photos", "a.gif", "image/gif", new byte[] {1, 2, 3})));
        assertThat(wrongType.status()).isEqualTo(422);
        assertThat(wrongType.body()).contains("id=\"form-error\"", "只能附 JPEG、PNG 或 PDF 文件。");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aNumberThatIsNoNumberIsShownBackNextToItsField_R3() {
        PageSession clerk = PageSession.signedIn(port, "zh-CN", TestUsers.CLERK, null);
        String id = open(clerk);
        PageSession engineer = PageSession.signedIn(port, "zh-CN", TestUsers.ENGINEER, null);
        done(engineer, id, "diagnosis", diagnosis(null, ""));
        long before = eventCount();
        Page refused = step(
                clerk,
                id,
                "customer-notice",
                Map.of("channel", "电话", "plan", "更换轴承", "estimatedCost", "abc", "readyBy", "2026-12-01"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"notice-estimatedCost-error\"", "value=\"abc\"");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void rolesSeeOnlyTheirFormsAndOthersAreTurnedAway_R8() {
        PageSession clerk = PageSession.signedIn(port, "en", TestUsers.CLERK, null);
        String id = open(clerk);
        PageSession finance = PageSession.signedIn(port, "en", TestUsers.FINANCE, null);
        Page seen = finance.get("/repairs/" + id);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body()).contains("Awaiting diagnosis").doesNotContain("<form id=\"form-");
        Page forbidden = finance.post("/repairs/" + id + "/diagnosis", diagnosis(null, ""));
        assertThat(forbidden.status()).isEqualTo(403);
        PageSession admin = PageSession.signedIn(port, "en", TestUsers.ADMIN, null);
        assertThat(admin.get("/repairs").status()).isEqualTo(403);
        assertThat(admin.get("/repairs/new").status()).isEqualTo(403);
        PageSession manager = PageSession.signedIn(port, "en", RepairPageSteps.MANAGER, null);
        assertThat(manager.get("/repairs/" + id).body())
                .contains("id=\"form-exchange\"", "id=\"form-refund\"")
                .doesNotContain("id=\"form-diagnosis\"", "id=\"form-shipment\"");
        assertThat(manager.get("/repairs/new").status()).isEqualTo(403);
    }
}
