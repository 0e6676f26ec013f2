package com.aftersales.api.expense;

import com.aftersales.api.common.UserId;
import org.axonframework.serialization.Revision;

/** X2: {@code version} was rejected at {@code stage} by {@code rejectedBy}, for {@code reason}. */
@Revision("1")
public record ExpenseClaimRejectedEvent(
        ExpenseClaimId claimId, int version, ClaimStage stage, UserId rejectedBy, String reason) {}
