package com.aftersales.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.aftersales.app.support.TicketSteps;
import com.aftersales.app.support.browser.Browser;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * One ticket's life in Chromium, as the clerk and the engineer who read Chinese live it: registered
 * on the form, found on the board, routed and assigned, served on site, confirmed and closed through
 * the ticket page's forms, its history read in Chinese and in English; a box left empty and a
 * broken rule come back into the form in Chinese and change nothing. Every page of it runs under
 * the CSP without a console problem. The rules themselves are proven by the fixture and HTTP tests
 * ({@code TicketPageIntegrationTest}); this shows the pages carry a person through.
 */
class TicketFlowBrowserTest extends IntegrationTest {
    private static final ZoneId COMPANY = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter WALL_CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    /** Other tests' tickets may come first on a list (on a reused database, many): a person pages on. */
    private static final int MOST_PAGES = 20;

    @RegisterExtension
    static final Browser browser = new Browser("zh-CN");

    @Test
    void aClerkAndTheEngineerTakeATicketFromTheFormToClosingAndReadItsHistory_T2_T3_T5_T6_T7_T9_S3() {
        String serial = TicketSteps.serial();

        // The clerk registers the ticket in Chinese and finds it on the board.
        browser.signIn(TestUsers.CLERK, TestUsers.PASSWORD).waitForUrl("/tickets");
        browser.open("/tickets/new");
        browser.select("urgency", "紧急")
                .select("request", "维修")
                .fill("customer-name", "王芳")
                .fill("customer-phone", "021 6888 1234")
                .fill("proofOfPurchase-orderNumber", "SO-" + serial)
                .fill("product-model", "LaserJet M607")
                .fill("product-serialNumber", serial)
                .fill("product-purchaseDate", "2025-06-18")
                .fill("fault-description", "卡纸，二号纸盒进纸时反复卡纸");
        browser.screenshot("register-zh-CN");
        browser.clickAndWaitForPage("register-submit");

        assertThat(browser.path()).matches("/tickets/[0-9a-f-]{36}");
        String ticketPage = browser.path();
        String number = browser.text("fact-number");
        assertThat(browser.text("flash")).startsWith("工单 " + number + " 已登记，请于").endsWith("前响应。");
        assertThat(browser.text("status")).isEqualTo("已登记");
        assertThat(browser.text("fact-fault")).isEqualTo("卡纸，二号纸盒进纸时反复卡纸");
        assertThat(browser.text("customer-name")).isEqualTo("王芳");

        browser.open("/tickets");
        browser.select("urgency", "紧急").fill("month", number.substring(0, 6));
        browser.clickAndWaitForPage(By.cssSelector("#board-filters [type=submit]"));
        assertThat(browser.path()).contains("urgency=URGENT");
        assertThat(browser.selectedText("urgency"))
                .as("the filter keeps its choice")
                .isEqualTo("紧急");
        findOnPages("ticket-" + number);
        assertThat(browser.text("ticket-" + number))
                .contains(number, "紧急", "已登记", "LaserJet M607", serial, "正常", "首次响应");
        assertThat(slaOf(number)).isEqualTo("green");
        assertThat(browser.driver().findElements(By.cssSelector("#board-rows tr[id^=ticket-]")))
                .as("the urgency filter shows urgent tickets only")
                .allSatisfy(row -> assertThat(row.getText()).contains("紧急"));
        browser.screenshot("board-zh-CN");

        // The clerk routes it and assigns the engineer on site with an appointment.
        browser.clickAndWaitForPage(By.cssSelector("#ticket-" + number + " a"));
        assertThat(browser.path()).isEqualTo(ticketPage);
        expand("route");
        browser.select("route-department", "TECHNICAL_SERVICE").fill("route-reason", "打印机卡纸，需工程师上门");
        browser.clickAndWaitForPage("submit-route");
        assertThat(browser.text("flash")).isEqualTo("已分派到技术服务部");
        assertThat(browser.text("fact-department")).isEqualTo("技术服务部");

        String appointment = WALL_CLOCK.format(ZonedDateTime.now(COMPANY)
                .plusDays(1)
                .truncatedTo(ChronoUnit.DAYS)
                .withHour(10));
        expand("assignment");
        browser.select("assignment-engineerId", TestUsers.ENGINEER_ID).select("assignment-mode", "ON_SITE");
        // ticket.js shows the appointment only for ON_SITE.
        browser.fill("assignment-appointmentAt", appointment).fill("assignment-taskSheetNote", "带搓纸轮备件");
        browser.clickAndWaitForPage("submit-assignment");
        assertThat(browser.text("flash")).isEqualTo("已指派给" + TestUsers.ENGINEER + "（上门服务）");
        assertThat(browser.text("fact-engineer")).contains(TestUsers.ENGINEER, "上门服务");
        assertThat(browser.isPresent("fact-appointment")).isTrue();
        browser.logout().waitForUrl("/login?logout");

        // The engineer finds it among their tickets and serves it on site.
        browser.signIn(TestUsers.ENGINEER, TestUsers.PASSWORD).waitForUrl("/my/tickets");
        findOnPages("ticket-" + number);
        assertThat(browser.text("ticket-" + number)).contains("已指派", "上门服务", TestUsers.ENGINEER);
        browser.screenshot("my-tickets");
        browser.clickAndWaitForPage(By.cssSelector("#ticket-" + number + " a"));
        assertThat(browser.path()).isEqualTo(ticketPage);
        assertThat(browser.isPresent("form-service-report"))
                .as("T9: no report before the arrival")
                .isFalse();

        expand("arrival");
        assertThat(browser.attribute("arrival-arrivedAt", "value"))
                .as("the arrival starts at now")
                .isNotBlank();
        browser.clickAndWaitForPage("submit-arrival");
        assertThat(browser.text("flash")).isEqualTo("到场已登记");
        assertThat(browser.isPresent("fact-arrival")).isTrue();

        expand("plan");
        browser.fill("plan-plan", "更换二号纸盒搓纸轮和分离垫");
        browser.clickAndWaitForPage("submit-plan");
        assertThat(browser.text("flash")).isEqualTo("服务方案已登记");
        assertThat(browser.text("fact-plan")).isEqualTo("更换二号纸盒搓纸轮和分离垫");

        String today = LocalDate.now(COMPANY).toString();
        expand("dispatches");
        String dispatchId = browser.attribute("dispatches-dispatchId", "value");
        assertThat(dispatchId).as("T7: the form proposes an unused dispatch id").isNotBlank();
        browser.select("dispatches-engineerId", TestUsers.ENGINEER_ID)
                .fill("dispatches-startDate", today)
                .fill("dispatches-endDate", today)
                .fill("dispatches-destinationCity", "苏州")
                .fill("dispatches-travel", "320")
                .fill("dispatches-lodging", "0")
                .fill("dispatches-transport", "60.50")
                .fill("dispatches-materials", "85");
        browser.clickAndWaitForPage("submit-dispatches");
        assertThat(browser.text("flash")).isEqualTo("已登记" + TestUsers.ENGINEER + "前往苏州的派工");
        assertThat(browser.text("dispatches")).contains(dispatchId, "苏州", "320.00", "60.50");

        expand("service-report");
        browser.fill("service-report-faultCause", "二号纸盒搓纸轮磨损")
                .fill("service-report-solution", "更换搓纸轮和分离垫，连续进纸 200 张无卡纸")
                .fill("service-report-partsReplaced", "搓纸轮 RM2-5741\n分离垫 RM2-5745")
                .fill("service-report-customerOpinion", "满意")
                .select("service-report-satisfaction", "5")
                .click("service-report-customerSigned");
        browser.clickAndWaitForPage("submit-service-report");
        assertThat(browser.text("flash")).isEqualTo("服务报告已提交，客户评分 5/5");
        assertThat(browser.text("fact-report")).contains("二号纸盒搓纸轮磨损", "搓纸轮 RM2-5741、分离垫 RM2-5745");
        assertThat(browser.text("fact-rating")).isEqualTo("客户评分 5/5");

        expand("departure-report");
        browser.select("departure-report-supervisorId", TestUsers.SUPERVISOR)
                .fill("departure-report-summary", "已向主管汇报，打印机恢复正常");
        browser.clickAndWaitForPage("submit-departure-report");
        assertThat(browser.text("flash")).isEqualTo("已向" + TestUsers.SUPERVISOR + "报告离场");
        assertThat(browser.text("fact-departure")).contains("已报告" + TestUsers.SUPERVISOR);

        browser.open("/my/dispatches");
        findOnPages("dispatch-" + number + "-" + dispatchId);
        assertThat(browser.text("dispatch-" + number + "-" + dispatchId)).contains(number, "苏州", "465.50");
        browser.screenshot("my-dispatches");
        browser.logout().waitForUrl("/login?logout");

        // The clerk records the customer's confirmation and closes the ticket.
        browser.signIn(TestUsers.CLERK, TestUsers.PASSWORD).waitForUrl("/tickets");
        browser.open(ticketPage);
        assertThat(browser.isPresent("form-closing"))
                .as("T9: no closing before the confirmation")
                .isFalse();
        expand("confirmation");
        browser.fill("confirmation-confirmationChannel", "电话回访确认");
        browser.clickAndWaitForPage("submit-confirmation");
        assertThat(browser.text("flash")).isEqualTo("客户确认已登记");
        assertThat(browser.text("fact-confirmation")).isEqualTo("是");

        expand("closing");
        browser.fill("closing-closingNote", "客户确认打印正常");
        browser.clickConfirmAndWaitForPage("submit-closing");
        assertThat(browser.text("flash")).isEqualTo("工单已关闭");
        assertThat(browser.text("status")).isEqualTo("已关闭");
        assertThat(browser.isPresent("fact-closed")).isTrue();
        assertThat(browser.isPresent("form-closing")).isFalse();
        assertThat(browser.text("timeline-heading")).isEqualTo("处理历史");
        assertThat(timeline())
                .as("S3: each event with who recorded it and in which role")
                .containsExactly(
                        "ServiceTicketRegisteredEvent|登记工单|t-clerk|客服",
                        "ServiceTicketRoutedEvent|分派部门|t-clerk|客服",
                        "EngineerAssignedEvent|指派工程师|t-clerk|客服",
                        "EngineerArrivedEvent|工程师到场|t-engineer|工程师",
                        "ServicePlanRecordedEvent|登记服务方案|t-engineer|工程师",
                        "EngineerDispatchedEvent|派工记录|t-engineer|工程师",
                        "ServiceReportSubmittedEvent|提交服务报告|t-engineer|工程师",
                        "EngineerDepartureReportedEvent|报告离场|t-engineer|工程师",
                        "CustomerConfirmedServiceEvent|客户确认|t-clerk|客服",
                        "ServiceTicketClosedEvent|关闭工单|t-clerk|客服");
        wholePageScreenshot("ticket-zh-CN");

        browser.open("/tickets?status=CLOSED&month=" + number.substring(0, 6));
        findOnPages("ticket-" + number);
        assertThat(browser.text("ticket-" + number)).contains("已关闭", "无计时");
        assertThat(slaOf(number)).isEqualTo("none");

        browser.open("/contracts");
        assertThat(browser.heading()).isEqualTo("服务合同");
        browser.screenshot("contracts");
        browser.open("/key-customers");
        assertThat(browser.heading()).isEqualTo("重点客户");
        browser.screenshot("key-customers");

        // The same page in English, after the language switch.
        browser.open(ticketPage).switchLanguage("en");
        assertThat(browser.pageLanguage()).isEqualTo("en");
        assertThat(browser.heading()).contains("Ticket " + number, "Closed");
        assertThat(browser.text("facts-heading")).isEqualTo("The ticket");
        assertThat(browser.text("timeline-heading")).isEqualTo("History");
        assertThat(browser.navigation()).contains("Ticket board", "Sign out");
        assertThat(browser.text("customer-name"))
                .as("what was typed stays as typed")
                .isEqualTo("王芳");
        assertThat(timeline())
                .containsExactly(
                        "ServiceTicketRegisteredEvent|Ticket registered|t-clerk|Clerk",
                        "ServiceTicketRoutedEvent|Routed to department|t-clerk|Clerk",
                        "EngineerAssignedEvent|Engineer assigned|t-clerk|Clerk",
                        "EngineerArrivedEvent|Engineer arrived|t-engineer|Engineer",
                        "ServicePlanRecordedEvent|Service plan recorded|t-engineer|Engineer",
                        "EngineerDispatchedEvent|Dispatch recorded|t-engineer|Engineer",
                        "ServiceReportSubmittedEvent|Service report submitted|t-engineer|Engineer",
                        "EngineerDepartureReportedEvent|Departure reported|t-engineer|Engineer",
                        "CustomerConfirmedServiceEvent|Customer confirmed|t-clerk|Clerk",
                        "ServiceTicketClosedEvent|Ticket closed|t-clerk|Clerk");
        wholePageScreenshot("ticket-en");
    }

    @Test
    void anEmptyBoxAndABrokenRuleComeBackIntoTheirFormsInChineseAndChangeNothing_T3_T9() {
        TicketSteps steps = new TicketSteps(api);
        String id = steps.register("NORMAL");
        steps.accepted(TestUsers.CLERK, id, "route", """
                {"department": "TECHNICAL_SERVICE", "expectedVersion": 0}""");
        steps.accepted(TestUsers.CLERK, id, "assignment", """
                {"engineerId": "%s", "mode": "REMOTE", "expectedVersion": 1}""".formatted(TestUsers.ENGINEER_ID));
        String number = steps.awaitTicket(id, 2).at("/summary/ticketNumber").asText();
        long events = eventsOf(id);

        browser.signIn(TestUsers.ENGINEER, TestUsers.PASSWORD).waitForUrl("/my/tickets");
        findOnPages("ticket-" + number);
        String status = statusOnBoard(number);
        assertThat(status).isEqualTo("已指派");
        browser.clickAndWaitForPage(By.cssSelector("#ticket-" + number + " a"));

        expand("plan");
        browser.clickAndWaitForPage("submit-plan");
        assertThat(browser.text("plan-plan-error")).isEqualTo("不能为空");
        assertThat(browser.attribute("plan-plan", "aria-describedby")).isEqualTo("plan-plan-error");
        assertThat(browser.element("action-plan").getDomProperty("open"))
                .as("the refused form comes back open")
                .isEqualTo("true");
        assertThat(browser.isPresent("flash")).isFalse();
        assertThat(browser.isPresent("form-error"))
                .as("no rule was broken, a box was left empty")
                .isFalse();

        expand("service-report");
        browser.fill("service-report-faultCause", "驱动版本过旧")
                .fill("service-report-solution", "远程升级驱动")
                .select("service-report-satisfaction", "4");
        assertThat(browser.element("service-report-customerSigned").isSelected())
                .isFalse();
        browser.clickAndWaitForPage("submit-service-report");
        assertThat(browser.text("form-error")).isEqualTo("规则 T9：服务报告须有客户签字。");
        assertThat(browser.element("service-report-faultCause").getDomProperty("value"))
                .as("what was typed stays in the form")
                .isEqualTo("驱动版本过旧");
        assertThat(browser.isPresent("flash")).isFalse();
        assertThat(browser.isPresent("fact-report")).isFalse();

        assertThat(eventsOf(id)).as("nothing was recorded").isEqualTo(events);
        browser.open("/my/tickets");
        findOnPages("ticket-" + number);
        assertThat(statusOnBoard(number)).as("the board is as it was").isEqualTo(status);
        assertThat(jdbc.queryForObject("select version from ticket_board where ticket_id = ?", Long.class, id))
                .isEqualTo(2L);
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** Opens the {@code <details>} of an action of the ticket page, so its form can be filled. */
    private static void expand(String action) {
        String prefix = action.replace('/', '-');
        WebElement details = browser.element("action-" + prefix);
        if (!"true".equals(details.getDomProperty("open"))) {
            details.findElement(By.tagName("summary")).click();
        }
        browser.element("submit-" + prefix);
    }

    /** Pages on through a list (board, my tickets, my dispatches) until the row shows. */
    private static void findOnPages(String rowId) {
        for (int page = 1; !browser.isPresent(rowId) && page < MOST_PAGES && browser.isPresent("page-next"); page++) {
            browser.clickAndWaitForPage("page-next");
        }
        assertThat(browser.isPresent(rowId))
                .as("#" + rowId + " on " + browser.path())
                .isTrue();
    }

    private static String slaOf(String number) {
        return browser.visible(By.cssSelector("#ticket-" + number + " [data-sla]"))
                .getDomAttribute("data-sla");
    }

    /** The status cell of a board row (its words, not the time left, which moves on by itself). */
    private static String statusOnBoard(String number) {
        return browser.visible(By.cssSelector("#ticket-" + number + " td:nth-of-type(2)"))
                .getText();
    }

    /** The timeline as event|name shown|who|role, oldest first. */
    private static List<String> timeline() {
        return browser.element("timeline").findElements(By.tagName("li")).stream()
                .map(entry -> entry.getDomAttribute("data-event")
                        + "|" + entry.findElement(By.className("what")).getText()
                        + "|" + entry.findElement(By.className("actor")).getText()
                        + "|" + entry.findElement(By.className("role")).getText())
                .toList();
    }

    /** A screenshot of the whole page, the window stretched to its height for the moment. */
    private static void wholePageScreenshot(String name) {
        WebDriver.Window window = browser.driver().manage().window();
        Dimension size = window.getSize();
        int height = ((Number) browser.executeScript("return document.documentElement.scrollHeight")).intValue();
        window.setSize(new Dimension(size.getWidth(), Math.max(size.getHeight(), height + 200)));
        try {
            browser.screenshot(name);
        } finally {
            window.setSize(size);
        }
    }

    private long eventsOf(String ticketId) {
        return jdbc.queryForObject(
                "select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class, ticketId);
    }
}
