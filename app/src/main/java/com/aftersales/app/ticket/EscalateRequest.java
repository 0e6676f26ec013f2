package com.aftersales.app.ticket;

import com.aftersales.api.common.UserId;
import com.aftersales.api.ticket.EscalateDifficultCaseCommand;
import com.aftersales.api.ticket.TicketId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** T8: escalate the difficult case one level up, with the reason. */
record EscalateRequest(
        @NotBlank @Size(max = 64) String escalateTo,
        @Size(max = 2000) String reason,
        @NotNull Long expectedVersion) {

    EscalateDifficultCaseCommand toCommand(TicketId ticketId) {
        return new EscalateDifficultCaseCommand(ticketId, new UserId(escalateTo), reason, expectedVersion);
    }
}
