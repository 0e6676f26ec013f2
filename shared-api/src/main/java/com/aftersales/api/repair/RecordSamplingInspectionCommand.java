package com.aftersales.api.repair;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** R14: QUALITY's sampling inspection of a sampled repair. */
public record RecordSamplingInspectionCommand(
        @TargetAggregateIdentifier RepairOrderId repairOrderId,
        boolean passed,
        String findings,
        @TargetAggregateVersion Long expectedVersion) {}
