package com.aftersales.api.statistics;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One figure of a month: its stable key (the names are listed in {@code MonthlyFigureKeys} and
 * defined in docs/domain/monthly-statistics.md) and its value, a count, a number of days, an amount
 * in CNY or a rate in per cent.
 */
public record ReportFigure(String key, BigDecimal value) {
    public ReportFigure {
        Objects.requireNonNull(key, "figure key");
        Objects.requireNonNull(value, "figure value");
    }
}
