package com.aftersales.api.parts;

import com.aftersales.api.repair.RepairOrderId;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/**
 * R15, R11: {@code quantity} units left stock against an approved requisition of a repair order,
 * valued at the average {@code unitCost} of the moment (CNY, scale 2); {@code quantityAfter} on hand.
 */
@Revision("1")
public record PartsIssuedEvent(
        String partNumber,
        PartsRequisitionId requisitionId,
        RepairOrderId repairOrderId,
        int quantity,
        BigDecimal unitCost,
        int quantityAfter) {}
