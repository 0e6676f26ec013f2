package com.aftersales.api.parts;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/**
 * R15: {@code quantity} units came into stock at {@code unitCost} (CNY, scale 2) from {@code
 * supplierReference}. The stock is valued at a moving average: {@code averageUnitCostAfter} is the
 * new average rounded to the fen, {@code quantityAfter} the units on hand after it, and {@code
 * roundingDifference} what the rounding moved (old value + receipt − quantityAfter × new average).
 */
@Revision("1")
public record PartsReceivedEvent(
        String partNumber,
        int quantity,
        BigDecimal unitCost,
        String supplierReference,
        int quantityAfter,
        BigDecimal averageUnitCostAfter,
        BigDecimal roundingDifference) {}
