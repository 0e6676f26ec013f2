package com.aftersales.command.repair;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * R9: the straight-line depreciated value of a unit exchanged out of warranty: price − price ×
 * monthsUsed ÷ depreciationMonths, never below zero, in CNY at scale 2 (half up).
 */
public final class Depreciation {
    private Depreciation() {}

    public static BigDecimal value(BigDecimal price, int monthsUsed, int depreciationMonths) {
        BigDecimal used = price.multiply(BigDecimal.valueOf(monthsUsed))
                .divide(BigDecimal.valueOf(depreciationMonths), 10, RoundingMode.HALF_UP);
        return price.subtract(used).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
    }
}
