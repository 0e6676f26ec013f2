package com.aftersales.app.ticket;

import com.aftersales.api.ticket.ReturnLoanerCommand;
import com.aftersales.api.ticket.TicketId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** T10: the loaner came back. */
record LoanerReturnRequest(
        @Size(max = 2000) String note, @NotNull Long expectedVersion) {

    ReturnLoanerCommand toCommand(TicketId ticketId) {
        return new ReturnLoanerCommand(ticketId, note, expectedVersion);
    }
}
