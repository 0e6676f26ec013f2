package com.aftersales.api.repair;

import com.aftersales.api.common.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * R8, R2, R12: the repaired unit went back to the customer after passing QC; the repair is complete.
 * {@code completedOn} is the company-zone date of {@code completedAt}, the day the repeat window
 * (R12) and the warranty extension (R2) count from. {@code engineerId} did the repair; {@code
 * partsReplaced} are part numbers; {@code warrantyExtendedUntil} = completedOn + the extension months
 * of {@code policyVersion}.
 */
@Revision("1")
public record RepairOrderCompletedEvent(
        RepairOrderId repairOrderId,
        String serialNumber,
        String model,
        UserId engineerId,
        Instant completedAt,
        LocalDate completedOn,
        FaultType faultType,
        String faultCategory,
        List<String> partsReplaced,
        LocalDate warrantyExtendedUntil,
        int policyVersion) {

    public RepairOrderCompletedEvent {
        partsReplaced = List.copyOf(partsReplaced);
    }
}
