package com.aftersales.api.expense;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * X2: the engineer corrects a rejected claim and submits it again as the next version; {@code
 * rejectedVersion} is the version the correction answers. Every version stays visible.
 */
public record ResubmitExpenseClaimCommand(
        @TargetAggregateIdentifier ExpenseClaimId claimId,
        int rejectedVersion,
        Trip trip,
        List<ExpenseLine> lines,
        String correctionNote) {
    public ResubmitExpenseClaimCommand {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
