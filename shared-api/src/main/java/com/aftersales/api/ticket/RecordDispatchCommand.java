package com.aftersales.api.ticket;

import com.aftersales.api.common.UserId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** T7: one dispatch (派工) of an engineer: who, from when to when, where to, and its costs. */
public record RecordDispatchCommand(
        @TargetAggregateIdentifier TicketId ticketId,
        String dispatchId,
        UserId engineerId,
        LocalDate startDate,
        LocalDate endDate,
        String destinationCity,
        DispatchCosts costs,
        @TargetAggregateVersion Long expectedVersion) {}
