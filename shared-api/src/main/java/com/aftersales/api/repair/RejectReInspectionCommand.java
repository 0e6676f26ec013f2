package com.aftersales.api.repair;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** R4: a SUPERVISOR upholds the diagnosis. */
public record RejectReInspectionCommand(
        @TargetAggregateIdentifier RepairOrderId repairOrderId,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {}
