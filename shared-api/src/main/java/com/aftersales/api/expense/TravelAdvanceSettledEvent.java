package com.aftersales.api.expense;

import com.aftersales.api.common.UserId;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/**
 * X9: the advance was settled against claim {@code claimId}: {@code reimbursed} is what the claim
 * came to, {@code returnDue} what the engineer owes back (0 when the claim used all of it).
 */
@Revision("1")
public record TravelAdvanceSettledEvent(
        TravelAdvanceId advanceId,
        UserId engineerId,
        ExpenseClaimId claimId,
        BigDecimal amount,
        BigDecimal reimbursed,
        BigDecimal returnDue) {}
