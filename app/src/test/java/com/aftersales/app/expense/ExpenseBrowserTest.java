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
import com.aftersales.api.expense.ExpenseClaimApprovedEvent;
import com.aftersales.api.expense.ExpenseClaimFlaggedEvent;
import com.aftersales.api.expense.ExpenseClaimId;
import com.aftersales.api.expense.ExpenseLineCategory;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.aftersales.app.support.browser.Browser;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * X5, X6 in Chromium, in Chinese, under the CSP, as finance does it: from the menu to the audit
 * queue, riskiest first, to the claim with its versions and flags, to a flag's evidence: the
 * other engineer's claim with the same invoice, and back.
 */
class ExpenseBrowserTest extends IntegrationTest {
    @RegisterExtension
    static final Browser browser = new Browser("zh-CN");

    @Autowired
    EventStore eventStore;

    @Autowired
    TransactionTemplate transaction;

    @Test
    @DisplayName(
            "X5 X6 S3: the audit queue, riskiest first, leads to a claim and a flag's evidence: the other claim with the same invoice")
    void fromTheAuditQueueToAFlagsEvidence() {
        ExpenseEvents events = new ExpenseEvents(eventStore, transaction);
        String city = ExpenseEvents.city();
        LocalDate start = ExpenseEvents.day();
        Instant at = noonOf(start.plusDays(4));
        String invoice = ExpenseEvents.invoiceNumber();
        ExpenseClaimId earlier = ExpenseClaimId.random();
        ExpenseClaimId risky = ExpenseClaimId.random();
        events.claim(
                earlier,
                at,
                by(TestUsers.ENGINEER_ID, "ENGINEER"),
                submitted(
                        earlier,
                        TestUsers.ENGINEER_ID,
                        trip(city, start),
                        List.of(line(1, ExpenseLineCategory.LODGING, invoice, start, city, "420.00"))));
        events.claim(
                risky,
                at,
                by(TestUsers.ENGINEER_2_ID, "ENGINEER"),
                submitted(
                        risky,
                        TestUsers.ENGINEER_2_ID,
                        trip(city, start),
                        List.of(
                                line(
                                        1,
                                        ExpenseLineCategory.MEALS,
                                        ExpenseEvents.invoiceNumber(),
                                        start,
                                        city,
                                        "100.00"),
                                line(2, ExpenseLineCategory.LODGING, invoice, start, city, "420.00"))));
        events.claim(
                risky,
                at,
                by("system", "SYSTEM"),
                new ExpenseClaimFlaggedEvent(
                        risky,
                        1,
                        new UserId(TestUsers.ENGINEER_2_ID),
                        flag(
                                "F-DUP-2",
                                2,
                                FraudRule.DUPLICATE_INVOICE,
                                9_000,
                                "同一张发票已由另一名工程师报销",
                                new EvidenceRef(EvidenceKind.EXPENSE_AUDIT, earlier.value()))));
        events.claim(
                risky,
                at,
                by(TestUsers.SUPERVISOR_ID, "SUPERVISOR"),
                new ExpenseClaimApprovedEvent(risky, 1, new UserId(TestUsers.SUPERVISOR_ID), "同意"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from expense_claim_view where claim_id = ? and status = 'APPROVED'",
                                Integer.class,
                                risky.value())
                        == 1);

        browser.signIn(TestUsers.FINANCE, TestUsers.PASSWORD).open("/");
        browser.clickAndWaitForPage("nav-expense-audit");
        assertThat(browser.heading()).isEqualTo("财务审核队列");
        assertThat(browser.text("claims")).contains(city, "9000");
        assertThat(browser.element("claims")
                        .findElement(By.cssSelector("tbody tr"))
                        .getAttribute("id"))
                .as("the riskiest claim comes first")
                .isEqualTo("claim-" + risky);
        browser.clickAndWaitForPage(By.cssSelector("#claim-" + risky + " a"));
        assertThat(browser.heading()).isEqualTo("差旅费报销单");
        assertThat(browser.text("claim-status")).isEqualTo("主管已批准");
        assertThat(browser.text("claim-versions")).contains("第1版", "044001900111 " + invoice);
        assertThat(browser.text("claim-flags")).contains("同一张发票已由另一名工程师报销", "X5");
        assertThat(browser.isPresent("form-decide-F-DUP-2")).isTrue();
        assertThat(browser.text("claim-timeline")).contains(TestUsers.SUPERVISOR_ID, TestUsers.ENGINEER_2_ID);
        browser.screenshot("expense-claim");

        browser.clickAndWaitForPage(By.cssSelector("#flag-F-DUP-2 a.evidence-link"));
        assertThat(browser.text("flag-explanation")).isEqualTo("同一张发票已由另一名工程师报销");
        assertThat(browser.text("flag-line")).contains(invoice, "420.00");
        assertThat(browser.text("evidence-0")).contains(TestUsers.ENGINEER_ID, "第1版第1行", "420.00", "已提交");
        browser.screenshot("expense-flag-evidence");
        browser.clickAndWaitForPage("back-link");
        assertThat(browser.path()).isEqualTo("/expenses/claims/" + risky);
    }
}
