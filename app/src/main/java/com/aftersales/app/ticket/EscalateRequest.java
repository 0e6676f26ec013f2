package com.aftersales.app.ticket;

import com.aftersales.api.ticket.EscalateDifficultCaseCommand;
import com.aftersales.api.ticket.TicketId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** T8: escalate one level up, to the superior of the case's responsible person in the organisation chart. */
record EscalateRequest(
        @Size(max = 2000) String reason, @NotNull Long expectedVersion) {

    EscalateDifficultCaseCommand toCommand(TicketId ticketId) {
        return new EscalateDifficultCaseCommand(ticketId, reason, expectedVersion);
    }
}
