package com.aftersales.command.expense;

import com.aftersales.api.common.UserId;
import com.aftersales.api.expense.ExpenseClaimId;
import com.aftersales.api.expense.ExpenseLine;
import com.aftersales.api.expense.Trip;
import java.time.Instant;
import java.util.List;

/** X3–X5, X7: one version of a claim as the screening sees it, when it is submitted. */
public record ClaimUnderScreening(
        ExpenseClaimId claimId,
        int version,
        UserId engineerId,
        Trip trip,
        List<ExpenseLine> lines,
        Instant submittedAt) {
    public ClaimUnderScreening {
        lines = List.copyOf(lines);
    }
}
