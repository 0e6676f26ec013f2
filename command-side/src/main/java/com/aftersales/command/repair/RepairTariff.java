package com.aftersales.command.repair;

import com.aftersales.api.repair.EngineerLevel;
import com.aftersales.api.repair.QuotedPart;
import com.aftersales.api.repair.RepairDifficulty;
import com.aftersales.api.repair.RepairQuote;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * R5: the price of a paid repair. Parts at purchase price plus the policy's management fee; labour
 * = hours × the hourly rate of the engineer level × the difficulty factor; travel as given. The
 * rates and factors are this table (docs/domain/repair-orders.md), recorded on every quote:
 * JUNIOR 80, SENIOR 120, EXPERT 180 CNY per hour; STANDARD ×1.0, COMPLEX ×1.5, SEVERE ×2.0.
 */
public final class RepairTariff {
    private RepairTariff() {}

    public static BigDecimal hourlyRate(EngineerLevel level) {
        return switch (level) {
            case JUNIOR -> new BigDecimal("80.00");
            case SENIOR -> new BigDecimal("120.00");
            case EXPERT -> new BigDecimal("180.00");
        };
    }

    public static BigDecimal factor(RepairDifficulty difficulty) {
        return switch (difficulty) {
            case STANDARD -> new BigDecimal("1.0");
            case COMPLEX -> new BigDecimal("1.5");
            case SEVERE -> new BigDecimal("2.0");
        };
    }

    public static RepairQuote quote(
            List<QuotedPart> parts,
            BigDecimal labourHours,
            EngineerLevel level,
            RepairDifficulty difficulty,
            BigDecimal travel,
            int managementFeePercent) {
        BigDecimal partsCost = money(parts.stream()
                .map(part -> part.purchasePrice().multiply(BigDecimal.valueOf(part.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal fee = money(
                partsCost.multiply(BigDecimal.valueOf(managementFeePercent)).movePointLeft(2));
        BigDecimal rate = hourlyRate(level);
        BigDecimal factor = factor(difficulty);
        BigDecimal labour = money(labourHours.multiply(rate).multiply(factor));
        BigDecimal travelCost = money(travel);
        return new RepairQuote(
                parts,
                partsCost,
                managementFeePercent,
                fee,
                labourHours,
                level,
                rate,
                difficulty,
                factor,
                labour,
                travelCost,
                partsCost.add(fee).add(labour).add(travelCost));
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
