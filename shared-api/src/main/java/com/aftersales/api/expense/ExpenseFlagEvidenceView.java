package com.aftersales.api.expense;

import java.util.List;

/** X5, X6: a flag, its explanation and the facts behind each piece of its evidence. */
public record ExpenseFlagEvidenceView(ExpenseFlagView flag, ExpenseLine line, List<ExpenseEvidenceView> evidence) {
    public ExpenseFlagEvidenceView {
        evidence = List.copyOf(evidence);
    }
}
