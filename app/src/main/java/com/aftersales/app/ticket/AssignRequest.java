package com.aftersales.app.ticket;

import com.aftersales.api.common.UserId;
import com.aftersales.api.ticket.AssignEngineerCommand;
import com.aftersales.api.ticket.ServiceMode;
import com.aftersales.api.ticket.TicketId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/** T6: the task sheet (技术服务任务单): engineer, mode, appointment or contract deadline. */
record AssignRequest(
        @NotBlank @Size(max = 64) String engineerId,
        @NotNull ServiceMode mode,
        Instant appointmentAt,
        LocalDate contractDeadline,
        @Size(max = 2000) String taskSheetNote,
        @NotNull Long expectedVersion) {

    AssignEngineerCommand toCommand(TicketId ticketId) {
        return new AssignEngineerCommand(
                ticketId,
                new UserId(engineerId),
                mode,
                appointmentAt,
                contractDeadline,
                taskSheetNote,
                expectedVersion);
    }
}
