package com.aftersales.api.repair;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** R8: QUALITY's QC inspection, by someone other than the repairing engineer. */
public record RecordQcInspectionCommand(
        @TargetAggregateIdentifier RepairOrderId repairOrderId,
        boolean passed,
        String findings,
        @TargetAggregateVersion Long expectedVersion) {}
