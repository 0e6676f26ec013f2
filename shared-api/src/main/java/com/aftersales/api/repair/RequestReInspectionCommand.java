package com.aftersales.api.repair;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** R4: the customer disputes the diagnosis. */
public record RequestReInspectionCommand(
        @TargetAggregateIdentifier RepairOrderId repairOrderId,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {}
