package com.aftersales.api.parts;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** R11, S2: a supervisor other than the requester approves the requisition. */
public record ApprovePartsRequisitionCommand(
        @TargetAggregateIdentifier PartsRequisitionId requisitionId) {
    public ApprovePartsRequisitionCommand {
        Objects.requireNonNull(requisitionId, "requisitionId");
    }
}
