package com.aftersales.command.expense.fraud;

import static com.aftersales.command.expense.fraud.FraudSamples.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.expense.ExpenseFlag;
import com.aftersales.api.expense.ExpenseLine;
import com.aftersales.api.expense.ExpenseLineCategory;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.api.expense.InvoiceRef;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.command.expense.fraud.RegisteredKey.KeyKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DuplicateInvoiceCheckTest {
    private final DuplicateInvoiceCheck check = new DuplicateInvoiceCheck();
    private static final InvoiceRef INVOICE =
            InvoiceRef.parse("０４４００１９００１１１", "1234-5678").orElseThrow();

    @Test
    @DisplayName("X5 DUPLICATE_INVOICE: the rule, its version 1 and weight 50")
    void ruleVersionWeight() {
        assertThat(check.rule()).isEqualTo(FraudRule.DUPLICATE_INVOICE);
        assertThat(check.version()).isEqualTo(1);
        assertThat(check.weight()).isEqualTo(50);
    }

    @Test
    @DisplayName("X5 DUPLICATE_INVOICE: distinct invoices and no holder elsewhere flag nothing")
    void distinctInvoicesAreClean() {
        assertThat(check.check(
                        claim(line(1, ExpenseLineCategory.MEALS, "80"), line(2, ExpenseLineCategory.LODGING, "300")),
                        facts()))
                .isEmpty();
    }

    @Test
    @DisplayName(
            "X5 DUPLICATE_INVOICE: the same invoice (full-width, hyphenated) on two lines of one claim flags both, each naming the other")
    void sameInvoiceTwiceInOneClaim() {
        ExpenseLine one = with(line(1, ExpenseLineCategory.MEALS, "80"), INVOICE);
        ExpenseLine two = with(line(2, ExpenseLineCategory.MEALS, "80"), new InvoiceRef("044001900111", "12345678"));
        List<ExpenseFlag> flags = check.check(claim(one, two, line(3, ExpenseLineCategory.LODGING, "300")), facts());
        assertThat(flags)
                .containsExactly(
                        new ExpenseFlag(
                                "DUPLICATE_INVOICE-v2-L1-L2",
                                1,
                                FraudRule.DUPLICATE_INVOICE,
                                1,
                                50,
                                Map.of("key", "044001900111:12345678", "otherLine", "2"),
                                List.of(),
                                "Line 1 claims invoice 044001900111 12345678 that line 2 of the same claim claims too."),
                        new ExpenseFlag(
                                "DUPLICATE_INVOICE-v2-L2-L1",
                                2,
                                FraudRule.DUPLICATE_INVOICE,
                                1,
                                50,
                                Map.of("key", "044001900111:12345678", "otherLine", "1"),
                                List.of(),
                                "Line 2 claims invoice 044001900111 12345678 that line 1 of the same claim claims too."));
    }

    @Test
    @DisplayName(
            "X5 DUPLICATE_INVOICE: an invoice another engineer's claim carried flags the line, naming that claim's latest version and line")
    void invoiceOfAnotherEngineersClaim() {
        ExpenseLine one = with(line(1, ExpenseLineCategory.MEALS, "80"), INVOICE);
        List<ExpenseFlag> flags = check.check(
                claim(one),
                holders(
                        new RegisteredKey(
                                KeyKind.INVOICE,
                                INVOICE.key(),
                                OTHER_CLAIM,
                                1,
                                3,
                                OTHER_ENGINEER,
                                Instant.parse("2025-03-01T00:00:00Z")),
                        new RegisteredKey(
                                KeyKind.INVOICE,
                                INVOICE.key(),
                                OTHER_CLAIM,
                                2,
                                4,
                                OTHER_ENGINEER,
                                Instant.parse("2025-03-02T00:00:00Z")),
                        new RegisteredKey(
                                KeyKind.INVOICE,
                                INVOICE.key(),
                                OTHER_CLAIM,
                                1,
                                5,
                                OTHER_ENGINEER,
                                Instant.parse("2025-03-03T00:00:00Z"))));
        assertThat(flags)
                .containsExactly(new ExpenseFlag(
                        "DUPLICATE_INVOICE-v2-L1-" + OTHER_CLAIM.value(),
                        1,
                        FraudRule.DUPLICATE_INVOICE,
                        1,
                        50,
                        Map.of(
                                "key", "044001900111:12345678",
                                "otherClaimId", OTHER_CLAIM.value(),
                                "otherVersion", "2",
                                "otherLine", "4",
                                "otherEngineerId", "U-ENG-2",
                                "sameEngineer", "false"),
                        List.of(new EvidenceRef(EvidenceKind.EXPENSE_AUDIT, OTHER_CLAIM.value())),
                        "Line 1 claims invoice 044001900111 12345678 already claimed on line 4 of version 2 of claim "
                                + OTHER_CLAIM.value() + " of engineer U-ENG-2."));
    }

    @Test
    @DisplayName(
            "X5 DUPLICATE_INVOICE: of two lines of the other claim's latest version, the first is named; the same engineer is said so")
    void sameEngineerAndFirstLineOfLatestVersion() {
        ExpenseLine one = with(line(1, ExpenseLineCategory.MEALS, "80"), INVOICE);
        Instant at = Instant.parse("2025-03-01T00:00:00Z");
        List<ExpenseFlag> flags = check.check(
                claim(one),
                holders(
                        new RegisteredKey(KeyKind.INVOICE, INVOICE.key(), OTHER_CLAIM, 1, 6, ENGINEER, at),
                        new RegisteredKey(KeyKind.INVOICE, INVOICE.key(), OTHER_CLAIM, 1, 2, ENGINEER, at),
                        new RegisteredKey(
                                KeyKind.INVOICE, INVOICE.key(), THIRD_CLAIM, 1, 1, ENGINEER, at.plusSeconds(1))));
        assertThat(flags)
                .extracting(ExpenseFlag::flagId)
                .containsExactly(
                        "DUPLICATE_INVOICE-v2-L1-" + OTHER_CLAIM.value(),
                        "DUPLICATE_INVOICE-v2-L1-" + THIRD_CLAIM.value());
        assertThat(flags.get(0).values()).containsEntry("otherLine", "2").containsEntry("sameEngineer", "true");
        assertThat(flags.get(0).explanation()).endsWith(" of the same engineer.");
    }

    @Test
    @DisplayName(
            "X5 DUPLICATE_INVOICE: an earlier version of the same claim, another key, or a receipt-file holder is no duplicate invoice")
    void ownEarlierVersionOtherKeysAndReceiptsAreNoDuplicate() {
        ExpenseLine one = with(line(1, ExpenseLineCategory.MEALS, "80"), INVOICE);
        Instant at = Instant.parse("2025-03-01T00:00:00Z");
        assertThat(check.check(
                        claim(one),
                        holders(
                                new RegisteredKey(KeyKind.INVOICE, INVOICE.key(), CLAIM, 1, 1, ENGINEER, at),
                                new RegisteredKey(
                                        KeyKind.INVOICE, "E:12345678901234567890", OTHER_CLAIM, 1, 1, ENGINEER, at),
                                new RegisteredKey(KeyKind.RECEIPT, INVOICE.key(), OTHER_CLAIM, 1, 1, ENGINEER, at))))
                .isEmpty();
    }

    @Test
    @DisplayName("X5 DUPLICATE_INVOICE: a line without an invoice is not compared")
    void lineWithoutInvoice() {
        ExpenseLine bare = with(line(1, ExpenseLineCategory.PHONE_ALLOWANCE, "100"), null);
        ExpenseLine bare2 = with(line(2, ExpenseLineCategory.PHONE_ALLOWANCE, "100"), null);
        assertThat(check.check(claim(bare, bare2), facts())).isEmpty();
    }
}
