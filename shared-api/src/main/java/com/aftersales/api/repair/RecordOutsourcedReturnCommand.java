package com.aftersales.api.repair;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** R7: the unit came back from the station, repaired or not. */
public record RecordOutsourcedReturnCommand(
        @TargetAggregateIdentifier RepairOrderId repairOrderId,
        boolean repaired,
        String stationReport,
        Instant returnedAt,
        @TargetAggregateVersion Long expectedVersion) {}
