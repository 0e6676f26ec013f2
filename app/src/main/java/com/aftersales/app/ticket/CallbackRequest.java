package com.aftersales.app.ticket;

import com.aftersales.api.ticket.CallbackMethod;
import com.aftersales.api.ticket.RecordCallbackCommand;
import com.aftersales.api.ticket.TicketId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** T11: a callback (回访) after closing, and any complaint it revealed (C1). */
record CallbackRequest(
        @NotNull CallbackMethod method,
        @Size(max = 4000) String feedback,
        @Min(1) @Max(5) int satisfaction,
        boolean complaintRaised,
        @Size(max = 4000) String complaintSummary,
        @NotNull Long expectedVersion) {

    RecordCallbackCommand toCommand(TicketId ticketId) {
        return new RecordCallbackCommand(
                ticketId, method, feedback, satisfaction, complaintRaised, complaintSummary, expectedVersion);
    }
}
