package com.aftersales.app.ticket;

import com.aftersales.api.ticket.PauseSlaCommand;
import com.aftersales.api.ticket.SlaPauseReason;
import com.aftersales.api.ticket.TicketId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** T14: why the ticket waits. The time of the hold is the server's, never the caller's. */
record HoldRequest(
        @NotNull SlaPauseReason reason,
        @Size(max = 2000) String note,
        @NotNull Long expectedVersion) {

    PauseSlaCommand toCommand(TicketId ticketId, Instant now) {
        return new PauseSlaCommand(ticketId, reason, note, now, expectedVersion);
    }
}
