package com.aftersales.app.ticket;

import com.aftersales.api.ticket.ChangeServiceModeCommand;
import com.aftersales.api.ticket.ServiceMode;
import com.aftersales.api.ticket.TicketId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** T6: transfer to another service mode (remote → on site or repair, on site → repair). */
record ModeChangeRequest(
        @NotNull ServiceMode newMode,
        Instant appointmentAt,
        @Size(max = 1000) String reason,
        @NotNull Long expectedVersion) {

    ChangeServiceModeCommand toCommand(TicketId ticketId) {
        return new ChangeServiceModeCommand(ticketId, newMode, appointmentAt, reason, expectedVersion);
    }
}
