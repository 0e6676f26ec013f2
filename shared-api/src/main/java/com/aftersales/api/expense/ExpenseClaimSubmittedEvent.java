package com.aftersales.api.expense;

import com.aftersales.api.common.UserId;
import java.math.BigDecimal;
import java.util.List;
import org.axonframework.serialization.Revision;

/** X1, X2: {@code engineerId} submitted version 1 of a claim for {@code trip}; {@code total} is the sum of its lines. */
@Revision("1")
public record ExpenseClaimSubmittedEvent(
        ExpenseClaimId claimId,
        int version,
        UserId engineerId,
        Trip trip,
        List<ExpenseLine> lines,
        BigDecimal total,
        TravelAdvanceId advanceId) {
    public ExpenseClaimSubmittedEvent {
        lines = List.copyOf(lines);
    }
}
