package com.aftersales.app.ticket;

import com.aftersales.api.ticket.CloseServiceTicketCommand;
import com.aftersales.api.ticket.TicketId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** T9: close the ticket, with an optional note. */
record CloseRequest(
        @Size(max = 2000) String closingNote, @NotNull Long expectedVersion) {

    CloseServiceTicketCommand toCommand(TicketId ticketId) {
        return new CloseServiceTicketCommand(ticketId, closingNote, expectedVersion);
    }
}
