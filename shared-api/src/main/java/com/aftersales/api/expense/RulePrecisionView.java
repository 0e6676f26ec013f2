package com.aftersales.api.expense;

import java.math.BigDecimal;

/**
 * X5, X6: how often a fraud rule's flags decided in {@code month} (yyyy-MM, company zone) were
 * confirmed: {@code precision} = confirmed / decided, to four decimals.
 */
public record RulePrecisionView(
        FraudRule rule, String ruleId, String month, long decided, long confirmed, BigDecimal precision) {}
