package com.aftersales.api.repair;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** R8: the repairing engineer's self-check. */
public record RecordSelfCheckCommand(
        @TargetAggregateIdentifier RepairOrderId repairOrderId,
        String checks,
        @TargetAggregateVersion Long expectedVersion) {}
