package com.aftersales.api.repair;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** R8: the assigned engineer records the work: parts replaced (part numbers) and what was done. */
public record RecordRepairWorkCommand(
        @TargetAggregateIdentifier RepairOrderId repairOrderId,
        List<String> partsReplaced,
        String workDone,
        @TargetAggregateVersion Long expectedVersion) {}
