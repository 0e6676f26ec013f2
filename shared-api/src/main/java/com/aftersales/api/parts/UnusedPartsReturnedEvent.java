package com.aftersales.api.parts;

import com.aftersales.api.repair.RepairOrderId;
import java.util.List;
import org.axonframework.serialization.Revision;

/** R11: unused parts of the requisition went back into stock, at the cost they were issued at. */
@Revision("1")
public record UnusedPartsReturnedEvent(
        PartsRequisitionId requisitionId, RepairOrderId repairOrderId, List<CostedLine> returned) {
    public UnusedPartsReturnedEvent {
        returned = List.copyOf(returned);
    }
}
