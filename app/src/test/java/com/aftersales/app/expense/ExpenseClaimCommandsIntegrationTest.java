package com.aftersales.app.expense;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.expense.ExpenseClaimId;
import com.aftersales.api.expense.ExpenseFlag;
import com.aftersales.api.expense.FlagExpenseClaimCommand;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.app.expense.receipt.ReceiptStore;
import com.aftersales.app.security.ActingUser;
import com.aftersales.app.support.Api;
import com.aftersales.app.support.ExpenseSteps;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * X1, X2, X6, X9, S1 over HTTP on PostgreSQL: an engineer's advance requested, approved and paid,
 * then the trip's claim with an uploaded receipt submitted, approved, audited and paid, settling
 * the advance with the rest due back, which finance records; bad input answered 400 and a
 * malformed invoice 422 with its code, each with nothing stored; other roles 403; a supervisor who
 * is also an engineer cannot approve his own claim (S1). The database is shared: each test has its
 * own engineer and receipt, and counts are differences.
 */
class ExpenseClaimCommandsIntegrationTest extends IntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    ReceiptStore receipts;

    @Autowired
    CommandGateway commands;

    private String engineer;
    private String engineerUser;
    private LocalDate tripStart;
    private String invoiceNumber;

    @BeforeEach
    void anEngineerOfTheirOwn() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        engineer = "U-T-EXP-" + suffix;
        engineerUser = "t-exp-" + suffix;
        TestUsers.create(jdbc, engineer, engineerUser, "ENGINEER");
        tripStart = LocalDate.ofInstant(clock.instant(), SHANGHAI).plusDays(1);
        // X4: the trip's dispatch, so the claims screen clean unless a test flags them itself
        new ExpenseSteps(api, jdbc)
                .dispatch(new ExpenseSteps.Engineer(engineer, engineerUser), "苏州", tripStart, tripStart.plusDays(2));
    }

    @Test
    void anAdvanceIsPaidAndTheTripsClaimSettlesItWithTheRestDueBack_X1_X2_X9() throws Exception {
        Api.Response requested =
                api.post(engineerUser, "/api/travel-advances", """
                {"destinationCity": "苏州", "startDate": "%s", "endDate": "%s", "amount": 1000.00,
                 "purpose": "HX-3200 上门维修"}""".formatted(tripStart, tripStart.plusDays(2)));
        assertThat(requested.status()).as(requested.raw().body()).isEqualTo(201);
        String advance = requested.body().get("advanceId").asText();
        ok(TestUsers.SUPERVISOR, "/api/travel-advances/" + advance + "/approve", "{\"note\": \"同意\"}");
        ok(TestUsers.FINANCE, "/api/travel-advances/" + advance + "/pay", "{\"paymentReference\": \"ADV-1\"}");

        String receipt = uploadedReceipt();
        Api.Response submitted = api.post(engineerUser, "/api/expense-claims", claim(receipt, "450.00", advance));
        assertThat(submitted.status()).as(submitted.raw().body()).isEqualTo(201);
        assertThat(submitted.body().get("version").asInt()).isEqualTo(1);
        String claim = submitted.body().get("claimId").asText();
        JsonNode version1 = payload(claim, "ExpenseClaimSubmittedEvent");
        assertThat(version1.get("engineerId").asText()).isEqualTo(engineer);
        assertThat(version1.get("total").decimalValue()).isEqualByComparingTo("570.50");
        assertThat(version1.at("/lines/0/invoice/code").asText()).isEqualTo("044001900111");
        assertThat(version1.at("/lines/0/invoice/number").asText()).isEqualTo(invoiceNumber.replace("-", ""));
        assertThat(version1.at("/lines/1/invoice/code").isNull()).isTrue();
        assertThat(version1.at("/lines/0/receipt/sha256").asText()).isEqualTo(receipt);
        assertThat(version1.at("/lines/1/lineNo").asInt()).isEqualTo(2);

        ok(TestUsers.SUPERVISOR, path(claim, "approve"), "{\"version\": 1, \"note\": \"属实\"}");
        ok(TestUsers.FINANCE, path(claim, "audit"), "{\"version\": 1}");
        ok(TestUsers.FINANCE, path(claim, "pay"), "{\"version\": 1, \"paymentReference\": \"PAY-1\"}");

        JsonNode paid = payload(claim, "ExpenseClaimPaidEvent");
        assertThat(paid.get("reimbursed").decimalValue()).isEqualByComparingTo("570.50");
        assertThat(paid.get("advanceSettled").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(paid.get("payable").decimalValue()).isEqualByComparingTo("-429.50");
        JsonNode settled = payload(advance, "TravelAdvanceSettledEvent");
        assertThat(settled.get("claimId").asText()).isEqualTo(claim);
        assertThat(settled.get("returnDue").decimalValue()).isEqualByComparingTo("429.50");
        assertThat(history(claim))
                .containsExactly(
                        "ExpenseClaimSubmittedEvent/" + engineer + "/ENGINEER",
                        "ExpenseClaimApprovedEvent/" + TestUsers.SUPERVISOR_ID + "/SUPERVISOR",
                        "ExpenseClaimAuditedEvent/" + financeId() + "/FINANCE",
                        "ExpenseClaimPaidEvent/" + financeId() + "/FINANCE");

        ok(TestUsers.FINANCE, "/api/travel-advances/" + advance + "/return", """
                {"amount": 429.50, "reference": "RET-1"}""");
        assertThat(payload(advance, "TravelAdvanceReturnedEvent").get("amount").decimalValue())
                .isEqualByComparingTo("429.50");

        long before = eventCount();
        Api.Response again = api.post(engineerUser, "/api/expense-claims", claim(receipt, "10.00", advance));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.raw().body()).contains("rule-EXPENSE_ADVANCE_NOT_OUTSTANDING");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void badInputIs400AMalformedInvoice422AndNothingIsStored_X1() throws Exception {
        String receipt = uploadedReceipt();
        long before = eventCount();

        Api.Response badAmount = api.post(engineerUser, "/api/expense-claims", claim(receipt, "0.001", null));
        assertThat(badAmount.status()).as(badAmount.raw().body()).isEqualTo(400);
        Api.Response zero = api.post(engineerUser, "/api/expense-claims", claim(receipt, "0", null));
        assertThat(zero.status()).isEqualTo(400);
        Api.Response unknownReceipt =
                api.post(engineerUser, "/api/expense-claims", claim("0".repeat(64), "450.00", null));
        assertThat(unknownReceipt.status()).as(unknownReceipt.raw().body()).isEqualTo(400);
        assertThat(unknownReceipt.raw().body()).contains("receiptSha256");
        Api.Response noLines = api.post(engineerUser, "/api/expense-claims", """
                {"trip": {"destinationCity": "苏州", "startDate": "2025-03-03", "endDate": "2025-03-05"},
                 "lines": []}""");
        assertThat(noLines.status()).isEqualTo(400);
        String claim = claim(receipt, "450.00", null);
        Api.Response malformed = api.post(
                engineerUser,
                "/api/expense-claims",
                claim.replace(invoiceNumber, invoiceNumber.substring(0, invoiceNumber.length() - 1)));
        assertThat(malformed.status()).as(malformed.raw().body()).isEqualTo(422);
        assertThat(malformed.raw().body())
                .contains("rule-EXPENSE_INVOICE_MALFORMED")
                .contains("\"ruleId\":\"X1\"");
        Api.Response advanceInThePast =
                api.post(engineerUser, "/api/travel-advances", """
                {"destinationCity": "苏州", "startDate": "%s", "endDate": "%s", "amount": 100}""".formatted(tripStart.minusDays(2), tripStart));
        assertThat(advanceInThePast.status()).isEqualTo(422);
        assertThat(advanceInThePast.raw().body()).contains("rule-ADVANCE_AFTER_TRIP_START");

        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void otherRolesAre403AndTheClaimantActingAsSupervisorIsRefused_S1() throws Exception {
        String receipt = uploadedReceipt();
        long before = eventCount();
        assertThat(api.post(TestUsers.SUPERVISOR, "/api/expense-claims", claim(receipt, "450.00", null))
                        .status())
                .isEqualTo(403);
        String claim = submitted(engineerUser, api, receipt);
        assertThat(api.post(engineerUser, path(claim, "approve"), "{\"version\": 1}")
                        .status())
                .isEqualTo(403);
        assertThat(api.post(TestUsers.SUPERVISOR, path(claim, "audit"), "{\"version\": 1}")
                        .status())
                .isEqualTo(403);
        assertThat(api.post(TestUsers.CLERK, path(claim, "reject"), "{\"version\": 1, \"reason\": \"x\"}")
                        .status())
                .isEqualTo(403);
        Api.Response stale = api.post(TestUsers.SUPERVISOR, path(claim, "approve"), "{\"version\": 2}");
        assertThat(stale.status()).isEqualTo(422);
        assertThat(stale.raw().body()).contains("rule-EXPENSE_STALE_VERSION");
        assertThat(eventCount()).isEqualTo(before + 1);

        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String lead = "U-T-LEAD-" + suffix;
        TestUsers.create(jdbc, lead, "t-lead-" + suffix, "ENGINEER", "SUPERVISOR");
        String own = submitted("t-lead-" + suffix, api.actingAs("ENGINEER"), receipt);
        long beforeOwn = eventCount();
        Api.Response approveOwn =
                api.actingAs("SUPERVISOR").post("t-lead-" + suffix, path(own, "approve"), "{\"version\": 1}");
        assertThat(approveOwn.status()).as(approveOwn.raw().body()).isEqualTo(422);
        assertThat(approveOwn.raw().body()).contains("rule-EXPENSE_OWN_CLAIM").contains("\"ruleId\":\"S1\"");
        assertThat(eventCount()).isEqualTo(beforeOwn);

        ok(TestUsers.SUPERVISOR, path(own, "reject"), "{\"version\": 1, \"reason\": \"缺少行程单\"}");
        Api.Response resubmitted = api.actingAs("ENGINEER")
                .post(
                        "t-lead-" + suffix,
                        path(own, "resubmit"),
                        claim(receipt, "400.00", null)
                                .replaceFirst("\\{", "{\"rejectedVersion\": 1, \"correctionNote\": \"更正金额\", "));
        assertThat(resubmitted.status()).as(resubmitted.raw().body()).isEqualTo(201);
        assertThat(resubmitted.body().get("version").asInt()).isEqualTo(2);
        assertThat(payload(own, "ExpenseClaimResubmittedEvent")
                        .get("previousVersion")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void financeConfirmsAFlagTheLineIsNotReimbursedAndThePenaltyIsProposed_X6_P1() throws Exception {
        String claim = submitted(engineerUser, api, uploadedReceipt());
        ExpenseFlag offTrip = new ExpenseFlag(
                "ISSUE_CITY_OFF_TRIP:1",
                1,
                FraudRule.ISSUE_CITY_OFF_TRIP,
                1,
                30,
                Map.of("issueCity", "杭州"),
                List.of(new EvidenceRef(EvidenceKind.EVENT, "e-" + claim)),
                "发票开具城市杭州不在行程上");
        ExpenseFlag round =
                new ExpenseFlag("ROUND_AMOUNT:2", 2, FraudRule.ROUND_AMOUNT, 1, 5, Map.of(), List.of(), "整数金额");
        ActingUser.runAs(
                ActingUser.system("expense-test"),
                () -> commands.sendAndWait(
                        new FlagExpenseClaimCommand(new ExpenseClaimId(claim), 1, List.of(offTrip, round))));
        ok(TestUsers.SUPERVISOR, path(claim, "approve"), "{\"version\": 1}");
        Api.Response open = api.post(TestUsers.FINANCE, path(claim, "audit"), "{\"version\": 1}");
        assertThat(open.status()).isEqualTo(422);
        assertThat(open.raw().body()).contains("rule-EXPENSE_FLAGS_OPEN");

        Api.Response confirmed = api.post(TestUsers.FINANCE, path(claim, "flags/ISSUE_CITY_OFF_TRIP:1/decision"), """
                {"decision": "CONFIRMED", "reason": "酒店发票开在杭州", "scope": "LINE"}""");
        assertThat(confirmed.status()).as(confirmed.raw().body()).isEqualTo(200);
        String penalty = confirmed.body().get("penaltyId").asText();
        ok(TestUsers.FINANCE, path(claim, "flags/ROUND_AMOUNT:2/decision"), """
                {"decision": "DISMISSED", "reason": "定额发票"}""");
        ok(TestUsers.FINANCE, path(claim, "audit"), "{\"version\": 1}");

        assertThat(payload(claim, "ExpenseClaimAuditedEvent")
                        .get("reimbursable")
                        .decimalValue())
                .isEqualByComparingTo("120.50");
        JsonNode proposed = penaltyProposed(penalty);
        assertThat(proposed.get("source").asText()).isEqualTo("EXPENSE_AUDIT");
        assertThat(proposed.get("subject").asText()).isEqualTo(engineer);
        assertThat(proposed.get("proposedKind").asText()).isEqualTo("NON_REIMBURSEMENT");
        assertThat(proposed.at("/evidence/0/kind").asText()).isEqualTo("EXPENSE_AUDIT");
        assertThat(proposed.at("/evidence/0/id").asText()).isEqualTo(claim);
        assertThat(proposed.at("/evidence/1/id").asText()).isEqualTo("e-" + claim);

        long before = eventCount();
        Api.Response noAmount = api.post(TestUsers.MANAGER, "/api/penalties/" + penalty + "/decision", """
                {"impose": true, "kind": "FINE", "reason": "罚款"}""");
        assertThat(noAmount.status()).isEqualTo(422);
        assertThat(noAmount.raw().body()).contains("rule-PENALTY_FINE_AMOUNT_REQUIRED");
        assertThat(eventCount()).isEqualTo(before);
    }

    private String submitted(String user, Api client, String receipt) {
        Api.Response submitted = client.post(user, "/api/expense-claims", claim(receipt, "450.00", null));
        assertThat(submitted.status()).as(submitted.raw().body()).isEqualTo(201);
        return submitted.body().get("claimId").asText();
    }

    /** A PNG of its own, uploaded as the engineer's receipt (the bytes are what the upload stores). */
    private String uploadedReceipt() {
        byte[] content = new byte[256];
        ThreadLocalRandom.current().nextBytes(content);
        content[0] = (byte) 0x89;
        content[1] = 'P';
        content[2] = 'N';
        content[3] = 'G';
        return receipts.store("image/png", "hotel.png", content, engineer).sha256();
    }

    /**
     * The claim every test submits: an invoice of its own (X5 would flag one another test claimed),
     * written with full-width digits and a hyphen, and a second receipt of its own, so the real
     * screening finds nothing to flag.
     */
    private String claim(String receipt, String lodging, String advance) {
        invoiceNumber = ThreadLocalRandom.current().nextInt(1000, 10000) + "-"
                + ThreadLocalRandom.current().nextInt(1000, 10000);
        String eInvoice = ExpenseSteps.eInvoiceNumber();
        String mealReceipt = uploadedReceipt();
        return """
                {"trip": {"destinationCity": "苏州", "route": ["上海"], "startDate": "%s", "endDate": "%s",
                          "purpose": "HX-3200 上门维修"},
                 "lines": [
                   {"category": "LODGING", "invoiceCode": "０４４００１９００１１１", "invoiceNumber": "%s",
                    "issuer": "苏州金鸡湖酒店", "issueDate": "%s", "issueCity": "苏州", "amount": %s,
                    "receiptSha256": "%s"},
                   {"category": "MEALS", "invoiceNumber": "%s %s",
                    "issuer": "苏州得月楼", "issueDate": "%s", "issueCity": "苏州", "amount": 120.50,
                    "receiptSha256": "%s"}]%s}""".formatted(
                        tripStart,
                        tripStart.plusDays(2),
                        invoiceNumber,
                        tripStart.plusDays(1),
                        lodging,
                        receipt,
                        eInvoice.substring(0, 10),
                        eInvoice.substring(10),
                        tripStart.plusDays(1),
                        mealReceipt,
                        advance == null ? "" : ", \"advanceId\": \"" + advance + "\"");
    }

    private void ok(String user, String path, String json) {
        Api.Response response = api.post(user, path, json);
        assertThat(response.status()).as(path + ": " + response.raw().body()).isEqualTo(200);
    }

    private static String path(String claim, String step) {
        return "/api/expense-claims/" + claim + "/" + step;
    }

    private String financeId() {
        return jdbc.queryForObject("select user_id from app_user where username = ?", String.class, TestUsers.FINANCE);
    }

    private JsonNode payload(String aggregateId, String event) {
        String json = jdbc.queryForObject(
                "select convert_from(payload, 'UTF8') from domain_event_entry where aggregate_identifier = ?"
                        + " and payload_type = ?",
                String.class,
                aggregateId,
                "com.aftersales.api.expense." + event);
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode penaltyProposed(String penalty) {
        String json = jdbc.queryForObject(
                "select convert_from(payload, 'UTF8') from domain_event_entry where aggregate_identifier = ?"
                        + " and payload_type = 'com.aftersales.api.penalty.PenaltyProposedEvent'",
                String.class,
                penalty);
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> history(String aggregateId) {
        return jdbc.queryForList(
                "select replace(payload_type, 'com.aftersales.api.expense.', '') || '/'"
                        + " || (convert_from(meta_data, 'UTF8')::jsonb ->> 'userId') || '/'"
                        + " || (convert_from(meta_data, 'UTF8')::jsonb ->> 'role')"
                        + " from domain_event_entry where aggregate_identifier = ? order by sequence_number",
                String.class,
                aggregateId);
    }
}
