package com.aftersales.api.expense;

/** X9: per engineer, what is still outstanding on advances; engineers who owe nothing are left out. */
public record FindOutstandingAdvancesQuery() {}
