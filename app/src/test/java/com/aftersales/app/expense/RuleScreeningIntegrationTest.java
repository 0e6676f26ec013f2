package com.aftersales.app.expense;

import static com.aftersales.app.expense.ScreeningSamples.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aftersales.api.common.UserId;
import com.aftersales.api.expense.ExpenseClaimId;
import com.aftersales.api.expense.ExpenseFlag;
import com.aftersales.api.expense.ExpenseLine;
import com.aftersales.api.expense.ExpenseLineCategory;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.api.expense.InvoiceRef;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.app.support.Api;
import com.aftersales.app.support.IntegrationTest;
import com.aftersales.app.support.TestUsers;
import com.aftersales.app.support.TicketSteps;
import com.aftersales.app.support.Tickets;
import com.aftersales.command.expense.ClaimUnderScreening;
import com.aftersales.command.expense.fraud.InvoiceRegistry;
import com.aftersales.command.expense.fraud.RegisteredKey;
import com.aftersales.command.expense.fraud.RuleScreening;
import com.aftersales.command.policy.PolicyVersions;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * X3–X5 on PostgreSQL: the screening reads the dispatch a real ticket recorded (its lookup row
 * written with the dispatch), the invoice registry finds another claim's invoice written another
 * way, a claim's own earlier version is no duplicate, and the policy in force caps the lines.
 * Each test uses an engineer, a far-future period and invoices of its own.
 */
class RuleScreeningIntegrationTest extends IntegrationTest {
    @Autowired
    RuleScreening screening;

    @Autowired
    InvoiceRegistry registry;

    @Autowired
    PolicyVersions policies;

    @Autowired
    PlatformTransactionManager transactions;

    private List<ExpenseFlag> screen(ClaimUnderScreening claim) {
        return new TransactionTemplate(transactions).execute(status -> screening.screen(claim));
    }

    private static List<ExpenseFlag> of(List<ExpenseFlag> flags, FraudRule rule) {
        return flags.stream().filter(flag -> flag.rule() == rule).toList();
    }

    @Test
    void
            aDispatchOfARealTicketMatchesItsTripAndPlacesTheEngineerElsewhere_X4_X5_NO_MATCHING_DISPATCH_RECORDED_ELSEWHERE() {
        String username = "t-fraud-" + UUID.randomUUID().toString().substring(0, 8);
        UserId engineer = new UserId("U-" + username);
        TestUsers.create(jdbc, engineer.value(), username, "ENGINEER");
        Api.Response created =
                api.post(TestUsers.CLERK, "/api/tickets", Tickets.registration("NORMAL", TicketSteps.serial()));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        String ticket = created.body().get("ticketId").asText();
        TicketSteps steps = new TicketSteps(api);
        steps.accepted(TestUsers.CLERK, ticket, "route", """
                {"department": "TECHNICAL_SERVICE", "expectedVersion": 0}""");
        steps.accepted(TestUsers.CLERK, ticket, "assignment", """
                {"engineerId": "%s", "mode": "ON_SITE", "appointmentAt": "2030-01-01T02:00:00Z", "expectedVersion": 1}""".formatted(engineer.value()));
        LocalDate day = farFutureDay();
        steps.accepted(TestUsers.CLERK, ticket, "dispatches", """
                {"dispatchId": "D-1", "engineerId": "%s", "startDate": "%s", "endDate": "%s",
                 "destinationCity": "杭州市", "travel": 100, "lodging": 0, "transport": 0, "materials": 0,
                 "expectedVersion": 2}""".formatted(engineer.value(), day, day.plusDays(2)));
        String eventId = jdbc.queryForObject(
                "select event_id from expense_dispatch where ticket_id = ? and engineer_id = ?",
                String.class,
                ticket,
                engineer.value());

        List<ExpenseFlag> toHangzhou = screen(claim(
                ExpenseClaimId.random(),
                1,
                engineer,
                trip("杭州", day.plusDays(2), day.plusDays(4)),
                line(1, ExpenseLineCategory.MEALS, eInvoice(eInvoiceNumber()), "88.50", day.plusDays(2), "杭州")));
        assertThat(of(toHangzhou, FraudRule.NO_MATCHING_DISPATCH)).isEmpty();
        assertThat(of(toHangzhou, FraudRule.RECORDED_ELSEWHERE)).isEmpty();

        List<ExpenseFlag> toNingbo = screen(claim(
                ExpenseClaimId.random(),
                1,
                engineer,
                trip("宁波", day, day.plusDays(1)),
                line(1, ExpenseLineCategory.LODGING, eInvoice(eInvoiceNumber()), "288.50", day.plusDays(1), "宁波")));
        assertThat(of(toNingbo, FraudRule.NO_MATCHING_DISPATCH)).singleElement().satisfies(flag -> {
            assertThat(flag.lineNo()).isZero();
            assertThat(flag.evidence())
                    .containsExactly(
                            new EvidenceRef(EvidenceKind.EVENT, eventId), new EvidenceRef(EvidenceKind.TICKET, ticket));
        });
        assertThat(of(toNingbo, FraudRule.RECORDED_ELSEWHERE)).singleElement().satisfies(flag -> {
            assertThat(flag.lineNo()).isEqualTo(1);
            assertThat(flag.values()).containsEntry("recordedIn", "杭州市");
            assertThat(flag.evidence()).contains(new EvidenceRef(EvidenceKind.EVENT, eventId));
        });
    }

    @Test
    void
            anInvoiceOfAnotherEngineersClaimWrittenAnotherWayIsADuplicateButAClaimsOwnEarlierVersionIsNot_X5_DUPLICATE_INVOICE() {
        LocalDate day = farFutureDay();
        String code = "0440019001" + (10 + ThreadLocalRandom.current().nextInt(90));
        String number = String.valueOf(10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        InvoiceRef typed = InvoiceRef.parse(fullWidth(code), number.substring(0, 4) + "-" + number.substring(4))
                .orElseThrow();
        ExpenseClaimId first = ExpenseClaimId.random();
        UserId firstEngineer = engineer();
        ExpenseLine meal = line(1, ExpenseLineCategory.MEALS, new InvoiceRef(code, number), "66.60", day, "杭州");
        assertThat(of(screen(claim(first, 1, firstEngineer, trip("杭州", day, day), meal)), FraudRule.DUPLICATE_INVOICE))
                .isEmpty();
        assertThat(of(screen(claim(first, 2, firstEngineer, trip("杭州", day, day), meal)), FraudRule.DUPLICATE_INVOICE))
                .as("X2: a corrected version carries its own receipts again")
                .isEmpty();

        ExpenseClaimId second = ExpenseClaimId.random();
        UserId secondEngineer = engineer();
        List<ExpenseFlag> flags = of(
                screen(claim(
                        second,
                        1,
                        secondEngineer,
                        trip("杭州", day, day),
                        line(1, ExpenseLineCategory.LOCAL_TRANSPORT, eInvoice(eInvoiceNumber()), "12.00", day, "杭州"),
                        line(2, ExpenseLineCategory.MEALS, typed, "66.60", day, "杭州"))),
                FraudRule.DUPLICATE_INVOICE);
        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.flagId()).isEqualTo("DUPLICATE_INVOICE-v1-L2-" + first.value());
            assertThat(flag.values())
                    .containsEntry("otherClaimId", first.value())
                    .containsEntry("otherVersion", "2")
                    .containsEntry("otherLine", "1")
                    .containsEntry("otherEngineerId", firstEngineer.value())
                    .containsEntry("sameEngineer", "false");
            assertThat(flag.evidence()).containsExactly(new EvidenceRef(EvidenceKind.EXPENSE_AUDIT, first.value()));
        });
        assertThat(jdbc.queryForObject(
                        "select count(*) from expense_invoice_registry where kind = 'INVOICE' and key = ?",
                        Integer.class,
                        typed.key()))
                .isEqualTo(3);
    }

    @Test
    void aLineOverThePolicyCapInForceIsFlaggedWithThatVersion_X5_OVER_POLICY_CAP() {
        LocalDate day = farFutureDay();
        int version = policies.current().version();
        List<ExpenseFlag> flags = screen(claim(
                ExpenseClaimId.random(),
                1,
                engineer(),
                trip("上海", day, day.plusDays(1)),
                line(1, ExpenseLineCategory.LODGING, eInvoice(eInvoiceNumber()), "99999.99", day, "上海")));
        assertThat(of(flags, FraudRule.OVER_POLICY_CAP)).singleElement().satisfies(flag -> {
            assertThat(flag.values())
                    .containsEntry("tier", "TIER_1")
                    .containsEntry("days", "1")
                    .containsEntry("policyVersion", Integer.toString(version));
            assertThat(flag.evidence())
                    .containsExactly(new EvidenceRef(EvidenceKind.POLICY_VERSION, Integer.toString(version)));
        });
    }

    @Test
    void theRegistryIsOnlyReadInAReadOnlyTransaction_X5() {
        LocalDate day = farFutureDay();
        ClaimUnderScreening claim = claim(
                ExpenseClaimId.random(),
                1,
                engineer(),
                trip("杭州", day, day),
                line(1, ExpenseLineCategory.MEALS, eInvoice(eInvoiceNumber()), "50", day, "杭州"));
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        List<RegisteredKey> found = readOnly.execute(status -> registry.find(claim));
        assertThat(found).isEmpty();
        assertThatThrownBy(() -> readOnly.executeWithoutResult(status -> registry.register(claim)))
                .hasMessageContaining("read-only");
        assertThat(jdbc.queryForObject(
                        "select count(*) from expense_invoice_registry where claim_id = ?",
                        Integer.class,
                        claim.claimId().value()))
                .isZero();
    }
}
