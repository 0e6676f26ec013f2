package com.aftersales.app.ticket;

import com.aftersales.api.ticket.RecordServicePlanCommand;
import com.aftersales.api.ticket.TicketId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** T3: the service plan; the first one stops the plan clock. */
record PlanRequest(
        @NotBlank @Size(max = 4000) String plan, @NotNull Long expectedVersion) {

    RecordServicePlanCommand toCommand(TicketId ticketId) {
        return new RecordServicePlanCommand(ticketId, plan, expectedVersion);
    }
}
