package com.aftersales.app.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.PageSession;
import com.aftersales.app.support.PageSession.Page;
import com.aftersales.app.support.TestUsers;
import com.aftersales.app.support.TicketSteps;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One ticket's page over HTTP as a browser uses it (PageSession: session, CSRF, no scripts): a
 * ticket goes from routing to closing through the page's forms only, each recorded in the role the
 * person acts in; refusals come back into the form in the person's language and record nothing.
 */
class TicketPageIntegrationTest extends IntegrationTest {
    private static final ZoneId COMPANY = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter WALL_CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private TicketSteps steps;

    @BeforeEach
    void steps() {
        steps = new TicketSteps(api);
    }

    @Test
    void aClerkAndTheEngineerTakeATicketFromRoutingToClosingThroughThePageInTheirOwnRoles_T5_T6_T9_S3() {
        String id = steps.register("NORMAL");
        steps.awaitTicket(id, 0);
        PageSession clerk = PageSession.signedIn(port, "zh-CN", TestUsers.CLERK, null);
        PageSession engineer = PageSession.signedIn(port, "zh-CN", TestUsers.ENGINEER, null);

        Page registered = clerk.get(page(id));
        assertThat(registered.status()).isEqualTo(200);
        assertThat(registered.body())
                .as("T5: nobody is assigned before the ticket is routed")
                .contains("id=\"form-route\"")
                .doesNotContain("id=\"form-assignment\"");

        Page routed = accepted(clerk, id, "route", Map.of("department", "TECHNICAL_SERVICE", "reason", "主轴异响"));
        assertThat(routed.body()).contains("已分派到技术服务部").contains("id=\"form-assignment\"");
        assertThat(steps.awaitTicket(id, 1).at("/summary/department").asText()).isEqualTo("TECHNICAL_SERVICE");

        Instant appointment = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        Page assigned = accepted(
                clerk,
                id,
                "assignment",
                Map.of(
                        "engineerId", TestUsers.ENGINEER_ID,
                        "mode", "ON_SITE",
                        "appointmentAt", WALL_CLOCK.format(appointment.atZone(COMPANY)),
                        "contractDeadline", "",
                        "taskSheetNote", "带轴承 6205"));
        assertThat(assigned.body()).contains("已指派给" + TestUsers.ENGINEER + "（上门服务）");
        JsonNode afterAssignment = steps.awaitTicket(id, 2);
        assertThat(afterAssignment.at("/summary/engineerId").asText()).isEqualTo(TestUsers.ENGINEER_ID);
        assertThat(Instant.parse(afterAssignment.get("appointmentAt").asText()))
                .as("the datetime-local value is the company's wall clock")
                .isEqualTo(appointment);

        Page mine = engineer.get(page(id));
        assertThat(mine.body())
                .contains("id=\"form-arrival\"", "id=\"form-plan\"", "id=\"form-dispatches\"")
                .as("T9: no report before the arrival on site")
                .doesNotContain("id=\"form-service-report\"");
        accepted(engineer, id, "plan", Map.of("plan", "上门更换主轴轴承"));
        steps.awaitTicket(id, 3);

        String before = WALL_CLOCK.format(clock.instant().atZone(COMPANY));
        Page beforeArrival = engineer.get(page(id));
        String after = WALL_CLOCK.format(clock.instant().atZone(COMPANY));
        String arrivedAt = inputValue(beforeArrival.body(), "arrival-arrivedAt");
        assertThat(arrivedAt)
                .as("the arrival defaults to now, in the company's zone")
                .isIn(before, after);
        accepted(engineer, id, "arrival", Map.of("arrivedAt", arrivedAt));
        assertThat(steps.awaitTicket(id, 4).get("arrivedAt").asText()).isNotBlank();

        Page arrived = accepted(
                engineer,
                id,
                "service-report",
                fields(
                        "faultCause", "轴承磨损",
                        "solution", "更换轴承并校准",
                        "partsReplaced", "BRG-6205\r\n\r\nSEAL-30\r\n",
                        "customerOpinion", "满意",
                        "satisfaction", "5",
                        "customerSigned", "true",
                        "_customerSigned", "on"));
        assertThat(arrived.body()).contains("服务报告已提交，客户评分 5/5");
        JsonNode reported = steps.awaitTicket(id, 5);
        assertThat(reported.get("satisfaction").asInt()).isEqualTo(5);
        assertThat(reported.get("partsReplaced").toString()).isEqualTo("[\"BRG-6205\",\"SEAL-30\"]");

        Page beforeDeparture = engineer.get(page(id));
        accepted(
                engineer,
                id,
                "departure-report",
                Map.of(
                        "supervisorId",
                        TestUsers.SUPERVISOR_ID,
                        "departedAt",
                        inputValue(beforeDeparture.body(), "departure-report-departedAt"),
                        "summary",
                        "主轴运转正常"));
        assertThat(steps.awaitTicket(id, 6).get("departureSupervisorId").asText())
                .isEqualTo(TestUsers.SUPERVISOR_ID);

        Page toConfirm = clerk.get(page(id));
        assertThat(toConfirm.body()).contains("id=\"form-confirmation\"").doesNotContain("id=\"form-closing\"");
        accepted(clerk, id, "confirmation", Map.of("confirmationChannel", "现场签字"));
        assertThat(steps.awaitTicket(id, 7).at("/summary/closable").asBoolean()).isTrue();

        Page closed = accepted(clerk, id, "closing", Map.of("closingNote", "完成"));
        assertThat(closed.body()).contains("工单已关闭").doesNotContain("id=\"form-closing\"");
        assertThat(steps.awaitTicket(id, 8).at("/summary/status").asText()).isEqualTo("CLOSED");

        assertThat(recorded(id))
                .as("S3: each event keeps the role the person acted in on the page")
                .containsExactly(
                        "ServiceTicketRegisteredEvent CLERK",
                        "ServiceTicketRoutedEvent CLERK",
                        "EngineerAssignedEvent CLERK",
                        "ServicePlanRecordedEvent ENGINEER",
                        "EngineerArrivedEvent ENGINEER",
                        "ServiceReportSubmittedEvent ENGINEER",
                        "EngineerDepartureReportedEvent ENGINEER",
                        "CustomerConfirmedServiceEvent CLERK",
                        "ServiceTicketClosedEvent CLERK");
    }

    @Test
    void theTimelineListsEveryEventWithItsActorAndRoleInChinese_S3() {
        String id = steps.register("NORMAL");
        steps.accepted(TestUsers.CLERK, id, "route", """
                {"department": "TECHNICAL_SERVICE", "expectedVersion": 0}""");
        steps.accepted(TestUsers.SUPERVISOR, id, "assignment", """
                {"engineerId": "%s", "mode": "REMOTE", "expectedVersion": 1}""".formatted(TestUsers.ENGINEER_ID));
        steps.accepted(TestUsers.ENGINEER, id, "plan", """
                {"plan": "远程诊断", "expectedVersion": 2}""");
        steps.awaitTicket(id, 3);

        Page page = PageSession.signedIn(port, "zh-CN", TestUsers.FINANCE, null).get(page(id));

        assertThat(page.status()).isEqualTo(200);
        assertThat(timeline(page.body()))
                .containsExactly(
                        "ServiceTicketRegisteredEvent|登记工单|t-clerk|客服",
                        "ServiceTicketRoutedEvent|分派部门|t-clerk|客服",
                        "EngineerAssignedEvent|指派工程师|t-supervisor|主管",
                        "ServicePlanRecordedEvent|登记服务方案|t-engineer|工程师");
        assertThat(page.body()).contains("<ul id=\"timeline\" class=\"timeline\">");
        assertThat(page.body())
                .as("a role that may do nothing here gets no forms")
                .contains("id=\"no-actions\"");
    }

    @Test
    void closingWithoutTheCustomersConfirmationIsRefusedWithTheRuleInChineseAndRecordsNothing_T9() {
        String id = reportedRemoteTicket();
        PageSession clerk = PageSession.signedIn(port, "zh-CN", TestUsers.CLERK, null);
        Page before = clerk.get(page(id));
        assertThat(before.body())
                .as("closing is not offered before the confirmation")
                .doesNotContain("id=\"form-closing\"");

        Page refused = clerk.post(page(id) + "/closing", Map.of("closingNote", "forged", "expectedVersion", "3"));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .contains("id=\"form-error\"")
                .contains("规则 T9：客户确认服务后，工单才能关闭。")
                .contains("<details class=\"action\" id=\"action-closing\" open=\"open\">");
        assertThat(eventsOf(id)).isEqualTo(4);
    }

    @Test
    void aFormDecidedOnAnOlderVersionShowsTheVersionConflictAndRecordsNothing() {
        String id = steps.register("LOW");
        steps.awaitTicket(id, 0);
        PageSession clerk = PageSession.signedIn(port, "zh-CN", TestUsers.CLERK, null);
        Page seen = clerk.get(page(id));
        steps.accepted(TestUsers.SUPERVISOR, id, "route", """
                {"department": "LOGISTICS", "expectedVersion": 0}""");

        Page stale = clerk.post(
                page(id) + "/route",
                Map.of(
                        "department", "TECHNICAL_SERVICE",
                        "reason", "",
                        "expectedVersion", inputValue(seen.body(), "route-expectedVersion")));

        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("id=\"form-error\"").contains("此期间已有他人修改，请刷新页面后重试。");
        assertThat(eventsOf(id)).isEqualTo(2);
    }

    @Test
    void aBlankRequiredFieldIsShownNextToTheFieldAndRecordsNothing_T3() {
        String id = steps.register("NORMAL");
        steps.accepted(TestUsers.CLERK, id, "route", """
                {"department": "TECHNICAL_SERVICE", "expectedVersion": 0}""");
        steps.accepted(TestUsers.CLERK, id, "assignment", """
                {"engineerId": "%s", "mode": "REMOTE", "expectedVersion": 1}""".formatted(TestUsers.ENGINEER_ID));
        steps.awaitTicket(id, 2);
        PageSession clerk = PageSession.signedIn(port, "en", TestUsers.CLERK, null);
        clerk.get(page(id));

        Page refused = clerk.post(page(id) + "/plan", Map.of("plan", "  ", "expectedVersion", "2"));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body())
                .contains("id=\"plan-plan-error\"")
                .contains("aria-describedby=\"plan-plan-error\"")
                .contains("class=\"invalid\"");
        assertThat(eventsOf(id)).isEqualTo(3);
    }

    @Test
    void anEngineerNotAssignedSeesNoEngineerFormsAndIsRefusedWhenPostingAnyway_T6() {
        String id = steps.register("NORMAL");
        steps.accepted(TestUsers.CLERK, id, "route", """
                {"department": "TECHNICAL_SERVICE", "expectedVersion": 0}""");
        steps.accepted(TestUsers.CLERK, id, "assignment", """
                {"engineerId": "%s", "mode": "ON_SITE", "appointmentAt": "2030-01-01T02:00:00Z", "expectedVersion": 1}""".formatted(TestUsers.ENGINEER_ID));
        steps.awaitTicket(id, 2);
        PageSession other = PageSession.signedIn(port, "zh-CN", TestUsers.ENGINEER_2, null);

        Page seen = other.get(page(id));
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body())
                .doesNotContain(
                        "id=\"form-arrival\"", "id=\"form-plan\"", "id=\"form-service-report\"", "id=\"form-hold\"")
                .contains("id=\"customer-hidden\"")
                .doesNotContain("139 0000 0000");

        Page refused = other.post(
                page(id) + "/arrival",
                Map.of("arrivedAt", WALL_CLOCK.format(clock.instant().atZone(COMPANY)), "expectedVersion", "2"));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"form-error\"").contains("规则 T6：只有指派到该工单的工程师才能执行此操作");
        assertThat(eventsOf(id)).isEqualTo(3);
    }

    @Test
    void theCustomersContactIsShownToTheClerkAndHiddenFromFinance_S4() {
        String id = steps.register("LOW");
        steps.awaitTicket(id, 0);

        Page clerk = PageSession.signedIn(port, "zh-CN", TestUsers.CLERK, null).get(page(id));
        Page finance =
                PageSession.signedIn(port, "zh-CN", TestUsers.FINANCE, null).get(page(id));

        assertThat(clerk.body())
                .contains("id=\"customer-phone\"")
                .contains("139 0000 0000")
                .contains("王先生");
        assertThat(finance.status()).isEqualTo(200);
        assertThat(finance.body())
                .contains("id=\"customer-hidden\"")
                .doesNotContain("139 0000 0000")
                .doesNotContain("王先生");
    }

    @Test
    void aClerkPutsTheTicketOnHoldAndResumesItAndThePageShowsThePausedClock_T14() {
        String id = steps.register("NORMAL");
        steps.awaitTicket(id, 0);
        PageSession clerk = PageSession.signedIn(port, "zh-CN", TestUsers.CLERK, null);
        Page running = clerk.get(page(id));
        assertThat(running.body()).contains("id=\"form-hold\"").doesNotContain("id=\"form-hold-resumption\"");

        Page held = accepted(clerk, id, "hold", Map.of("reason", "CUSTOMER_UNREACHABLE", "note", "电话无人接听"));

        assertThat(held.body())
                .contains("工单已挂起：联系不上客户")
                .contains("sla-paused")
                .contains("id=\"hold-state\"")
                .contains("id=\"form-hold-resumption\"")
                .doesNotContain("id=\"form-hold\"");
        assertThat(steps.awaitTicket(id, 1).at("/summary/onHold").asBoolean()).isTrue();

        Page resumed = accepted(clerk, id, "hold/resumption", Map.of("note", "客户回电"));

        assertThat(resumed.body())
                .contains("已解除挂起，时限继续计时")
                .doesNotContain("sla-paused")
                .contains("id=\"form-hold\"");
        assertThat(steps.awaitTicket(id, 2).at("/summary/slaState").asText()).isEqualTo("RUNNING");
        assertThat(recorded(id)).endsWith("SlaPausedEvent CLERK", "SlaResumedEvent CLERK");
    }

    // ---------------------------------------------------------------- helpers

    /** Routed, assigned REMOTE and reported through the API: only the confirmation is missing. */
    private String reportedRemoteTicket() {
        String id = steps.register("NORMAL");
        steps.accepted(TestUsers.CLERK, id, "route", """
                {"department": "TECHNICAL_SERVICE", "expectedVersion": 0}""");
        steps.accepted(TestUsers.CLERK, id, "assignment", """
                {"engineerId": "%s", "mode": "REMOTE", "expectedVersion": 1}""".formatted(TestUsers.ENGINEER_ID));
        steps.accepted(TestUsers.ENGINEER, id, "service-report", """
                {"faultCause": "配置错误", "solution": "远程修正", "satisfaction": 4, "customerSigned": true,
                 "expectedVersion": 2}""");
        steps.awaitTicket(id, 3);
        return id;
    }

    /**
     * Posts the form of {@code action} as the page showed it (its expected version from the page
     * just read), expects the redirect back to the ticket, and reads the page it leads to.
     */
    private Page accepted(PageSession session, String id, String action, Map<String, String> fields) {
        Page form = session.get(page(id));
        String prefix = action.replace('/', '-');
        assertThat(form.body()).as("the page offers " + action).contains("id=\"form-" + prefix + "\"");
        Map<String, String> posted = new LinkedHashMap<>(fields);
        posted.put("expectedVersion", inputValue(form.body(), prefix + "-expectedVersion"));
        Page answer = session.post(page(id) + "/" + action, posted);
        assertThat(answer.status()).as(action + ": " + answer.body()).isEqualTo(302);
        assertThat(answer.location()).endsWith(page(id));
        Page next = session.get(page(id));
        assertThat(next.body()).contains("id=\"flash\"");
        return next;
    }

    private static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    private static String page(String id) {
        return "/tickets/" + id;
    }

    /** The value of the input with this id, as the page wrote it. */
    private static String inputValue(String html, String id) {
        Matcher input = Pattern.compile("<input[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>")
                .matcher(html);
        assertThat(input.find()).as("input #" + id).isTrue();
        Matcher value = Pattern.compile("\\bvalue=\"([^\"]*)\"").matcher(input.group());
        assertThat(value.find()).as("value of #" + id).isTrue();
        return value.group(1);
    }

    /** The timeline entries as event|label|actor|role. */
    private static List<String> timeline(String html) {
        Matcher entry = Pattern.compile("<li data-event=\"(\\w+)\">\\s*<span class=\"when\">[^<]*</span>\\s*"
                        + "<strong class=\"what\">([^<]*)</strong>\\s*<span class=\"who\">\\s*"
                        + "<span class=\"actor\">([^<]*)</span>\\s*<span class=\"role badge\">([^<]*)</span>")
                .matcher(html);
        List<String> entries = new ArrayList<>();
        while (entry.find()) {
            entries.add(entry.group(1) + "|" + entry.group(2) + "|" + entry.group(3) + "|" + entry.group(4));
        }
        return entries;
    }

    /** Each stored event of the ticket with the role its metadata records, oldest first. */
    private List<String> recorded(String id) {
        return jdbc.queryForList(
                "select regexp_replace(payload_type, '^.*\\.', '') || ' '"
                        + " || (convert_from(meta_data, 'UTF8')::jsonb ->> 'role')"
                        + " from domain_event_entry where aggregate_identifier = ? order by sequence_number",
                String.class,
                id);
    }

    private int eventsOf(String id) {
        return jdbc.queryForObject(
                "select count(*) from domain_event_entry where aggregate_identifier = ?", Integer.class, id);
    }
}
