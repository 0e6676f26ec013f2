package com.aftersales.api.ticket;

import com.aftersales.api.common.UserId;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * T6: the task sheet names an engineer and a mode; {@code previousEngineerId} is set on a
 * reassignment (T5), which starts a new engagement: arrival, unit receipt, report, departure and
 * confirmation are needed again. The first assignment stops the response SLA clock (T3). In
 * INSTALLATION mode {@code contractDeadline} starts the installation clock (T6).
 */
@Revision("1")
public record EngineerAssignedEvent(
        TicketId ticketId,
        UserId engineerId,
        UserId previousEngineerId,
        ServiceMode mode,
        Instant appointmentAt,
        LocalDate contractDeadline,
        String taskSheetNote) {}
