package com.aftersales.api.parts;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** R11 核销: close an issued requisition, costing what was used (issued − returned) for the material cost. */
public record WriteOffPartsRequisitionCommand(
        @TargetAggregateIdentifier PartsRequisitionId requisitionId) {
    public WriteOffPartsRequisitionCommand {
        Objects.requireNonNull(requisitionId, "requisitionId");
    }
}
