package com.aftersales.api.repair;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** R7: hand the unit the company cannot repair (reason) to an external station. */
public record SendToOutsourcedRepairCommand(
        @TargetAggregateIdentifier RepairOrderId repairOrderId,
        String stationName,
        String stationContact,
        String pickUpVoucherNumber,
        String reason,
        Instant sentAt,
        @TargetAggregateVersion Long expectedVersion) {}
