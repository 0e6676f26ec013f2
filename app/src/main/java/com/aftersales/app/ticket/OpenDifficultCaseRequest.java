package com.aftersales.app.ticket;

import com.aftersales.api.common.UserId;
import com.aftersales.api.ticket.OpenDifficultCaseCommand;
import com.aftersales.api.ticket.TicketId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** T8: a difficult-case file (疑难案件): who is responsible, and the history so far. */
record OpenDifficultCaseRequest(
        @NotBlank @Size(max = 64) String responsiblePerson,
        @NotBlank @Size(max = 4000) String historySummary,
        @NotNull Long expectedVersion) {

    OpenDifficultCaseCommand toCommand(TicketId ticketId) {
        return new OpenDifficultCaseCommand(ticketId, new UserId(responsiblePerson), historySummary, expectedVersion);
    }
}
