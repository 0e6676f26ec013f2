package com.aftersales.api.expense;

/** X5, X6: each fraud rule's precision by month of the decision, newest month first. */
public record FindRulePrecisionQuery() {}
