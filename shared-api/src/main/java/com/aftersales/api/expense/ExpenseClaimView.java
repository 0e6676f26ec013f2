package com.aftersales.api.expense;

import java.util.List;

/** X2, X5, X6: one claim with every version, oldest first, and every flag of every version. */
public record ExpenseClaimView(
        ExpenseClaimSummaryView summary, List<ExpenseClaimVersionView> versions, List<ExpenseFlagView> flags) {
    public ExpenseClaimView {
        versions = List.copyOf(versions);
        flags = List.copyOf(flags);
    }
}
