package com.aftersales.api.expense;

import com.aftersales.api.common.UserId;

/** X2: claims newest first, of one status and one engineer if given (null: any). */
public record FindExpenseClaimsQuery(ClaimStatus status, UserId engineerId, int limit) {
    public static final int MAX_LIMIT = 500;
}
