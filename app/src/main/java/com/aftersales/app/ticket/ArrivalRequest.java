package com.aftersales.app.ticket;

import com.aftersales.api.ticket.RecordArrivalCommand;
import com.aftersales.api.ticket.TicketId;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** T6: the engineer's arrival on site, entered when it happened (never in advance). */
record ArrivalRequest(@NotNull Instant arrivedAt, @NotNull Long expectedVersion) {

    RecordArrivalCommand toCommand(TicketId ticketId, Instant recordedAt) {
        return new RecordArrivalCommand(ticketId, arrivedAt, recordedAt, expectedVersion);
    }
}
