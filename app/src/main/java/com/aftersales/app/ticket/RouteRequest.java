package com.aftersales.app.ticket;

import com.aftersales.api.ticket.Department;
import com.aftersales.api.ticket.RouteServiceTicketCommand;
import com.aftersales.api.ticket.TicketId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** T5: route or re-route to the department that owns the problem. */
record RouteRequest(
        @NotNull Department department,
        @Size(max = 1000) String reason,
        @NotNull Long expectedVersion) {

    RouteServiceTicketCommand toCommand(TicketId ticketId) {
        return new RouteServiceTicketCommand(ticketId, department, reason, expectedVersion);
    }
}
