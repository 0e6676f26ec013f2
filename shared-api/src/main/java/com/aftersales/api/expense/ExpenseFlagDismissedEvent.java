package com.aftersales.api.expense;

import com.aftersales.api.common.UserId;
import org.axonframework.serialization.Revision;

/** X6: {@code decidedBy} (FINANCE) dismissed flag {@code flagId} as a false alarm, for {@code reason}. */
@Revision("1")
public record ExpenseFlagDismissedEvent(
        ExpenseClaimId claimId,
        int version,
        String flagId,
        int lineNo,
        FraudRule rule,
        UserId decidedBy,
        String reason) {}
