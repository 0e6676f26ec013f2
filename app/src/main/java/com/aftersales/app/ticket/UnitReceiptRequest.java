package com.aftersales.app.ticket;

import com.aftersales.api.ticket.RecordUnitReceiptCommand;
import com.aftersales.api.ticket.TicketId;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** T6/T10: the unit reached the workshop (REPAIR mode); it may start the loaner clock. */
record UnitReceiptRequest(
        @NotNull Instant receivedAt, @NotNull Long expectedVersion) {

    RecordUnitReceiptCommand toCommand(TicketId ticketId, Instant recordedAt) {
        return new RecordUnitReceiptCommand(ticketId, receivedAt, recordedAt, expectedVersion);
    }
}
