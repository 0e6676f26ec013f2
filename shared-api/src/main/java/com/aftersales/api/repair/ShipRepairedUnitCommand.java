package com.aftersales.api.repair;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** R8: return the repaired unit with its approved report; completes the order. */
public record ShipRepairedUnitCommand(
        @TargetAggregateIdentifier RepairOrderId repairOrderId,
        String carrier,
        String trackingNumber,
        Instant shippedAt,
        @TargetAggregateVersion Long expectedVersion) {}
