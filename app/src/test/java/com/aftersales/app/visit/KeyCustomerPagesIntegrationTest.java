package com.aftersales.app.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.app.customer.CustomerContacts;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.PageSession;
import com.aftersales.app.support.PageSession.Page;
import com.aftersales.app.support.TestUsers;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * T11 (the key customers' visit plan) through the pages, over HTTP on PostgreSQL, as a browser sends
 * the forms: a clerk marks a customer and records a visit and both show on the pages; a refused
 * visit says which rule and records nothing; a supervisor reads without forms; only a manager ends
 * a plan. Each test has customers of its own.
 */
class KeyCustomerPagesIntegrationTest extends IntegrationTest {
    private static final String MANAGER = "t-manager";
    private static final DateTimeFormatter CHINESE_DATE =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.SIMPLIFIED_CHINESE);

    @Autowired
    CustomerContacts customers;

    @Autowired
    ZoneId companyZone;

    @BeforeEach
    void manager() {
        TestUsers.create(jdbc, "U-T-MGR", MANAGER, "MANAGER");
    }

    @Test
    void theVisitPlanPagesSpeakChineseAndEnglishWithLabelledFields_T11() {
        String name = "页面语言客户 " + suffix();
        String customer = marked(name, today().minusMonths(2));

        PageSession chinese = PageSession.signedIn(port, "zh-CN", TestUsers.CLERK, null);
        Page board = chinese.get("/key-customers");
        assertThat(board.status()).isEqualTo(200);
        assertThat(board.body())
                .contains("<html lang=\"zh-CN\"", "<h1>重点客户</h1>")
                .contains("交付日期", "上次回访", "下次回访期限", "只看逾期", "按计划", "尚未回访", name)
                .contains("id=\"form-markKeyCustomer\"")
                .contains("<label for=\"markKeyCustomer-deliveredOn\">交付日期</label>")
                .contains("<label for=\"markKeyCustomer-reason\">列为重点客户的原因</label>");
        Page detail = chinese.get("/key-customers/" + customer);
        assertThat(detail.body())
                .contains("id=\"form-recordVisit\"", "<label for=\"recordVisit-visitedBy\">回访人</label>")
                .contains("标记重点客户", "身份：客服");

        PageSession english = PageSession.signedIn(port, "en", TestUsers.CLERK, null);
        assertThat(english.get("/key-customers").body())
                .contains("<html lang=\"en\"", "<h1>Key customers</h1>")
                .contains("Delivered on", "Next visit due by", "Overdue only", "On schedule", "not visited yet");
        assertThat(english.get("/key-customers/" + customer).body())
                .contains("<label for=\"recordVisit-summary\">What was discussed</label>", "Marked as key customer");
    }

    @Test
    void markingAKeyCustomerAndRecordingAVisitThroughTheFormsShowsOnThePages_T11() {
        String name = "页面重点客户 " + suffix();
        String customer = customers.register(name, null, null).value();
        LocalDate today = today();
        LocalDate delivered = today.minusMonths(7);
        PageSession clerk = PageSession.signedIn(port, "zh-CN", TestUsers.CLERK, null);
        clerk.get("/key-customers");

        Page marked = clerk.post(
                "/key-customers",
                Map.of("customerId", customer, "deliveredOn", delivered.toString(), "reason", "年度采购额前十"));

        assertThat(marked.status()).as(marked.body()).isEqualTo(302);
        assertThat(marked.location()).endsWith("/key-customers");
        Page board = clerk.get("/key-customers");
        assertThat(board.body())
                .contains("id=\"flash\"", name + " 已列为重点客户。")
                .contains("id=\"plan-" + customer + "\"")
                .contains(CHINESE_DATE.format(delivered), CHINESE_DATE.format(delivered.plusMonths(6)));
        // Delivered seven months ago: the first visit was due a month ago. Overdue, in words.
        assertThat(row(board.body(), customer)).contains("plan-OVERDUE", "sla-red", "已逾期");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                clerk.get("/key-customers?overdue=true").body())
                        .contains("id=\"plan-" + customer + "\""));

        Page detail = clerk.get("/key-customers/" + customer);
        assertThat(detail.body()).contains("name=\"visitedBy\"").contains("value=\"" + today + "\"");
        Page visited = clerk.post(
                "/key-customers/" + customer + "/visits",
                Map.of(
                        "visitId",
                        "V-PG-" + suffix(),
                        "visitedOn",
                        today.toString(),
                        "visitedBy",
                        TestUsers.ENGINEER_ID,
                        "summary",
                        "巡检三台设备，培训两名操作员"));

        assertThat(visited.status()).as(visited.body()).isEqualTo(302);
        assertThat(visited.location()).endsWith("/key-customers/" + customer);
        Page afterVisit = clerk.get("/key-customers/" + customer);
        assertThat(afterVisit.body())
                .contains("回访已登记。")
                .contains("<dd id=\"plan-lastVisit\">" + CHINESE_DATE.format(today) + "</dd>")
                .contains("<dd id=\"plan-nextDue\">" + CHINESE_DATE.format(today.plusMonths(6)) + "</dd>")
                .contains("<dd id=\"plan-visits\">1</dd>")
                .contains("按计划", "重点客户回访", "巡检三台设备，培训两名操作员", "回访逾期");
        assertThat(row(clerk.get("/key-customers").body(), customer))
                .contains("plan-ON_SCHEDULE", "按计划")
                .doesNotContain("已逾期");
        assertThat(clerk.get("/key-customers?overdue=true").body()).doesNotContain("id=\"plan-" + customer + "\"");
    }

    @Test
    void aRefusedVisitOrMarkingShowsWhyAndRecordsNothing_T11() {
        String customer = marked("拒绝页面客户 " + suffix(), today().minusMonths(1));
        PageSession clerk = PageSession.signedIn(port, "zh-CN", TestUsers.CLERK, null);
        clerk.get("/key-customers/" + customer);
        long events = eventCount();

        Page future = clerk.post(
                "/key-customers/" + customer + "/visits", visit(today().plusDays(1), TestUsers.ENGINEER_ID, "预约下周回访"));
        Page notAVisitor = clerk.post("/key-customers/" + customer + "/visits", visit(today(), "U-T-FIN", "财务顺路拜访"));
        Page noSummary = clerk.post("/key-customers/" + customer + "/visits", visit(today(), TestUsers.CLERK_ID, ""));
        Page again = clerk.post(
                "/key-customers", Map.of("customerId", customer, "deliveredOn", today().toString(), "reason", "再次标记"));
        Page unknown = clerk.post(
                "/key-customers",
                Map.of(
                        "customerId",
                        UUID.randomUUID().toString(),
                        "deliveredOn",
                        today().toString(),
                        "reason",
                        "无此客户"));

        assertThat(future.status()).isEqualTo(422);
        assertThat(future.body())
                .contains("id=\"form-error\"", "规则 T11：只登记已完成的回访，回访日期不能晚于今天。")
                .contains("预约下周回访");
        assertThat(notAVisitor.status()).isEqualTo(422);
        assertThat(notAVisitor.body()).contains("id=\"form-error\"", "规则 T11：回访人须为有效的工程师或客服用户。");
        assertThat(noSummary.status()).isEqualTo(422);
        assertThat(noSummary.body()).contains("id=\"recordVisit-summary-error\"", "请填写回访内容摘要。");
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body()).contains("id=\"form-error\"", "T11");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body()).contains("id=\"markKeyCustomer-customerId-error\"");
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void aSupervisorReadsThePlanWithoutFormsAndOnlyAManagerEndsIt_T11() {
        String name = "结束计划客户 " + suffix();
        String customer = marked(name, today().minusMonths(3));

        PageSession supervisor = PageSession.signedIn(port, "zh-CN", TestUsers.SUPERVISOR, null);
        Page board = supervisor.get("/key-customers");
        Page detail = supervisor.get("/key-customers/" + customer);
        assertThat(board.status()).isEqualTo(200);
        assertThat(board.body()).contains(name).doesNotContain("<form id=\"form-markKeyCustomer\"");
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body()).doesNotContain("<form id=\"form-", "id=\"plan-history\"");
        long events = eventCount();
        assertThat(supervisor
                        .post(
                                "/key-customers",
                                Map.of("customerId", customer, "deliveredOn", "2026-01-01", "reason", "x"))
                        .status())
                .isEqualTo(403);

        PageSession clerk = PageSession.signedIn(port, "zh-CN", TestUsers.CLERK, null);
        clerk.get("/key-customers/" + customer);
        assertThat(clerk.get("/key-customers/" + customer).body()).doesNotContain("id=\"form-unmarkKeyCustomer\"");
        assertThat(clerk.post("/key-customers/" + customer + "/unmarking", Map.of("reason", "伪造"))
                        .status())
                .isEqualTo(403);
        assertThat(eventCount()).isEqualTo(events);

        PageSession manager = PageSession.signedIn(port, "zh-CN", MANAGER, null);
        Page managerView = manager.get("/key-customers/" + customer);
        assertThat(managerView.body())
                .contains("id=\"form-unmarkKeyCustomer\"")
                .doesNotContain("id=\"form-recordVisit\"");
        Page noReason = manager.post("/key-customers/" + customer + "/unmarking", Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body()).contains("id=\"unmarkKeyCustomer-reason-error\"");
        Page unmarked = manager.post("/key-customers/" + customer + "/unmarking", Map.of("reason", "客户已转由代理商服务"));

        assertThat(unmarked.status()).as(unmarked.body()).isEqualTo(302);
        Page after = manager.get("/key-customers");
        assertThat(after.body()).contains(name + " 已不再是重点客户。").doesNotContain("id=\"plan-" + customer + "\"");
        assertThat(manager.get("/key-customers/" + customer).body())
                .contains("id=\"plan-ended\"", "取消重点客户", "客户已转由代理商服务")
                .doesNotContain("<form id=\"form-");
        assertThat(supervisor.get("/key-customers/" + UUID.randomUUID()).status())
                .isEqualTo(404);

        PageSession finance = PageSession.signedIn(port, "zh-CN", TestUsers.FINANCE, null);
        assertThat(finance.get("/key-customers").status())
                .as("as GET /api/key-customers")
                .isEqualTo(403);
    }

    /** Marked over the API by the test clerk; answers the customer id once the board shows it. */
    private String marked(String name, LocalDate deliveredOn) {
        String customer = customers.register(name, null, null).value();
        var response = api.post(
                TestUsers.CLERK,
                "/api/key-customers",
                "{\"customerId\": \"" + customer + "\", \"deliveredOn\": \"" + deliveredOn
                        + "\", \"reason\": \"区域示范单位\"}");
        assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get(TestUsers.CLERK, "/api/key-customers")
                        .raw()
                        .body()
                        .contains(customer));
        return customer;
    }

    private static Map<String, String> visit(LocalDate on, String by, String summary) {
        return Map.of("visitId", "V-PG-" + suffix(), "visitedOn", on.toString(), "visitedBy", by, "summary", summary);
    }

    /** The board's table row of one customer. */
    private static String row(String board, String customer) {
        int start = board.indexOf("id=\"plan-" + customer + "\"");
        assertThat(start).as("row of " + customer).isPositive();
        return board.substring(board.lastIndexOf("<tr", start), board.indexOf("</tr>", start));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), companyZone);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
