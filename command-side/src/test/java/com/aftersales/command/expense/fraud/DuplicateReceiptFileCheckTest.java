package com.aftersales.command.expense.fraud;

import static com.aftersales.command.expense.fraud.FraudSamples.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.api.expense.ExpenseFlag;
import com.aftersales.api.expense.ExpenseLine;
import com.aftersales.api.expense.ExpenseLineCategory;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.command.expense.fraud.RegisteredKey.KeyKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DuplicateReceiptFileCheckTest {
    private final DuplicateReceiptFileCheck check = new DuplicateReceiptFileCheck();

    @Test
    @DisplayName("X5 DUPLICATE_RECEIPT_FILE: the rule, its version 1 and weight 40")
    void ruleVersionWeight() {
        assertThat(check.rule()).isEqualTo(FraudRule.DUPLICATE_RECEIPT_FILE);
        assertThat(check.version()).isEqualTo(1);
        assertThat(check.weight()).isEqualTo(40);
    }

    @Test
    @DisplayName("X5 DUPLICATE_RECEIPT_FILE: the same file on two lines flags both, citing the document")
    void sameFileTwice() {
        ExpenseLine one = withReceipt(line(1, ExpenseLineCategory.MEALS, "80"), SHA_A);
        ExpenseLine two = withReceipt(line(2, ExpenseLineCategory.LODGING, "300"), SHA_A);
        List<ExpenseFlag> flags = check.check(claim(one, two), facts());
        assertThat(flags)
                .extracting(ExpenseFlag::flagId)
                .containsExactly("DUPLICATE_RECEIPT_FILE-v2-L1-L2", "DUPLICATE_RECEIPT_FILE-v2-L2-L1");
        assertThat(flags.get(0).evidence()).containsExactly(new EvidenceRef(EvidenceKind.DOCUMENT, SHA_A));
        assertThat(flags.get(0).explanation())
                .isEqualTo("Line 1 claims receipt file " + SHA_A + " that line 2 of the same claim claims too.");
    }

    @Test
    @DisplayName(
            "X5 DUPLICATE_RECEIPT_FILE: a file another claim carried flags the line, citing that claim and the document")
    void fileOfAnotherClaim() {
        ExpenseLine one = withReceipt(line(1, ExpenseLineCategory.MEALS, "80"), SHA_B);
        List<ExpenseFlag> flags = check.check(
                claim(one),
                holders(
                        new RegisteredKey(
                                KeyKind.RECEIPT,
                                SHA_B,
                                OTHER_CLAIM,
                                1,
                                2,
                                OTHER_ENGINEER,
                                Instant.parse("2025-03-01T00:00:00Z")),
                        new RegisteredKey(
                                KeyKind.INVOICE,
                                one.invoice().key(),
                                THIRD_CLAIM,
                                1,
                                2,
                                OTHER_ENGINEER,
                                Instant.parse("2025-03-01T00:00:00Z"))));
        assertThat(flags).hasSize(1);
        assertThat(flags.get(0).flagId()).isEqualTo("DUPLICATE_RECEIPT_FILE-v2-L1-" + OTHER_CLAIM.value());
        assertThat(flags.get(0).evidence())
                .containsExactly(
                        new EvidenceRef(EvidenceKind.EXPENSE_AUDIT, OTHER_CLAIM.value()),
                        new EvidenceRef(EvidenceKind.DOCUMENT, SHA_B));
    }

    @Test
    @DisplayName("X5 DUPLICATE_RECEIPT_FILE: a line without a receipt file is not compared")
    void lineWithoutFile() {
        ExpenseLine one = line(1, ExpenseLineCategory.MEALS, "80");
        ExpenseLine bare = new ExpenseLine(2, one.category(), null, "x", one.issueDate(), "杭州", one.amount(), null, "");
        ExpenseLine bare2 =
                new ExpenseLine(3, one.category(), null, "x", one.issueDate(), "杭州", one.amount(), null, "");
        assertThat(check.check(claim(one, bare, bare2), facts())).isEmpty();
    }
}
