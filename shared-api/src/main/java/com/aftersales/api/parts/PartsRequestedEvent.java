package com.aftersales.api.parts;

import com.aftersales.api.common.UserId;
import com.aftersales.api.repair.RepairOrderId;
import java.util.List;
import org.axonframework.serialization.Revision;

/** R11: {@code requestedBy} (an engineer) asked for these parts for the repair order. */
@Revision("1")
public record PartsRequestedEvent(
        PartsRequisitionId requisitionId,
        RepairOrderId repairOrderId,
        List<RequisitionLine> lines,
        UserId requestedBy) {
    public PartsRequestedEvent {
        lines = List.copyOf(lines);
    }
}
