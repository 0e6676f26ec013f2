package com.aftersales.api.expense;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * X1, X2: the acting ENGINEER claims the costs of {@code trip}, line by line with receipts; the
 * claim becomes version 1. {@code advanceId}, if given, is the paid travel advance (X9) this claim
 * settles. The claim is screened by the fraud rules as it is recorded (X3–X5, X7).
 */
public record SubmitExpenseClaimCommand(
        @TargetAggregateIdentifier ExpenseClaimId claimId,
        Trip trip,
        List<ExpenseLine> lines,
        TravelAdvanceId advanceId) {
    public SubmitExpenseClaimCommand {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
