package com.aftersales.api.ticket;

import com.aftersales.api.repair.RepairOrderId;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * T9/R8: the ticket's repair order {@code repairOrderId} was completed on {@code completedOn}
 * (company zone): the fault category found, the parts replaced and the warranty extension it
 * earned (R2). Recorded by the system from the order's completion; the ticket may close now.
 */
@Revision("1")
public record RepairOutcomeRecordedEvent(
        TicketId ticketId,
        RepairOrderId repairOrderId,
        LocalDate completedOn,
        String faultCategory,
        List<String> partsReplaced,
        LocalDate warrantyExtendedUntil) {

    public RepairOutcomeRecordedEvent {
        partsReplaced = List.copyOf(partsReplaced);
    }
}
