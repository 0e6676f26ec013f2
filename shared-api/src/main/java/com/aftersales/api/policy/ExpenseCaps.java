package com.aftersales.api.policy;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * X5: the policy cap of each expense category per city tier, in CNY per day (lodging: per night).
 * An amount over its cap is a fraud signal. The policy requires a positive cap in yuan and fen for
 * every category and tier (PolicyRule); this only refuses missing parts, and writes every amount
 * without trailing zeros.
 */
public record ExpenseCaps(Map<ExpenseCategory, Map<CityTier, BigDecimal>> dailyCap) {

    public ExpenseCaps {
        Objects.requireNonNull(dailyCap, "dailyCap");
        Map<ExpenseCategory, Map<CityTier, BigDecimal>> copy = new EnumMap<>(ExpenseCategory.class);
        dailyCap.forEach((category, byTier) -> {
            Map<CityTier, BigDecimal> tiers = new EnumMap<>(CityTier.class);
            Objects.requireNonNull(byTier, "caps of a category")
                    .forEach((tier, cap) ->
                            tiers.put(Objects.requireNonNull(tier, "tier"), plain(Objects.requireNonNull(cap, "cap"))));
            copy.put(Objects.requireNonNull(category, "category"), Collections.unmodifiableMap(tiers));
        });
        dailyCap = Collections.unmodifiableMap(copy);
    }

    /**
     * One amount, one way of writing it: 500, 500.00 and 5E+2 are the same cap, so they must not
     * make a new version of the policy (BigDecimal's equality counts the scale).
     */
    private static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The cap of a category in a tier, or null when none is set. */
    public BigDecimal capOf(ExpenseCategory category, CityTier tier) {
        Map<CityTier, BigDecimal> byTier = dailyCap.get(category);
        return byTier == null ? null : byTier.get(tier);
    }
}
