package com.aftersales.app.ticket;

import com.aftersales.api.ticket.ConfirmServiceCommand;
import com.aftersales.api.ticket.TicketId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** T9: the customer confirmed the service (客户确认), and how. */
record ConfirmRequest(
        @NotBlank @Size(max = 64) String confirmationChannel,
        @NotNull Long expectedVersion) {

    ConfirmServiceCommand toCommand(TicketId ticketId) {
        return new ConfirmServiceCommand(ticketId, confirmationChannel, expectedVersion);
    }
}
