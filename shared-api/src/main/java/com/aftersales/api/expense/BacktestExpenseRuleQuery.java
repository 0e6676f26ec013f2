package com.aftersales.api.expense;

import java.time.Instant;

/**
 * X3–X5, X7: run {@code rule} in {@code settings} over the claim versions submitted in {@code [from,
 * to]}, writing nothing, and compare with what was flagged and decided ({@link RuleBacktestReport}).
 */
public record BacktestExpenseRuleQuery(FraudRule rule, Instant from, Instant to, RuleBacktestSettings settings) {}
