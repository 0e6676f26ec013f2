package com.aftersales.api.expense;

import com.aftersales.api.policy.CityTier;
import com.aftersales.api.policy.ExpenseCategory;
import java.math.BigDecimal;
import java.util.Map;

/**
 * X3, X5: the fraud rules' settings a backtest tries; a null keeps the screening's own
 * (advancePurchaseDays 7, roundAmountMinimum 200, roundAmountStep 100, approvalLimit 5000, the
 * policy's caps).
 */
public record RuleBacktestSettings(
        Integer advancePurchaseDays,
        BigDecimal roundAmountMinimum,
        BigDecimal roundAmountStep,
        BigDecimal approvalLimit,
        Map<ExpenseCategory, Map<CityTier, BigDecimal>> capOverrides) {
    public static final RuleBacktestSettings DEFAULTS = new RuleBacktestSettings(null, null, null, null, null);

    public RuleBacktestSettings {
        capOverrides = capOverrides == null ? Map.of() : Map.copyOf(capOverrides);
    }
}
