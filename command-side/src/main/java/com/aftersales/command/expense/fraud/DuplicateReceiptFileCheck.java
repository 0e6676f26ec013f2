package com.aftersales.command.expense.fraud;

import com.aftersales.api.expense.ExpenseLine;
import com.aftersales.api.expense.FraudRule;
import com.aftersales.api.penalty.EvidenceKind;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.command.expense.fraud.RegisteredKey.KeyKind;
import java.util.List;
import java.util.Optional;

/** X5 DUPLICATE_RECEIPT_FILE: the same receipt file (by its content's sha-256) on two lines. */
public final class DuplicateReceiptFileCheck extends DuplicateKeyCheck {
    @Override
    public FraudRule rule() {
        return FraudRule.DUPLICATE_RECEIPT_FILE;
    }

    @Override
    public int version() {
        return 1;
    }

    @Override
    public int weight() {
        return RiskWeights.DUPLICATE_RECEIPT_FILE;
    }

    @Override
    KeyKind kind() {
        return KeyKind.RECEIPT;
    }

    @Override
    Optional<String> keyOf(ExpenseLine line) {
        return Optional.ofNullable(line.receipt()).map(receipt -> receipt.sha256());
    }

    @Override
    List<EvidenceRef> keyEvidence(String key) {
        return List.of(new EvidenceRef(EvidenceKind.DOCUMENT, key));
    }

    @Override
    String describe(ExpenseLine line) {
        return "receipt file " + line.receipt().sha256();
    }
}
