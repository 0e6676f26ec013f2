package com.aftersales.api.expense;

/** X2, X5, X6: the claim statistics of every engineer who claimed, by engineer id. */
public record FindEngineerClaimStatisticsQuery() {}
