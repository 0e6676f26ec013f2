package com.aftersales.command.expense;

import com.aftersales.api.expense.ExpenseClaimId;
import com.aftersales.api.expense.TravelAdvanceId;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * X9: the travel advances a claim settles, looked up and settled in the claim's own unit of work,
 * so the payment and the settlement commit together or not at all; the advance itself refuses a
 * second settlement.
 */
public interface ClaimAdvances {
    Optional<ClaimAdvance> find(TravelAdvanceId advanceId);

    /** Settles the advance by {@code actor} in {@code role}, the claim's payer. */
    void settle(TravelAdvanceId advanceId, ExpenseClaimId claimId, BigDecimal reimbursed, String actor, String role);
}
