package com.aftersales.app.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.app.customer.CustomerContacts;
import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.PageSession;
import com.aftersales.app.support.PageSession.Page;
import com.aftersales.app.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * T13 through the pages, over HTTP on PostgreSQL, as a browser sends the forms: a manager registers
 * a contract and a ticket for a covered unit takes its clocks; an amendment decided on an old
 * version is refused with the rule's sentence and records nothing; a clerk reads the contracts but
 * has no forms, and a forged form of theirs is refused. Each test uses customers and serial numbers
 * of its own.
 */
class ContractPagesIntegrationTest extends IntegrationTest {
    static final String MANAGER = "t-manager";
    private static final Pattern CONTRACT_LOCATION = Pattern.compile("/contracts/([0-9a-f-]{36})$");

    @Autowired
    CustomerContacts customers;

    @BeforeEach
    void manager() {
        TestUsers.create(jdbc, "U-T-MGR", MANAGER, "MANAGER");
    }

    @Test
    void theContractPagesSpeakChineseAndEnglishWithLabelledFields_T13() {
        String id = registeredByApi("HT-PG-LANG-" + suffix(), customer(), serial());

        PageSession chinese = PageSession.signedIn(port, "zh-CN", MANAGER, null);
        Page list = chinese.get("/contracts");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body())
                .contains("<html lang=\"zh-CN\"")
                .contains("<h1>服务合同</h1>")
                .contains("合同编号", "覆盖设备（序列号）", "响应", "到场", "修复", "有效期", "生效中", "0.5 小时")
                .contains("href=\"/contracts/" + id + "\"");
        Page form = chinese.get("/contracts/new");
        assertThat(form.body())
                .contains("id=\"form-registerContract\"")
                .contains("<label for=\"registerContract-terms-responseWithin\">响应时限（小时）</label>")
                .contains("id=\"registerContract-terms-responseWithin\"")
                .contains("<label for=\"registerContract-serialNumbers\">覆盖设备（序列号）</label>")
                .contains("for=\"registerContract-terms-businessHoursOnly\"");
        Page detail = chinese.get("/contracts/" + id);
        assertThat(detail.body())
                .contains("登记服务合同", "身份：总经办", "修改合同", "终止合同")
                .contains("id=\"form-amendContract\"", "id=\"form-terminateContract\"")
                .contains("<label for=\"amendContract-terms-fixWithin\">修复时限（小时）</label>");

        PageSession english = PageSession.signedIn(port, "en", MANAGER, null);
        assertThat(english.get("/contracts").body())
                .contains("<html lang=\"en\"")
                .contains("<h1>Service contracts</h1>")
                .contains("Contract number", "Covered units (serial numbers)", "In force", "0.5 h");
        assertThat(english.get("/contracts/new").body())
                .contains("<label for=\"registerContract-terms-responseWithin\">Response within (hours)</label>");
        assertThat(english.get("/contracts/" + id).body())
                .contains("Contract registered", "t-manager (U-T-MGR), as Management")
                .contains("Amend the contract", "Terminate the contract");
    }

    @Test
    void aContractRegisteredThroughTheFormGivesATicketForACoveredUnitTheContractClocks_T13() {
        String customer = customer();
        String covered = serial();
        String number = "HT-PG-" + suffix();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
        PageSession manager = PageSession.signedIn(port, "zh-CN", MANAGER, null);
        manager.get("/contracts/new");

        Page registered =
                manager.post("/contracts", registration(number, customer, serial() + "\n" + covered + "\n", today));

        assertThat(registered.status()).as(registered.body()).isEqualTo(302);
        Matcher location = CONTRACT_LOCATION.matcher(registered.location());
        assertThat(location.find()).as(registered.location()).isTrue();
        String id = location.group(1);
        Page shown = manager.get("/contracts/" + id);
        assertThat(shown.body())
                .contains("id=\"flash\"", "合同 " + number + " 已登记。")
                .contains(covered, "0.5 小时", "2 小时", "4 小时", "第 1 版");
        assertThat(manager.get("/contracts").body()).contains(number);

        // The clerk registers a ticket for the covered unit: the board names the contract, its clocks run.
        Api.Response ticket = api.post(TestUsers.CLERK, "/api/tickets", """
                {"channel": "PHONE", "customerId": "%s",
                 "proofOfPurchase": {"orderNumber": "SO-%s"},
                 "product": {"model": "CNC-850", "serialNumber": "%s", "kind": "HARDWARE", "purchaseDate": "2025-03-01"},
                 "fault": {"description": "主轴停转 spindle stopped"},
                 "request": "REPAIR", "urgency": "URGENT"}""".formatted(customer, covered, covered));
        assertThat(ticket.status()).as(ticket.raw().body()).isEqualTo(201);
        String ticketId = ticket.body().get("ticketId").asText();
        JsonNode row = boardRow(ticketId);
        assertThat(row.get("contractNumber").asText()).isEqualTo(number);
        Instant registeredAt = Instant.parse(row.get("registeredAt").asText());
        assertThat(Instant.parse(row.get("responseDueAt").asText()))
                .isEqualTo(registeredAt.plus(Duration.ofMinutes(30)));
        assertThat(Instant.parse(row.get("onSiteDueAt").asText())).isEqualTo(registeredAt.plus(Duration.ofHours(2)));
        assertThat(Instant.parse(row.get("fixDueAt").asText())).isEqualTo(registeredAt.plus(Duration.ofHours(4)));
    }

    @Test
    void aRefusedRegistrationKeepsWhatWasTypedShowsWhyNextToTheFieldOrAboveTheFormAndRecordsNothing_T13() {
        String customer = customer();
        String unit = serial();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
        PageSession manager = PageSession.signedIn(port, "zh-CN", MANAGER, null);
        manager.get("/contracts/new");
        long events = eventCount();

        Map<String, String> noResponseTime = registration("HT-PG-BAD-1", customer, unit, today);
        noResponseTime.put("terms.responseWithin", "");
        Page missing = manager.post("/contracts", noResponseTime);
        Map<String, String> tooLong = registration("HT-PG-BAD-2", customer, unit, today);
        tooLong.put("terms.responseWithin", "25");
        Page ruleBroken = manager.post("/contracts", tooLong);
        Map<String, String> notHours = registration("HT-PG-BAD-3", customer, unit, today);
        notHours.put("terms.fixWithin", "half a day");
        Page unreadable = manager.post("/contracts", notHours);
        Page unknownCustomer = manager.post(
                "/contracts", registration("HT-PG-BAD-4", UUID.randomUUID().toString(), unit, today));

        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body())
                .contains("id=\"registerContract-terms-responseWithin-error\"", "请填写响应时限。")
                .contains("aria-describedby=\"registerContract-terms-responseWithin-error\"")
                .contains("value=\"HT-PG-BAD-1\"");
        assertThat(ruleBroken.status()).isEqualTo(422);
        assertThat(ruleBroken.body())
                .contains("id=\"form-error\"", "T13", "响应时限须大于零且不超过 24 小时。")
                .contains("value=\"25\"");
        assertThat(unreadable.status()).isEqualTo(422);
        assertThat(unreadable.body())
                .contains("id=\"registerContract-terms-fixWithin-error\"", "请填写小时数，例如 4。")
                .contains("value=\"half a day\"")
                .as("the other fields as typed, dates as a date input reads them")
                .contains("value=\"" + today.plusYears(1) + "\"", "value=\"PT30M\"")
                .contains(unit);
        assertThat(unknownCustomer.status()).isEqualTo(422);
        assertThat(unknownCustomer.body()).contains("id=\"registerContract-customerId-error\"", "没有此编号的客户。");
        assertThat(eventCount()).isEqualTo(events);
        assertThat(jdbc.queryForObject(
                        "select count(*) from contract_coverage where serial_number = ?", Long.class, unit))
                .isZero();
    }

    @Test
    void anAmendmentDecidedOnAnOlderVersionShowsTheStaleVersionRuleAndRecordsNothing_T13() {
        String unit = serial();
        String id = registeredByApi("HT-PG-STALE-" + suffix(), customer(), unit);
        PageSession manager = PageSession.signedIn(port, "zh-CN", MANAGER, null);
        Page opened = manager.get("/contracts/" + id);
        assertThat(opened.body()).contains("name=\"expectedVersion\" value=\"1\"");

        // Meanwhile an administrator, who opened the same version, amends it: version 2.
        PageSession admin = PageSession.signedIn(port, "zh-CN", TestUsers.ADMIN, null);
        admin.get("/contracts/" + id);
        Page first = admin.post("/contracts/" + id + "/amendment", amendment(unit, "延长一年", 1));
        assertThat(first.status()).as(first.body()).isEqualTo(302);
        long events = eventCount();

        Page stale = manager.post("/contracts/" + id + "/amendment", amendment(unit, "增加一台设备", 1));

        assertThat(stale.status()).isEqualTo(422);
        assertThat(stale.body())
                .contains("id=\"form-error\"", "T13", "合同在您打开后已被修改，请刷新后重新操作。")
                .contains("增加一台设备");
        assertThat(eventCount()).isEqualTo(events);
        assertThat(api.get(TestUsers.CLERK, "/api/contracts/" + id)
                        .body()
                        .get("version")
                        .asInt())
                .isEqualTo(2);
    }

    @Test
    void aManagerAmendsAndThenTerminatesAContractThroughTheFormsAndTheHistoryNamesWhoDidWhat_T13() {
        String unit = serial();
        String added = serial();
        String id = registeredByApi("HT-PG-LIFE-" + suffix(), customer(), unit);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
        PageSession manager = PageSession.signedIn(port, "en", MANAGER, null);
        manager.get("/contracts/" + id);

        Map<String, String> amendment = amendment(unit + "\n" + added, "Second unit added", 1);
        amendment.put("terms.planWithin", "24");
        amendment.put("terms.businessHoursOnly", "true");
        Page amended = manager.post("/contracts/" + id + "/amendment", amendment);

        assertThat(amended.status()).as(amended.body()).isEqualTo(302);
        Page afterAmendment = manager.get("/contracts/" + id);
        assertThat(afterAmendment.body())
                .contains("version 2", added, "24 h", "business hours of the company calendar")
                .contains("The amendment is recorded: the contract is now at version 2.")
                .contains("Contract amended", "Second unit added")
                .contains("name=\"expectedVersion\" value=\"2\"");

        Page terminated = manager.post(
                "/contracts/" + id + "/termination",
                Map.of("lastDay", today.toString(), "reason", "Customer moved away", "expectedVersion", "2"));

        assertThat(terminated.status()).as(terminated.body()).isEqualTo(302);
        Page afterTermination = manager.get("/contracts/" + id);
        assertThat(afterTermination.body())
                .contains("Terminated", "version 3", "Contract terminated", "Customer moved away")
                .contains("t-manager (U-T-MGR), as")
                .doesNotContain("id=\"form-amendContract\"", "id=\"form-terminateContract\"");
        assertThat(jdbc.queryForObject(
                        "select count(*) from contract_coverage where contract_id = ? and version = 3", Long.class, id))
                .isEqualTo(2);
    }

    @Test
    void aClerkSeesTheContractsButNoFormsAndAForgedFormOfTheirsIsRefused_T13() {
        String id = registeredByApi("HT-PG-CLERK-" + suffix(), customer(), serial());
        PageSession clerk = PageSession.signedIn(port, "zh-CN", TestUsers.CLERK, null);

        Page list = clerk.get("/contracts");
        Page detail = clerk.get("/contracts/" + id);

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("href=\"/contracts/" + id + "\"").doesNotContain("contracts-new");
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body()).contains("生效中").doesNotContain("<form id=\"form-", "id=\"contract-history\"");
        assertThat(clerk.get("/contracts/new").status()).isEqualTo(403);

        long events = eventCount();
        Page forged = clerk.post(
                "/contracts",
                registration(
                        "HT-PG-FORGED",
                        customer(),
                        serial(),
                        LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"))));
        Page forgedAmendment = clerk.post("/contracts/" + id + "/amendment", amendment(serial(), "伪造", 1));
        Page forgedTermination = clerk.post(
                "/contracts/" + id + "/termination",
                Map.of("lastDay", "2026-01-01", "reason", "伪造", "expectedVersion", "1"));
        Page withoutToken = clerk.postWithoutToken("/contracts", Map.of("contractNumber", "HT-PG-NO-TOKEN"));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("无权操作");
        assertThat(forgedAmendment.status()).isEqualTo(403);
        assertThat(forgedTermination.status()).isEqualTo(403);
        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(eventCount()).isEqualTo(events);

        PageSession finance = PageSession.signedIn(port, "zh-CN", TestUsers.FINANCE, null);
        assertThat(finance.get("/contracts").status())
                .as("as GET /api/contracts")
                .isEqualTo(403);
    }

    private Map<String, String> registration(String number, String customer, String serials, LocalDate today) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("contractNumber", number);
        form.put("customerId", customer);
        form.put("serialNumbers", serials);
        form.put("validFrom", today.minusDays(1).toString());
        form.put("validUntil", today.plusYears(1).toString());
        form.put("terms.responseWithin", "0.5");
        form.put("terms.onSiteWithin", "2");
        form.put("terms.fixWithin", "4");
        form.put("terms.planWithin", "");
        form.put("_terms.businessHoursOnly", "on");
        return form;
    }

    private Map<String, String> amendment(String serials, String reason, int expectedVersion) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("serialNumbers", serials);
        form.put(
                "validUntil",
                LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"))
                        .plusYears(2)
                        .toString());
        form.put("terms.responseWithin", "0.5");
        form.put("terms.onSiteWithin", "2");
        form.put("terms.fixWithin", "4");
        form.put("_terms.businessHoursOnly", "on");
        form.put("reason", reason);
        form.put("expectedVersion", String.valueOf(expectedVersion));
        return form;
    }

    /** A contract on the solution-collection terms from yesterday for a year, version 1 shown. */
    private String registeredByApi(String number, String customer, String serial) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
        Api.Response registered = api.post(MANAGER, "/api/contracts", """
                {"contractNumber": "%s", "customerId": "%s", "serialNumbers": ["%s"],
                 "validFrom": "%s", "validUntil": "%s",
                 "terms": {"responseWithin": "PT30M", "onSiteWithin": "PT2H", "fixWithin": "PT4H"}}""".formatted(
                        number, customer, serial, today.minusDays(1), today.plusYears(1)));
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        String id = registered.body().get("contractId").asText();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get(TestUsers.CLERK, "/api/contracts/" + id).status() == 200);
        return id;
    }

    private JsonNode boardRow(String ticketId) {
        JsonNode[] row = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Api.Response board = api.get(TestUsers.CLERK, "/api/tickets?urgency=URGENT&size=500");
            assertThat(board.status()).isEqualTo(200);
            for (JsonNode item : board.body().get("items")) {
                if (item.get("ticketId").asText().equals(ticketId)) {
                    row[0] = item;
                }
            }
            assertThat(row[0]).isNotNull();
        });
        return row[0];
    }

    private String customer() {
        return customers.register("合同页面客户 " + suffix(), "0512-0000 0000", null).value();
    }

    private static String serial() {
        return "SN-PG-" + UUID.randomUUID();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
