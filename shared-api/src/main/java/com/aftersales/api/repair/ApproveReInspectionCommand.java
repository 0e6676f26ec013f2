package com.aftersales.api.repair;

import com.aftersales.api.common.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** R4: a SUPERVISOR who did not diagnose approves the re-inspection; engineerId re-diagnoses (null: the assigned one). */
public record ApproveReInspectionCommand(
        @TargetAggregateIdentifier RepairOrderId repairOrderId,
        UserId engineerId,
        String note,
        @TargetAggregateVersion Long expectedVersion) {}
