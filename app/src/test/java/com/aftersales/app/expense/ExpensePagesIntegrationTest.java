package com.aftersales.app.expense;

import static com.aftersales.app.expense.ExpenseEvents.by;
import static com.aftersales.app.expense.ExpenseEvents.flag;
import static com.aftersales.app.expense.ExpenseEvents.line;
import static com.aftersales.app.expense.ExpenseEvents.noonOf;
import static com.aftersales.app.expense.ExpenseEvents.submitted;
import static com.aftersales.app.expense.ExpenseEvents.trip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aftersales.api.common.UserId;
import com.aftersales.api.expense.ClaimStage;
import com.aftersales.api.expense.ExpenseClaimApprovedEvent;
import com.aftersales.api.expense.ExpenseClaimFlaggedEvent;
import com.aftersales.api.expense.ExpenseClaimId;
import com.aftersales.api.expense.ExpenseClaimRejectedEvent;
import com.aftersales.api.expense.ExpenseLineCategory;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.api.expense.TravelAdvanceId;
import com.aftersales.api.expense.TravelAdvancePaidEvent;
import com.aftersales.api.expense.TravelAdvanceRequestedEvent;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.PageSession;
import com.aftersales.app.support.PageSession.FilePart;
import com.aftersales.app.support.PageSession.Page;
import com.aftersales.app.support.TestUsers;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The expense pages over HTTP (X1, X2, X5, X6, X9, S1, S3), rendered over published events for each
 * role in Chinese and English: the engineer's own claims and forms, the supervisor's queue, the
 * finance audit queue, a claim with its versions, flags and history, a flag's evidence, the rules'
 * precision, the statistics and the advances; who is kept out; bad form input stores nothing.
 */
class ExpensePagesIntegrationTest extends IntegrationTest {
    /** A page of demo size answers well under this, on the shared test machine with slack. */
    private static final Duration FAST = Duration.ofMillis(500);

    @Autowired
    EventStore eventStore;

    @Autowired
    TransactionTemplate transaction;

    private ExpenseEvents events;
    private String city;
    private LocalDate start;

    @BeforeEach
    void ownData() {
        events = new ExpenseEvents(eventStore, transaction);
        city = ExpenseEvents.city();
        start = ExpenseEvents.day();
    }

    @Test
    @DisplayName("X2 X5 X6 S1 S3: each role's pages render over published events, zh-CN and en")
    void pagesRenderForEachRole() {
        ExpenseClaimId approved = ExpenseClaimId.random();
        ExpenseClaimId submittedClaim = ExpenseClaimId.random();
        ExpenseClaimId rejected = ExpenseClaimId.random();
        Instant at = noonOf(start.plusDays(4));
        String invoice = ExpenseEvents.invoiceNumber();
        events.claim(
                approved,
                at,
                by(TestUsers.ENGINEER_2_ID, "ENGINEER"),
                submitted(
                        approved,
                        TestUsers.ENGINEER_2_ID,
                        trip(city, start),
                        List.of(line(1, ExpenseLineCategory.LODGING, invoice, start, city, "360.00"))));
        events.claim(
                approved,
                at,
                by("system", "SYSTEM"),
                new ExpenseClaimFlaggedEvent(
                        approved,
                        1,
                        new UserId(TestUsers.ENGINEER_2_ID),
                        flag(
                                "F-DUP-1",
                                1,
                                FraudRule.DUPLICATE_INVOICE,
                                50,
                                "发票已在报销单 " + rejected + " 报销",
                                new EvidenceRef(EvidenceKind.EXPENSE_AUDIT, rejected.value()))));
        events.claim(
                approved,
                at,
                by(TestUsers.SUPERVISOR_ID, "SUPERVISOR"),
                new ExpenseClaimApprovedEvent(approved, 1, new UserId(TestUsers.SUPERVISOR_ID), "同意"));
        events.claim(
                submittedClaim,
                at,
                by(TestUsers.ENGINEER_2_ID, "ENGINEER"),
                submitted(
                        submittedClaim,
                        TestUsers.ENGINEER_2_ID,
                        trip(city, start),
                        List.of(line(
                                1, ExpenseLineCategory.MEALS, ExpenseEvents.invoiceNumber(), start, city, "88.00"))));
        events.claim(
                rejected,
                at,
                by(TestUsers.ENGINEER_ID, "ENGINEER"),
                submitted(
                        rejected,
                        TestUsers.ENGINEER_ID,
                        trip(city, start),
                        List.of(line(1, ExpenseLineCategory.LODGING, invoice, start, city, "360.00"))));
        events.claim(
                rejected,
                at,
                by(TestUsers.SUPERVISOR_ID, "SUPERVISOR"),
                new ExpenseClaimRejectedEvent(
                        rejected, 1, ClaimStage.SUPERVISOR_APPROVAL, new UserId(TestUsers.SUPERVISOR_ID), "票据不清"));
        TravelAdvanceId advance = TravelAdvanceId.random();
        events.given(
                ExpenseEvents.ADVANCE,
                advance.value(),
                at,
                by(TestUsers.ENGINEER_ID, "ENGINEER"),
                new TravelAdvanceRequestedEvent(
                        advance,
                        new UserId(TestUsers.ENGINEER_ID),
                        city,
                        start,
                        start.plusDays(2),
                        new BigDecimal("1200.00"),
                        "安装"),
                new TravelAdvancePaidEvent(
                        advance,
                        new UserId(TestUsers.ENGINEER_ID),
                        new BigDecimal("1200.00"),
                        new UserId("U-T-FIN"),
                        "P"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                        "select count(*) from expense_claim_view where destination_city = ? and claim_seq > 0",
                                        Integer.class,
                                        city)
                                == 2
                        && jdbc.queryForObject(
                                        "select count(*) from travel_advance_view where advance_id = ? and status = 'PAID'",
                                        Integer.class,
                                        advance.value())
                                == 1);

        PageSession engineer = PageSession.signedIn(port, "zh-CN", TestUsers.ENGINEER, null);
        Page mine = timed(engineer, "/my/claims");
        assertThat(mine.body())
                .contains("claim-" + rejected, "已驳回", "id=\"nav-my-claims\"")
                .doesNotContain("claim-" + approved);
        Page own = timed(engineer, "/expenses/claims/" + rejected);
        assertThat(own.body())
                .contains("票据不清", "id=\"resubmit-link\"", "version-1")
                .doesNotContain("id=\"form-approve\"");
        assertThat(engineer.get("/expenses/claims/" + approved).status()).isEqualTo(403);
        assertThat(engineer.get("/expenses/audit").status()).isEqualTo(403);
        assertThat(timed(engineer, "/my/claims/new").body())
                .contains("id=\"form-claim\"", "enctype=\"multipart/form-data\"", "发票代码");
        assertThat(timed(engineer, "/my/claims/" + rejected + "/resubmit").body())
                .contains("id=\"form-claim\"", "value=\"" + invoice + "\"", "value=\"" + city + "\"", "沿用原票据");
        assertThat(engineer.get("/my/claims/" + approved + "/resubmit").status())
                .isEqualTo(403);
        assertThat(timed(engineer, "/my/advances").body())
                .contains("advance-" + advance, "id=\"form-advance\"", "已付款，未核销");

        PageSession supervisor = PageSession.signedIn(port, "en", TestUsers.SUPERVISOR, null);
        Page approvals = timed(supervisor, "/expenses/approvals");
        assertThat(approvals.body())
                .contains("claim-" + submittedClaim, "id=\"nav-expense-approvals\"")
                .doesNotContain("claim-" + approved);
        assertThat(timed(supervisor, "/expenses/claims/" + submittedClaim).body())
                .contains("id=\"form-approve\"", "id=\"form-reject\"");
        assertThat(supervisor.get("/expenses/audit").status()).isEqualTo(403);
        assertThat(timed(supervisor, "/expenses/engineers").body()).contains("engineer-" + TestUsers.ENGINEER_2_ID);
        assertThat(timed(supervisor, "/expenses/advances").body()).contains("outstanding-" + TestUsers.ENGINEER_ID);

        PageSession finance = PageSession.signedIn(port, "zh-CN", TestUsers.FINANCE, null);
        Page audit = timed(finance, "/expenses/audit");
        assertThat(audit.body())
                .contains("claim-" + approved, "财务审核队列", "id=\"nav-expense-audit\"")
                .doesNotContain("claim-" + submittedClaim);
        Page claim = timed(finance, "/expenses/claims/" + approved);
        assertThat(claim.body())
                .contains("flag-F-DUP-1", "权重 50", "id=\"form-decide-F-DUP-1\"")
                .contains("line-1-1", "044001900111 " + invoice, "360.00")
                .contains("fact-0", "fact-1", "fact-2", "身份：主管", "身份：工程师")
                .doesNotContain("id=\"form-audit\"", "id=\"form-approve\"");
        Page flagPage = timed(finance, "/expenses/claims/" + approved + "/flags/F-DUP-1");
        assertThat(flagPage.body()).contains("evidence-0", "第1版第1行", TestUsers.ENGINEER_ID, "已驳回");
        assertThat(timed(finance, "/expenses/rules").status()).isEqualTo(200);
        assertThat(timed(finance, "/expenses/advances").body())
                .contains("outstanding-" + TestUsers.ENGINEER_ID, "各工程师未清借款");

        PageSession manager = PageSession.signedIn(port, "en", TestUsers.MANAGER, null);
        assertThat(timed(manager, "/expenses/audit").body()).contains("claim-" + approved, "Expense audit queue");
        assertThat(timed(manager, "/expenses/claims/" + approved).body())
                .contains("Invoice claimed twice", "Versions, side by side")
                .doesNotContain("id=\"form-decide-F-DUP-1\"");
        assertThat(timed(manager, "/expenses/rules").body()).contains("Fraud rules&#39; precision");
        PageSession clerk = PageSession.signedIn(port, "en", TestUsers.CLERK, null);
        assertThat(clerk.get("/expenses/claims/" + approved).status()).isEqualTo(403);
        assertThat(clerk.get("/my/claims").status()).isEqualTo(403);
    }

    @Test
    @DisplayName("X1: a claim form with a bad invoice, amount or date, or without a receipt, is 400 and stores nothing")
    void badClaimFormStoresNothing() {
        PageSession engineer = PageSession.signedIn(port, "en", TestUsers.ENGINEER, null);
        engineer.get("/my/claims/new");
        Integer receiptsBefore = jdbc.queryForObject("select count(*) from expense_receipt_file", Integer.class);
        Integer claimsBefore = jdbc.queryForObject("select count(*) from expense_claim_view", Integer.class);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("destinationCity", city);
        form.put("startDate", start.toString());
        form.put("endDate", start.plusDays(2).toString());
        form.put("lines[0].category", "LODGING");
        form.put("lines[0].invoiceCode", "0440019001");
        form.put("lines[0].invoiceNumber", "1234567");
        form.put("lines[0].issueDate", start.toString());
        form.put("lines[0].issueCity", city);
        form.put("lines[0].amount", "300.001");
        form.put("lines[1].category", "MEALS");
        form.put("lines[1].invoiceNumber", "12345678901234567890");
        form.put("lines[1].issueDate", "yesterday");
        form.put("lines[1].issueCity", city);
        form.put("lines[1].amount", "80");
        Page refused = engineer.postMultipart(
                "/my/claims",
                form,
                List.of(new FilePart("lines[0].receipt", "r.png", "image/png", ExpenseFormFiles.png())));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains(
                        "id=\"form-error\"",
                        "Line 1: an invoice is",
                        "Amount (CNY) must be a positive amount",
                        "Issue date must be a date")
                .contains("Row 2: every line has its receipt file")
                .contains("value=\"" + city + "\"");
        Map<String, String> upsideDown = new LinkedHashMap<>(form);
        upsideDown.put("endDate", start.minusDays(1).toString());
        assertThat(engineer.postMultipart("/my/claims", upsideDown, List.of()).body())
                .contains("The trip ends before it begins.");
        assertThat(jdbc.queryForObject("select count(*) from expense_receipt_file", Integer.class))
                .isEqualTo(receiptsBefore);
        assertThat(jdbc.queryForObject("select count(*) from expense_claim_view", Integer.class))
                .isEqualTo(claimsBefore);
        Page badAdvance = engineer.post(
                "/my/advances",
                Map.of("destinationCity", city, "startDate", "x", "endDate", start.toString(), "amount", "-1"),
                engineer.get("/my/advances"));
        assertThat(badAdvance.status()).isEqualTo(400);
        assertThat(badAdvance.body()).contains("From must be a date.", "Amount (CNY) must be a positive amount");
    }

    private static Page timed(PageSession session, String path) {
        session.get(path); // warm: the first render compiles the template
        long started = System.nanoTime();
        Page page = session.get(path);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(page.status()).as(path).isEqualTo(200);
        assertThat(took).as(path + " answers fast").isLessThan(FAST);
        return page;
    }
}
