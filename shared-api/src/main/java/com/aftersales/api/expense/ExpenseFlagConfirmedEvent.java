package com.aftersales.api.expense;

import com.aftersales.api.common.UserId;
import com.aftersales.api.penalty.PenaltyId;
import org.axonframework.serialization.Revision;

/**
 * X6, P1: {@code decidedBy} (FINANCE) confirmed flag {@code flagId} as a falsification: {@code
 * scope} is not reimbursed and penalty {@code penaltyId} was proposed against the claimant.
 */
@Revision("1")
public record ExpenseFlagConfirmedEvent(
        ExpenseClaimId claimId,
        int version,
        String flagId,
        int lineNo,
        FraudRule rule,
        UserId decidedBy,
        String reason,
        NonReimbursableScope scope,
        PenaltyId penaltyId) {}
