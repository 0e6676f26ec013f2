package com.aftersales.api.parts;

import java.math.BigDecimal;

/**
 * One line of a requisition as it stands: asked for, issued (at {@code unitCost}), returned, and
 * after the write-off the {@code cost} of what was used (null before).
 */
public record RequisitionLineView(
        String partNumber,
        int quantity,
        String reason,
        int issued,
        int returned,
        BigDecimal unitCost,
        BigDecimal cost) {}
