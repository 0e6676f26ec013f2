package com.aftersales.api.expense;

import com.aftersales.api.common.UserId;

/** X2, S1: the claims waiting for a supervisor, oldest first, none of them {@code reader}'s own. */
public record FindApprovalQueueQuery(UserId reader) {}
