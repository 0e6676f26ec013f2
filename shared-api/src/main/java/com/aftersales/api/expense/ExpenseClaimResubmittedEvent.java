package com.aftersales.api.expense;

import com.aftersales.api.common.UserId;
import java.math.BigDecimal;
import java.util.List;
import org.axonframework.serialization.Revision;

/** X2: the engineer corrected rejected {@code previousVersion} and submitted it as {@code version}. */
@Revision("1")
public record ExpenseClaimResubmittedEvent(
        ExpenseClaimId claimId,
        int version,
        int previousVersion,
        UserId engineerId,
        Trip trip,
        List<ExpenseLine> lines,
        BigDecimal total,
        String correctionNote) {
    public ExpenseClaimResubmittedEvent {
        lines = List.copyOf(lines);
    }
}
