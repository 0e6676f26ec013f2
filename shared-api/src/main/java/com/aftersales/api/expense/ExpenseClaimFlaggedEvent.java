package com.aftersales.api.expense;

import com.aftersales.api.common.UserId;
import org.axonframework.serialization.Revision;

/**
 * X3–X5, X7: a fraud rule flagged a line (or the whole claim) of {@code version}; {@code
 * engineerId} is the claimant, so a flag can be read without the claim.
 */
@Revision("1")
public record ExpenseClaimFlaggedEvent(ExpenseClaimId claimId, int version, UserId engineerId, ExpenseFlag flag) {}
