package com.aftersales.app.ticket;

import com.aftersales.api.ticket.ResumeSlaCommand;
import com.aftersales.api.ticket.TicketId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** T14: the wait is over; the clocks run again from the server's time of this request. */
record ResumeRequest(@Size(max = 2000) String note, @NotNull Long expectedVersion) {

    ResumeSlaCommand toCommand(TicketId ticketId, Instant now) {
        return new ResumeSlaCommand(ticketId, note, now, expectedVersion);
    }
}
