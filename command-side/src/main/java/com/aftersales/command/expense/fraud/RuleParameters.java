package com.aftersales.command.expense.fraud;

import com.aftersales.api.expense.RuleBacktestSettings;
import com.aftersales.api.policy.CityTier;
import com.aftersales.api.policy.ExpenseCategory;
import java.math.BigDecimal;
import java.util.Map;

/**
 * X3, X5: the settings of the fraud rules. {@link #DEFAULTS} is what the screening uses; a
 * backtest changes them to see what a different setting would have flagged.
 *
 * @param advancePurchaseDays X3: an intercity ticket may be issued this many days before the trip
 *     starts (tickets are bought ahead), 7
 * @param roundAmountMinimum X5: amounts below this are never suspiciously round, 200 CNY
 * @param roundAmountStep X5: an amount that is a multiple of this is round, 100 CNY
 * @param approvalLimit X5: the total a claim stays at or under to avoid the higher approval, 5000 CNY
 * @param capOverrides X5: caps used instead of the policy's, by category and tier (backtest only)
 */
public record RuleParameters(
        int advancePurchaseDays,
        BigDecimal roundAmountMinimum,
        BigDecimal roundAmountStep,
        BigDecimal approvalLimit,
        Map<ExpenseCategory, Map<CityTier, BigDecimal>> capOverrides) {

    public static final RuleParameters DEFAULTS =
            new RuleParameters(7, new BigDecimal("200"), new BigDecimal("100"), new BigDecimal("5000"), Map.of());

    public RuleParameters {
        capOverrides = capOverrides == null ? Map.of() : Map.copyOf(capOverrides);
        if (advancePurchaseDays < 0) {
            throw new IllegalArgumentException("advancePurchaseDays is not negative");
        }
        if (roundAmountStep == null || roundAmountStep.signum() <= 0) {
            throw new IllegalArgumentException("roundAmountStep is positive");
        }
        if (roundAmountMinimum == null || approvalLimit == null || approvalLimit.signum() <= 0) {
            throw new IllegalArgumentException("roundAmountMinimum is given and approvalLimit is positive");
        }
    }

    /** The defaults, changed where {@code settings} says otherwise (a backtest). */
    public static RuleParameters of(RuleBacktestSettings settings) {
        return new RuleParameters(
                settings.advancePurchaseDays() == null
                        ? DEFAULTS.advancePurchaseDays()
                        : settings.advancePurchaseDays(),
                settings.roundAmountMinimum() == null ? DEFAULTS.roundAmountMinimum() : settings.roundAmountMinimum(),
                settings.roundAmountStep() == null ? DEFAULTS.roundAmountStep() : settings.roundAmountStep(),
                settings.approvalLimit() == null ? DEFAULTS.approvalLimit() : settings.approvalLimit(),
                settings.capOverrides());
    }

    /** The override of one cap, or null to use the policy's. */
    BigDecimal capOverride(ExpenseCategory category, CityTier tier) {
        Map<CityTier, BigDecimal> byTier = capOverrides.get(category);
        return byTier == null ? null : byTier.get(tier);
    }
}
