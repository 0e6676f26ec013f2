package com.aftersales.api.ticket;

import com.aftersales.api.repair.RepairOrderId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * T9/R8: the linked repair order is complete, its unit back with the customer. Sent by the system
 * when the order records its completion; a second one for the same order changes nothing.
 */
public record RecordRepairOutcomeCommand(
        @TargetAggregateIdentifier TicketId ticketId,
        RepairOrderId repairOrderId,
        LocalDate completedOn,
        String faultCategory,
        List<String> partsReplaced,
        LocalDate warrantyExtendedUntil) {
    public RecordRepairOutcomeCommand {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(repairOrderId, "repairOrderId");
        Objects.requireNonNull(completedOn, "completedOn");
        partsReplaced = partsReplaced == null ? List.of() : List.copyOf(partsReplaced);
    }
}
