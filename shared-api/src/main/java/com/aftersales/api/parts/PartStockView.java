package com.aftersales.api.parts;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * R15: a part's stock: units on hand, the moving-average unit cost and the value (quantity ×
 * average, CNY), and the ledger's version (sequence number of its last movement).
 */
public record PartStockView(
        String partNumber,
        int quantity,
        BigDecimal averageUnitCost,
        BigDecimal value,
        long version,
        Instant lastMovementAt) {}
