package com.aftersales.api.expense;

import com.aftersales.api.common.UserId;
import org.axonframework.serialization.Revision;

/** X2, S1: {@code approvedBy}, a supervisor who is not the claimant, approved {@code version}. */
@Revision("1")
public record ExpenseClaimApprovedEvent(ExpenseClaimId claimId, int version, UserId approvedBy, String note) {}
