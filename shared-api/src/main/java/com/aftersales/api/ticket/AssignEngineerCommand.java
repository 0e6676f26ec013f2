package com.aftersales.api.ticket;

import com.aftersales.api.common.UserId;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** T6: fill the task sheet (技术服务任务单): name the engineer and the service mode; a later one reassigns (T5). */
public record AssignEngineerCommand(
        @TargetAggregateIdentifier TicketId ticketId,
        UserId engineerId,
        ServiceMode mode,
        Instant appointmentAt,
        LocalDate contractDeadline,
        String taskSheetNote,
        @TargetAggregateVersion Long expectedVersion) {}
