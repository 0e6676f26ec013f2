package com.aftersales.api.repair;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** R8: a SUPERVISOR other than the repairing engineer approves the repair report. */
public record ApproveRepairReportCommand(
        @TargetAggregateIdentifier RepairOrderId repairOrderId,
        String note,
        @TargetAggregateVersion Long expectedVersion) {}
