package com.aftersales.api.parts;

import com.aftersales.api.repair.RepairOrderId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * R11 核销: the requisition is closed; {@code used} per part and {@code totalCost} (CNY, scale 2) go to
 * the material cost of the month of {@code writtenOffOn} (company zone) for the repair order.
 */
@Revision("1")
public record PartsRequisitionWrittenOffEvent(
        PartsRequisitionId requisitionId,
        RepairOrderId repairOrderId,
        List<UsedLine> used,
        BigDecimal totalCost,
        LocalDate writtenOffOn) {
    public PartsRequisitionWrittenOffEvent {
        used = List.copyOf(used);
    }
}
