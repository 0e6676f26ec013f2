package com.aftersales.app.ticket;

import com.aftersales.api.ticket.ProvideLoanerCommand;
import com.aftersales.api.ticket.TicketId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** T10: the loaner unit handed over, of the same class as the customer's. */
record LoanerRequest(
        @NotBlank @Size(max = 255) String loanerSerialNumber,
        @NotBlank @Size(max = 255) String unitClass,
        @NotNull Long expectedVersion) {

    ProvideLoanerCommand toCommand(TicketId ticketId) {
        return new ProvideLoanerCommand(ticketId, loanerSerialNumber, unitClass, expectedVersion);
    }
}
