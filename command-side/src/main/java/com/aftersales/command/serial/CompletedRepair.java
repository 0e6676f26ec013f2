package com.aftersales.command.serial;

import com.aftersales.api.common.UserId;
import com.aftersales.api.repair.FaultType;
import com.aftersales.api.repair.RepairOrderId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A completed repair of a serial as the registry keeps it (from {@code RepairOrderCompletedEvent}):
 * what R2 extends the warranty by, what R12 compares a later diagnosis with, and what R9 counts.
 */
public record CompletedRepair(
        RepairOrderId repairOrderId,
        UserId engineerId,
        LocalDate completedOn,
        FaultType faultType,
        String faultCategory,
        List<String> partsReplaced,
        LocalDate warrantyExtendedUntil) {

    public CompletedRepair {
        Objects.requireNonNull(repairOrderId, "repairOrderId");
        Objects.requireNonNull(completedOn, "completedOn");
        partsReplaced = List.copyOf(partsReplaced);
    }
}
