package com.aftersales.api.expense;

/** X5, X6: one flag with its explanation and the facts behind its evidence; null when there is none. */
public record FindExpenseFlagQuery(ExpenseClaimId claimId, String flagId) {}
