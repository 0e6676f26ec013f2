package com.aftersales.app.ticket;

import com.aftersales.api.common.UserId;
import com.aftersales.api.ticket.ReportDepartureCommand;
import com.aftersales.api.ticket.TicketId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** T9: the engineer reports to the supervisor before leaving the site: to whom, when, what was done. */
record DepartureReportRequest(
        @NotBlank @Size(max = 64) String supervisorId,
        @NotNull Instant departedAt,
        @NotBlank @Size(max = 4000) String summary,
        @NotNull Long expectedVersion) {

    ReportDepartureCommand toCommand(TicketId ticketId, Instant recordedAt) {
        return new ReportDepartureCommand(
                ticketId, new UserId(supervisorId), departedAt, recordedAt, summary, expectedVersion);
    }
}
