package com.aftersales.api.repair;

import java.math.BigDecimal;
import java.util.List;

/**
 * R5: a paid repair's quote, every amount in CNY at scale 2 (half up): the parts at purchase price,
 * the management fee ({@code managementFeePercent} of the parts), labour = {@code labourHours} ×
 * {@code hourlyRate} of the engineer level × {@code difficultyFactor}, travel, and the total.
 */
public record RepairQuote(
        List<QuotedPart> parts,
        BigDecimal partsCost,
        int managementFeePercent,
        BigDecimal managementFee,
        BigDecimal labourHours,
        EngineerLevel engineerLevel,
        BigDecimal hourlyRate,
        RepairDifficulty difficulty,
        BigDecimal difficultyFactor,
        BigDecimal labour,
        BigDecimal travel,
        BigDecimal total) {

    public RepairQuote {
        parts = List.copyOf(parts);
    }
}
