package com.aftersales.api.parts;

import com.aftersales.api.repair.RepairOrderId;
import java.util.List;
import org.axonframework.serialization.Revision;

/** R11: every line of the requisition left stock, each at the unit cost of its issue. */
@Revision("1")
public record PartsRequisitionIssuedEvent(
        PartsRequisitionId requisitionId, RepairOrderId repairOrderId, List<CostedLine> issued) {
    public PartsRequisitionIssuedEvent {
        issued = List.copyOf(issued);
    }
}
