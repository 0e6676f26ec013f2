package com.aftersales.api.repair;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** R3, R12: the diagnosis by the assigned engineer at diagnosedAt; decides responsibility and detects repeats. */
public record DiagnoseRepairCommand(
        @TargetAggregateIdentifier RepairOrderId repairOrderId,
        FaultType faultType,
        String faultCategory,
        String description,
        List<String> partsToReplace,
        CauseFlags causes,
        Instant diagnosedAt,
        @TargetAggregateVersion Long expectedVersion) {}
