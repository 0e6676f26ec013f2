package com.aftersales.api.expense;

/** X2: one claim with its versions and flags; answers null when there is no such claim. */
public record FindExpenseClaimQuery(ExpenseClaimId claimId) {}
