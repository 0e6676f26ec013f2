package com.aftersales.command.expense;

import com.aftersales.api.common.UserId;
import com.aftersales.api.expense.TravelAdvanceStatus;
import java.math.BigDecimal;

/** X9: what a claim needs to know of the travel advance it settles. */
public record ClaimAdvance(UserId engineerId, TravelAdvanceStatus status, BigDecimal amount) {
    /** Paid and not yet settled. */
    public boolean outstanding() {
        return status == TravelAdvanceStatus.PAID;
    }
}
