package com.aftersales.api.expense;

import com.aftersales.api.common.UserId;

/** X2, X5, S1: the approved claims waiting for finance, riskiest first, none of them {@code reader}'s own. */
public record FindAuditQueueQuery(UserId reader) {}
