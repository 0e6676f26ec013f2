package com.aftersales.command.expense.fraud;

import com.aftersales.api.expense.ExpenseLine;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.command.expense.fraud.RegisteredKey.KeyKind;
import java.util.List;
import java.util.Optional;

/** X5 DUPLICATE_INVOICE: the same invoice ({@code InvoiceRef.key()}, normalised) on two lines. */
public final class DuplicateInvoiceCheck extends DuplicateKeyCheck {
    @Override
    public FraudRule rule() {
        return FraudRule.DUPLICATE_INVOICE;
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public int weight() {
        return RiskWeights.DUPLICATE_INVOICE;
    }

    @Override
    KeyKind kind() {
        return KeyKind.INVOICE;
    }

    @Override
    Optional<String> keyOf(ExpenseLine line) {
        return Optional.ofNullable(line.invoice()).map(invoice -> invoice.key());
    }

    @Override
    List<EvidenceRef> keyEvidence(String key) {
        return List.of();
    }

    @Override
    String describe(ExpenseLine line) {
        return "invoice " + line.invoice();
    }
}
