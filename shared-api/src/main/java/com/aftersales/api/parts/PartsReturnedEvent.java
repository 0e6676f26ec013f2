package com.aftersales.api.parts;

import com.aftersales.api.repair.RepairOrderId;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/**
 * R15, R11: {@code quantity} unused units of a requisition came back into stock at the {@code
 * unitCost} they were issued at; the moving average is recomputed as for a receipt ({@code
 * averageUnitCostAfter}, {@code roundingDifference}).
 */
@Revision("1")
public record PartsReturnedEvent(
        String partNumber,
        PartsRequisitionId requisitionId,
        RepairOrderId repairOrderId,
        int quantity,
        BigDecimal unitCost,
        int quantityAfter,
        BigDecimal averageUnitCostAfter,
        BigDecimal roundingDifference) {}
