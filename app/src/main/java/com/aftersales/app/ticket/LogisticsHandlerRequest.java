package com.aftersales.app.ticket;

import com.aftersales.api.common.UserId;
import com.aftersales.api.ticket.AssignLogisticsHandlerCommand;
import com.aftersales.api.ticket.TicketId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** T5: who handles a logistics ticket (lost, damaged or wrong delivery); the first one is the response (T3). */
record LogisticsHandlerRequest(
        @NotBlank @Size(max = 64) String handlerId, @NotNull Long expectedVersion) {

    AssignLogisticsHandlerCommand toCommand(TicketId ticketId) {
        return new AssignLogisticsHandlerCommand(ticketId, new UserId(handlerId), expectedVersion);
    }
}
