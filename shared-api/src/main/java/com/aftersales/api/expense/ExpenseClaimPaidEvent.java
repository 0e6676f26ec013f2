package com.aftersales.api.expense;

import com.aftersales.api.common.UserId;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/**
 * X2, X9: finance paid {@code version}: {@code reimbursed} is the audited amount, {@code
 * advanceSettled} the travel advance it settles (0 without one), {@code payable} what is paid out
 * now (reimbursed − advance; negative when the engineer owes the rest of the advance back).
 */
@Revision("1")
public record ExpenseClaimPaidEvent(
        ExpenseClaimId claimId,
        int version,
        UserId paidBy,
        BigDecimal reimbursed,
        TravelAdvanceId advanceId,
        BigDecimal advanceSettled,
        BigDecimal payable,
        String paymentReference) {}
