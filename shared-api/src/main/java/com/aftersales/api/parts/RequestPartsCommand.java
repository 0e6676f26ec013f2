package com.aftersales.api.parts;

import com.aftersales.api.repair.RepairOrderId;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * R11: the engineer asks for parts for a repair order (requisition slip, 领用单), one line per part.
 * The repair order is taken as named: the requisition does not check that it exists.
 */
public record RequestPartsCommand(
        @TargetAggregateIdentifier PartsRequisitionId requisitionId,
        RepairOrderId repairOrderId,
        List<RequisitionLine> lines) {
    public RequestPartsCommand {
        Objects.requireNonNull(requisitionId, "requisitionId");
        Objects.requireNonNull(repairOrderId, "repairOrderId");
        lines = List.copyOf(lines);
    }
}
