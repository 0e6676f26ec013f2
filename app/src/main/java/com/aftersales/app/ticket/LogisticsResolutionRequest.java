package com.aftersales.app.ticket;

import com.aftersales.api.ticket.LogisticsOutcome;
import com.aftersales.api.ticket.RecordLogisticsResolutionCommand;
import com.aftersales.api.ticket.TicketId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** T5: how the delivery problem was resolved; the customer confirms it, then the ticket closes. */
record LogisticsResolutionRequest(
        @NotNull LogisticsOutcome outcome,
        @Size(max = 4000) String note,
        @NotNull Long expectedVersion) {

    RecordLogisticsResolutionCommand toCommand(TicketId ticketId) {
        return new RecordLogisticsResolutionCommand(ticketId, outcome, note, expectedVersion);
    }
}
